"""Capture from the journal: L keeps a lesson as a learn item, H a 'Who did I help?' as a share item; the
entry shows the learn items and goals that link back to it."""

from __future__ import annotations

from journal_browse_support import TODAY, add, journal, journal_app, screen_text
from textual.widgets import Static
from waiting import until

from lean_journal.clock import FixedClock
from lean_journal.model.growth import Goal, SourceKind
from lean_journal.store import Store
from lean_journal.store.prompts import DAILY_REFLECTION
from lean_journal.tui.widgets.back_links import BackLinks

SIZE = (120, 36)
HOSTILE = "[/] [@click=app.quit]x[/] \x1b]0;pwned\x07 done"


def reflection(learned: str = "", helped: str = "") -> str:
    """The daily reflection's body with 'What did I learn?' and 'Who did I help?' answered."""
    body = DAILY_REFLECTION.body.replace("## What did I learn?\n", f"## What did I learn?\n{learned}\n")
    return body.replace("## Who did I help?\n", f"## Who did I help?\n{helped}\n")


def notices(app: object) -> list[str]:
    """The messages of the notifications shown."""
    return [n.message for n in app._notifications]  # type: ignore[attr-defined]


def links_shown(app: object) -> str:
    """The back-links line(s) of the entry view."""
    return "\n".join(journal(app).query_one("#view-links", BackLinks).lines)  # type: ignore[arg-type]


async def test_l_keeps_the_lesson_as_a_learn_item_linked_to_the_entry(
    store: Store, clock: FixedClock
) -> None:
    """L: the 'What did I learn?' answer is a learn item of the entry's day and tags; said once."""
    body = reflection(learned="Boards beat talk. We stood and it took 9 minutes.")
    entry = add(store, clock, TODAY, "Daily reflection", body=body, tags=("standup",))
    app = journal_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("L")
        await pilot.pause()
        (item,) = store.learnings.all()
        assert item.title == "Boards beat talk."
        assert item.insight == "Boards beat talk. We stood and it took 9 minutes."
        assert (item.day, item.tags, item.links) == (TODAY, ("standup",), (f"entry:{entry.id}",))
        assert f"Saved as learn item {item.short_id}: press 3 to see it in Learn · Share · Grow." in notices(
            app
        )
        await until(pilot, lambda: item.short_id in links_shown(app), "the learn item linked back")
        assert f"Learned: Boards beat talk. ({item.short_id})" in screen_text(app)


async def test_l_twice_says_it_was_captured_before(store: Store, clock: FixedClock) -> None:
    """L again on the same entry keeps one learn item and names it."""
    add(store, clock, TODAY, "Daily reflection", body=reflection(learned="Go and see."))
    app = journal_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("L")
        await pilot.press("L")
        await pilot.pause()
        (item,) = store.learnings.all()
        assert notices(app)[-1] == f"Already captured as learn item {item.short_id}."


async def test_l_without_an_answer_keeps_the_whole_entry(store: Store, clock: FixedClock) -> None:
    """No 'What did I learn?' answer: the whole entry, titled by it; a gemba entry guesses gemba."""
    entry = add(store, clock, TODAY, "Gemba walk on line 3", body="Half the waiting is for decisions.")
    app = journal_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("L")
        await pilot.pause()
        (item,) = store.learnings.all()
        assert (item.title, item.insight) == ("Gemba walk on line 3", "Half the waiting is for decisions.")
        assert item.source_kind is SourceKind.GEMBA
        assert item.links == (f"entry:{entry.id}",)
        assert app._notifications  # type: ignore[attr-defined]
        assert list(app._notifications)[-1].title == "Learn item from the whole entry"  # type: ignore[attr-defined]


async def test_h_keeps_who_i_helped_as_a_share_item(store: Store, clock: FixedClock) -> None:
    """H: the 'Who did I help?' answer is a share item to the person named, linked to the entry."""
    body = reflection(helped="Helped Nadia with her A3. She found the cause herself.")
    entry = add(store, clock, TODAY, "Daily reflection", body=body)
    app = journal_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("H")
        await pilot.pause()
        (share,) = store.shares.all()
        assert (share.title, share.audience, share.day) == ("Helped Nadia with her A3.", "Nadia", TODAY)
        assert share.links == (f"entry:{entry.id}",)
        assert f"Saved as share item {share.short_id}: press 3 to see it in Learn · Share · Grow." in notices(
            app
        )


async def test_h_without_an_answer_saves_nothing_and_says_so(store: Store, clock: FixedClock) -> None:
    """H on an entry with no 'Who did I help?' answer: nothing saved, one warning."""
    add(store, clock, TODAY, "Daily reflection", body=reflection(learned="x"))
    app = journal_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("H")
        await pilot.pause()
        assert len(store.shares) == 0
        assert notices(app) == ["This entry has no answer under “Who did I help?”."]


async def test_the_capture_keys_are_in_help_and_the_palette(store: Store, clock: FixedClock) -> None:
    """Help lists L and H; the palette has both commands, and a palette command captures."""
    from lean_journal.tui.screens.help import keys_in_effect

    add(store, clock, TODAY, "Daily reflection", body=reflection(learned="Small steps."))
    app = journal_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        rows = [str(row) for row in keys_in_effect(app.screen)]
        assert any("L" in row and "learn item" in row for row in rows)
        assert any("H" in row and "share item" in row for row in rows)
        commands = {c.title: c for c in app.get_system_commands(app.screen)}
        assert {"Keep as learn item", "Keep as share item"} <= set(commands)
        commands["Keep as learn item"].callback()
        await pilot.pause()
        assert [item.title for item in store.learnings.all()] == ["Small steps."]


async def test_an_entry_shows_the_goals_it_is_evidence_for(store: Store, clock: FixedClock) -> None:
    """A goal linking the entry: its view says 'Evidence for goal: …' (only for the entry it links)."""
    other = add(store, clock, TODAY, "Another day")
    entry = add(store, clock, TODAY, "Coached Chen", body="He ran the huddle.")
    now = clock.now()
    goal = store.goals.add(Goal("Be the leader you want", now, now, links=(f"entry:{entry.id}",)))
    app = journal_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        screen = journal(app)
        await until(pilot, lambda: screen.selected_entry() is not None, "an entry selected")
        screen.entry_list.move_cursor(
            next(i for i, e in enumerate(screen.entry_list.entries) if e.id == entry.id)
        )
        screen.render_selected()
        expected = f"Evidence for goal: Be the leader you want ({goal.short_id})"
        await until(pilot, lambda: expected in links_shown(app), "the goal linked back")
        assert expected in screen_text(app)
        screen.entry_list.move_cursor(
            next(i for i, e in enumerate(screen.entry_list.entries) if e.id == other.id)
        )
        screen.render_selected()
        await pilot.pause()
        assert links_shown(app) == ""


async def test_a_hostile_answer_shows_harmlessly(store: Store, clock: FixedClock) -> None:
    """Markup and escape codes in the answer are saved as written and shown as plain text."""
    entry = add(store, clock, TODAY, "Daily reflection", body=reflection(learned=HOSTILE))
    app = journal_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("L")
        await pilot.pause()
        (item,) = store.learnings.all()
        assert item.insight == HOSTILE and item.links == (f"entry:{entry.id}",)
        await until(pilot, lambda: item.short_id in links_shown(app), "the learn item linked back")
        assert app.return_code is None  # the [@click=app.quit] was never obeyed
        shown = str(journal(app).query_one("#view-links", Static).render())
        assert "[@click=app.quit]x[/]" in shown and "\x1b" not in shown and "\x07" not in shown
