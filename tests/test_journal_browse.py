"""Browsing the journal in the real app: star, delete and undo, days, jump by date, on this day, refresh."""

from __future__ import annotations

from datetime import date, timedelta

from journal_browse_support import TODAY, add, journal, journal_app, screen_text, selected, visible_titles
from textual.widgets import Static
from waiting import until

from lean_journal.clock import FixedClock
from lean_journal.model import Card
from lean_journal.store import SaveError, Store
from lean_journal.tui.screens.dialogs.confirm import ConfirmScreen
from lean_journal.tui.screens.journal.journal import EMPTY_JOURNAL, EMPTY_TEXTS
from lean_journal.tui.widgets.journal.entry_list import EntryList


def a_week(store: Store, clock: FixedClock) -> None:
    """Entries on the last seven days but one (none on the 21st), two on the 23rd."""
    for back in range(7):
        if back != 3:
            add(store, clock, TODAY - timedelta(days=back), f"day {back}")
    add(store, clock, TODAY - timedelta(days=1), "day 1 again")


async def test_opens_on_today_with_the_entry_shown(store: Store, clock: FixedClock) -> None:
    """The list is newest first, today's entry is selected and rendered on the right."""
    add(store, clock, TODAY - timedelta(days=1), "Yesterday's walk", body="Saw **flow**.")
    add(store, clock, TODAY, "Today's reflection", body="Small steps.")
    app = journal_app(store, clock)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        assert visible_titles(app) == ["Today's reflection", "Yesterday's walk"]
        journal(app).render_selected()
        await pilot.pause()
        assert "Today's reflection" in screen_text(app)
        assert "Small steps." in screen_text(app)


async def test_star_toggles_in_the_store(store: Store, clock: FixedClock) -> None:
    """s stars the selected entry, s again unstars it."""
    entry = add(store, clock, TODAY, "Worth keeping")
    app = journal_app(store, clock)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press("s")
        assert store.entries.get(entry.id).starred
        await pilot.press("s")
        assert not store.entries.get(entry.id).starred


async def test_delete_asks_then_undo_brings_it_back(store: Store, clock: FixedClock) -> None:
    """d asks; 'no' keeps the entry; 'yes' deletes it; u restores it with the same id."""
    keep = add(store, clock, TODAY - timedelta(days=1), "Older")
    entry = add(store, clock, TODAY, "Regrettable", body="words", tags=("kaizen",), mood=3)
    app = journal_app(store, clock)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press("d")
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")
        assert len(store.entries) == 2
        await pilot.press("d", "ctrl+d")
        await pilot.pause()
        assert [e.id for e in store.entries.all()] == [keep.id]
        assert visible_titles(app) == ["Older"]
        await pilot.press("u")
        assert store.entries.get(entry.id) == entry
        assert visible_titles(app) == ["Regrettable", "Older"]
        assert selected(app) == entry


async def test_previous_next_day_and_today(store: Store, clock: FixedClock) -> None:
    """[ and ] move a day (skipping days not written, landing on a day's newest entry); t goes to today."""
    a_week(store, clock)
    app = journal_app(store, clock)
    async with app.run_test(size=(120, 36)) as pilot:
        assert selected(app).title == "day 0"
        await pilot.press("left_square_bracket")
        assert selected(app).day == TODAY - timedelta(days=1)
        await pilot.press("left_square_bracket")
        assert selected(app).day == TODAY - timedelta(days=2)
        await pilot.press("left_square_bracket")
        assert selected(app).day == TODAY - timedelta(days=4)
        await pilot.press("right_square_bracket", "right_square_bracket")
        assert selected(app).day == TODAY - timedelta(days=1)
        assert selected(app) == journal(app).query_one(EntryList).entries[1]
        await pilot.press("j", "j", "k")
        assert selected(app).day == TODAY - timedelta(days=1)
        await pilot.press("t")
        assert selected(app).title == "day 0"


async def test_jump_by_natural_date(store: Store, clock: FixedClock) -> None:
    """g opens the jump box; natural dates select that day (or the nearest earlier one written)."""
    a_week(store, clock)
    add(store, clock, date(2026, 3, 5), "March the fifth")
    app = journal_app(store, clock)
    async with app.run_test(size=(120, 36)) as pilot:
        for typed, expected in [
            ("2026-03-05", date(2026, 3, 5)),
            ("yesterday", TODAY - timedelta(days=1)),
            ("2 days ago", TODAY - timedelta(days=2)),
            ("last monday", date(2026, 11, 23)),
            ("3 days ago", TODAY - timedelta(days=4)),  # nothing on the 21st: the day before
        ]:
            await pilot.press("g", *typed, "enter")
            assert selected(app).day == expected, typed
            assert app.focused is journal(app).query_one(EntryList)


async def test_a_bad_date_gives_one_clear_notification(store: Store, clock: FixedClock) -> None:
    """An unreadable date: one error notification, the selection stays, the box stays open to fix it."""
    a_week(store, clock)
    app = journal_app(store, clock)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press("g", *"someday", "enter")
        await pilot.pause()
        errors = [n for n in app._notifications if n.severity == "error"]
        assert len(errors) == 1
        assert "someday" in errors[0].message
        assert selected(app).title == "day 0"
        assert journal(app).query_one("#jump").is_open
        await pilot.press("escape")
        assert not journal(app).query_one("#jump").is_open


async def test_an_ambiguous_numeric_date_is_refused_naming_both_days(store: Store, clock: FixedClock) -> None:
    """`05.03.2026` (5 March or 3 May?) is never guessed: the notification names both; `25.03.2026` goes."""
    a_week(store, clock)
    add(store, clock, date(2026, 3, 25), "March the 25th")
    add(store, clock, date(2026, 5, 3), "May the third")
    app = journal_app(store, clock)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press("g", *"05.03.2026", "enter")
        await pilot.pause()
        [error] = [n.message for n in app._notifications if n.severity == "error"]
        assert error == "05.03.2026 is ambiguous: write 2026-03-05 or 2026-05-03"
        assert selected(app).title == "day 0" and journal(app).query_one("#jump").is_open
        await pilot.press("escape", "g", *"25.03.2026", "enter")
        assert selected(app).title == "March the 25th"


async def test_on_this_day(store: Store, clock: FixedClock) -> None:
    """o lists entries of today's date in earlier years; selecting one shows it; o again lists all."""
    add(store, clock, date(2024, 11, 24), "Two years ago", body="Started the board.")
    add(store, clock, date(2025, 11, 24), "A year ago", body="First kaizen.")
    add(store, clock, date(2025, 11, 23), "Another day")
    add(store, clock, TODAY, "Today")
    app = journal_app(store, clock)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press("o")
        assert visible_titles(app) == ["A year ago", "Two years ago"]
        await pilot.press("down", "enter")
        await pilot.pause()
        assert "Started the board." in screen_text(app)
        await pilot.press("o")
        assert len(visible_titles(app)) == 4
        assert selected(app).title == "Two years ago"


async def test_markup_in_user_text_is_shown_literally_and_does_nothing(
    store: Store, clock: FixedClock
) -> None:
    """Markup in a title and body shows as typed in list, viewer and search; clicks run nothing."""
    title = "[/] [@click=app.quit]x[/]"
    add(store, clock, TODAY, title, body="[b]not bold\n\n[@click=app.quit]click me[/]")
    app = journal_app(store, clock)
    async with app.run_test(size=(120, 36)) as pilot:
        journal(app).render_selected()
        await pilot.pause()
        text = screen_text(app)
        assert title in text
        assert "[b]not bold" in text
        for target in ("#entries", "#view-title", "#view-body"):
            await pilot.click(target, offset=(6, 0))
        await pilot.pause()
        assert app.is_running
        await pilot.press("slash", *"click")
        await pilot.pause()
        journal(app).render_selected()
        await pilot.pause()
        assert visible_titles(app) == [title]
        assert title in screen_text(app)
        assert "[@click=app.quit]click me[/]" in screen_text(app)
        await pilot.click("#view-plain", offset=(3, 0))
        assert app.is_running


async def test_refresh_after_an_outside_change_keeps_the_selection(
    store: Store, clock: FixedClock, db_path: object
) -> None:
    """Another process adds an entry: it is listed, and the selected entry stays selected."""
    add(store, clock, TODAY, "Today")
    add(store, clock, TODAY - timedelta(days=1), "Yesterday")
    app = journal_app(store, clock)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press("down")
        other = Store(store.path, clock)
        add(other, clock, TODAY - timedelta(days=2), "Written elsewhere")
        app.check_outside_changes()
        await pilot.pause()
        assert visible_titles(app) == ["Today", "Yesterday", "Written elsewhere"]
        assert selected(app).title == "Yesterday"


async def test_a_failed_save_is_one_error_line(store: Store, clock: FixedClock, monkeypatch: object) -> None:
    """Starring when the disk refuses: an error notification, the entry unchanged, the app running."""
    entry = add(store, clock, TODAY, "Stays as is")

    def refuse(item: object) -> object:
        """A save that fails like a full disk."""
        raise SaveError(store.path, "disk full")

    monkeypatch.setattr(store.entries, "update", refuse)  # type: ignore[attr-defined]
    app = journal_app(store, clock)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press("s")
        await pilot.pause()
        errors = [n for n in app._notifications if n.severity == "error"]
        assert [n.title for n in errors] == ["Not saved"]
        assert "disk full" in errors[0].message
        assert store.entries.get(entry.id) == entry
        assert app.is_running


async def test_card_reference_becomes_a_link_to_the_card(store: Store, clock: FixedClock) -> None:
    """'#<short id>' of an existing card is a link; following it opens the card's page."""
    now = clock.now()
    card = store.cards.add(Card(title="Fewer walks to the printer", created=now, updated=now))
    add(store, clock, TODAY, "Linked", body=f"Worked on #{card.short_id} today.")
    app = journal_app(store, clock)
    async with app.run_test(size=(120, 36)) as pilot:
        journal(app).render_selected()
        await pilot.pause()
        assert f"#{card.short_id}" in screen_text(app)
        await pilot.click("#view-body", offset=(len("Worked on #"), 0))  # on the link
        await until(  # mounted: leaving before would stop its compose half-way
            pilot,
            lambda: type(app.screen).__name__ == "CardDetailScreen" and app.screen.is_mounted,
            "the card's page opened",
        )


async def test_browse_keys_rest_while_writing(store: Store, clock: FixedClock) -> None:
    """While the editor is open, s and d are typed, not run."""
    entry = add(store, clock, TODAY, "Being edited")
    app = journal_app(store, clock)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press("e")
        await pilot.pause()
        await pilot.press("s", "d")
        assert store.entries.get(entry.id) == entry
        assert not isinstance(app.screen, ConfirmScreen)
        assert journal(app).query_one("#list-heading", Static) is not None


async def test_clicking_a_day_in_the_calendar_goes_to_it(store: Store, clock: FixedClock) -> None:
    """A click on Monday 23 November selects that day's entry."""
    a_week(store, clock)
    app = journal_app(store, clock)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.click("#calendar", offset=(2, 6))  # row 5 of November 2026, Monday: the 23rd
        assert selected(app).day == date(2026, 11, 23)


async def test_wide_and_odd_text_keeps_rows_in_their_width(store: Store, clock: FixedClock) -> None:
    """Emoji, CJK, right-to-left text and a very long body: rows stay one line of the list's width."""
    titles = [
        "改善 カイゼン 改善 カイゼン 改善 カイゼン 改善 カイゼン",
        "🚀" * 40,
        "שיפור מתמיד " * 6,
        "tab\there",
    ]
    for back, title in enumerate(titles):
        add(store, clock, TODAY - timedelta(days=back), title, body="x" * 200_000, tags=("emoji",))
    app = journal_app(store, clock)
    async with app.run_test(size=(120, 36)) as pilot:
        journal(app).render_selected()
        await pilot.pause()
        entry_list = journal(app).query_one(EntryList)
        width = entry_list.scrollable_content_region.width
        assert [entry_list.render_line(y).cell_length for y in range(len(titles))] == [width] * len(titles)
        await pilot.press("j", "j", "j", "slash", *"xxx")
        assert len(visible_titles(app)) == 4


async def test_an_empty_journal_says_so_in_one_wording(store: Store, clock: FixedClock) -> None:
    """An empty file shows EMPTY_JOURNAL at start and again when 'on this day' is left."""
    app = journal_app(store, clock)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        entries = app.screen.query_one(EntryList)
        first_row = "".join(segment.text for segment in entries.render_line(0))
        assert entries.empty_text == EMPTY_JOURNAL and first_row.startswith(f" {EMPTY_JOURNAL[:40]}")
        await pilot.press("o")
        await until(pilot, lambda: entries.empty_text == EMPTY_TEXTS["on-this-day"], "on this day")
        await pilot.press("escape")
        await until(pilot, lambda: entries.empty_text == EMPTY_JOURNAL, "back to all entries")
