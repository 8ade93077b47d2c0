"""The deck preview (p in Review): which month it shows, the author asked once, the cards shown or hidden,
the headline and the ask kept per month in the file, escape back to Review, and hostile text shown
literally. Exports are in tests/test_deck_preview_export.py; the fixture is tests/deck_fixture.py."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
from deck_fixture import ASK, AUTHOR, HEADLINE, card_id
from deck_preview_support import (
    NOVEMBER,
    OCTOBER,
    SIZE,
    app_on,
    card_slides,
    choices,
    headline,
    journal,
    on_disk,
    open_november,
    open_preview,
    preview,
    previewing,
    slide_titles,
    slides_text,
    until_shown,
)
from review_area_support import HOSTILE
from textual.widgets import Input, SelectionList
from waiting import until

from lean_journal.model.report import MonthNotes
from lean_journal.review.period import Period
from lean_journal.tui.screens import debounce
from lean_journal.tui.screens.dialogs.text_prompt import TextPromptScreen
from lean_journal.tui.screens.review import deck_preview
from lean_journal.tui.screens.review.deck_preview import AUTHOR_QUESTION, DeckPreviewScreen
from lean_journal.tui.screens.review.review import ReviewScreen

NOVEMBER_CARDS = [
    ("Moved to Do: Searching for tools", True),
    ("Adapted: Huddle runs long", True),
    ("Adopted: Changeovers on line 1", True),
]
NOVEMBER_TITLES = {"Searching for tools", "Huddle runs long", "Changeovers on line 1"}


def cards_drawn(screen: DeckPreviewScreen) -> list[str]:
    """The November cards that have a slide drawn (a slide titled with the card's title)."""
    return [title for title in slide_titles(screen) if title in NOVEMBER_TITLES]


async def test_p_previews_the_month_shown_with_its_notes(tmp_path: Path) -> None:
    """← to November, p: the preview is November's, lists its three cards (not the one dropped), all
    shown, with the headline, the ask and the author from the file; no question is asked."""
    app = app_on(journal(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_november(pilot)
        assert app.screen is screen  # the author is in the file: nothing asked
        assert screen.title == "Kaizen deck · November 2026"
        assert choices(screen) == NOVEMBER_CARDS
        assert headline(screen) == HEADLINE
        shown = slides_text(screen)
        assert "Kaizen report · November 2026" in shown and f"{AUTHOR} · November 2026" in shown
        assert HEADLINE in shown and ASK in shown
        assert "Night shift checklist" not in [prompt for prompt, _ in choices(screen)]


@pytest.mark.parametrize(
    ("keys", "month"),
    [
        (("left", "r"), Period.month(2026, 11)),  # the 365 days to 30 Nov 2026
        (("y", "left"), Period.month(2025, 12)),  # the year 2025
        (("y",), Period.month(2026, 12)),  # this year: its month of today
    ],
)
async def test_p_on_a_year_or_365_days_previews_its_last_month(
    tmp_path: Path, keys: tuple[str, ...], month: Period
) -> None:
    """A year or 365 days shown: p previews the period's last month (today's, for this year)."""
    app = app_on(journal(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_preview(pilot, *keys)
        assert screen.month == month
        assert screen.title == f"Kaizen deck · {month.label}"
        assert f"Kaizen report · {month.label}" in slides_text(screen)


async def test_the_author_is_asked_the_first_time_kept_in_the_file_and_not_asked_again(
    tmp_path: Path,
) -> None:
    """No author in the file: p asks; a blank name is refused; the name given is kept in the file's
    settings and signs the deck; p again, and the app opened again on the file, ask nothing."""
    store = journal(tmp_path, notes=False)
    app = app_on(store)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_november(pilot)
        await until(pilot, lambda: isinstance(app.screen, TextPromptScreen), "the author asked")
        assert app.screen.question == AUTHOR_QUESTION
        await pilot.press("enter")
        assert isinstance(app.screen, TextPromptScreen)  # a blank name is no answer
        await pilot.press(*"Sam  Rivera", "enter")
        await until(pilot, lambda: app.screen is screen, "the question closed")
        assert store.reports.author() == "Sam Rivera"
        assert on_disk(store).settings.get("author") == "Sam Rivera"
        await until(pilot, lambda: "Sam Rivera · November 2026" in slides_text(screen), "the deck signed")
        await pilot.press("escape")
        await until(pilot, lambda: not previewing(app), "back in Review")
        await pilot.press("p")
        await until(pilot, lambda: previewing(app), "the preview again")
        await pilot.pause()
        assert app.screen is preview(app)  # not asked again
    again = app_on(on_disk(store))
    async with again.run_test(size=SIZE) as pilot:
        screen = await open_november(pilot)
        await pilot.pause()
        assert again.screen is screen
        assert "Sam Rivera · November 2026" in slides_text(screen)


async def test_escape_on_the_author_question_keeps_nothing_and_asks_next_time(tmp_path: Path) -> None:
    """Escape: no author is kept, the deck says so, and the next p asks again."""
    store = journal(tmp_path, notes=False)
    app = app_on(store)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_november(pilot)
        await until(pilot, lambda: isinstance(app.screen, TextPromptScreen), "the author asked")
        await pilot.press("escape")
        await until(pilot, lambda: app.screen is screen, "the question closed")
        assert on_disk(store).reports.author() == ""
        assert "Author not set" in slides_text(screen)
        await pilot.press("escape")
        await until(pilot, lambda: not previewing(app), "back in Review")
        await pilot.press("p")
        await until(pilot, lambda: isinstance(app.screen, TextPromptScreen), "the author asked again")


async def test_space_hides_a_card_for_this_month_only_and_the_deck_leaves_it_out(tmp_path: Path) -> None:
    """Space on the first card hides it: November keeps the other two (in the file), its A3 slide leaves
    the preview and the deck; October still shows all of its cards; space again shows it again."""
    store = journal(tmp_path)
    app = app_on(store)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_november(pilot)
        assert screen.query_one("#deck-cards", SelectionList).has_focus
        assert card_slides(screen.deck()) == [card_id("a"), card_id("b"), card_id("c")]
        await pilot.press("space")
        assert choices(screen)[0] == ("Moved to Do: Searching for tools", False)
        hidden = (card_id("c"),)  # Searching for tools
        await until(pilot, lambda: on_disk(store).reports.get(NOVEMBER).hidden == hidden, "the choice kept")
        without = ["Changeovers on line 1", "Huddle runs long"]  # the A3 slides drawn
        await until(pilot, lambda: cards_drawn(screen) == without, "the preview without the card")
        assert card_slides(screen.deck()) == [card_id("a"), card_id("b")]
        assert on_disk(store).reports.get(OCTOBER).hidden == ()
        await pilot.press("escape")
        await until(pilot, lambda: not previewing(app), "back in Review")
        await pilot.press("p")  # Review still shows November
        await until(pilot, lambda: previewing(app), "the preview again")
        again = preview(app)
        assert [shown for _, shown in choices(again)] == [False, True, True]
        await pilot.press("space")
        await until(pilot, lambda: on_disk(store).reports.get(NOVEMBER).hidden == (), "shown again, kept")
        await until(pilot, lambda: "Searching for tools" in cards_drawn(again), "the card drawn again")


async def test_headline_and_ask_are_kept_per_month_and_shown_in_the_slides(tmp_path: Path) -> None:
    """November's headline and ask retyped are kept in the file once typing pauses and shown in the
    slides; October starts empty, gets its own headline (kept on escape), and November's stays."""
    store = journal(tmp_path)
    app = app_on(store)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_november(pilot)
        await pilot.press("tab", "ctrl+u", *"Half the changeovers", "tab", "f7")  # f7: select all
        await pilot.press(*"Time with maintenance")
        november = MonthNotes(month=NOVEMBER, headline="Half the changeovers", ask="Time with maintenance")
        await until(pilot, lambda: on_disk(store).reports.get(NOVEMBER) == november, "November's notes kept")
        await until_shown(pilot, screen, ["Half the changeovers", "Time with maintenance"], [HEADLINE, ASK])
        await pilot.press("escape")
        await until(pilot, lambda: not previewing(app), "back in Review")
        october = await open_preview(pilot, "left")
        assert october.title == "Kaizen deck · October 2026"
        assert headline(october) == "" and october.query_one("#deck-ask").text == ""
        await pilot.press("tab", *"October was quiet", "escape")  # escape keeps at once
        await until(pilot, lambda: not previewing(app), "back in Review")
        kept = on_disk(store).reports
        assert kept.get(OCTOBER) == MonthNotes(month=OCTOBER, headline="October was quiet")
        assert kept.get(NOVEMBER) == november
        november_again = await open_preview(pilot, "right")
        assert headline(november_again) == "Half the changeovers"


async def test_escape_goes_back_to_review_keeping_what_was_typed(tmp_path: Path) -> None:
    """A headline typed then escape at once (before the pause that saves it): Review is shown again, on
    November, and the headline is in the file."""
    store = journal(tmp_path)
    app = app_on(store)
    async with app.run_test(size=SIZE) as pilot:
        await open_november(pilot)
        await pilot.press("tab", "end", *" Really.", "escape")
        await until(pilot, lambda: isinstance(app.screen, ReviewScreen), "Review shown")
        assert app.screen.period == Period.month(2026, 11)
        assert on_disk(store).reports.get(NOVEMBER).headline == f"{HEADLINE} Really."


async def test_hostile_card_title_and_headline_show_literally_and_do_nothing(tmp_path: Path) -> None:
    """A card titled and a headline written with markup, a click action and a terminal escape: the list,
    the headline box and the slides show the text (controls as U+FFFD); clicking them runs nothing."""
    store = journal(tmp_path, title_a=HOSTILE)
    store.reports.put(MonthNotes(month=NOVEMBER, headline=HOSTILE, ask=f"ask {HOSTILE}"))
    app = app_on(store)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_november(pilot)
        listed = choices(screen)[2][0]
        assert listed.startswith("Adopted: [/] [@click=app.quit]x[/]")
        assert "\x1b" not in listed and "\x07" not in listed
        assert headline(screen) == HOSTILE  # kept as stored
        drawn = screen.query_one("#deck-headline", Input).render_line(0).text
        assert "[@click=app.quit]x[/]" in drawn and "\x1b" not in drawn and "\x07" not in drawn
        shown = slides_text(screen)
        assert shown.count("[/] [@click=app.quit]x[/]") >= 3  # headline, ask, the card's slide
        assert "\x1b" not in shown and "\x07" not in shown
        await pilot.click("#deck-cards", offset=(12, 2))
        await pilot.click("#deck-markdown", offset=(14, 4))
        await pilot.click("#deck-headline")
        await pilot.press("end", "ctrl+u", *"[b]x[/b] [@click=app.quit]q[/]")
        typed = "[b]x[/b] [@click=app.quit]q[/]"
        await until(pilot, lambda: on_disk(store).reports.get(NOVEMBER).headline == typed, "typed kept")
        await until_shown(pilot, screen, [typed])
        assert app.is_running and previewing(app)


async def test_a_past_months_cards_say_what_they_did_in_that_month(tmp_path: Path) -> None:
    """October's preview names each card's move in October."""
    app = app_on(journal(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_preview(pilot, "left", "left")
        prompts = [prompt for prompt, _ in choices(screen)]
        assert "Moved to Check: Huddle runs long" in prompts
        assert "Moved to Do: Night shift checklist" in prompts


async def test_typing_on_past_the_longest_wait_still_keeps_the_notes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Keys with no pause for longer than the longest wait (the debounce's own clock moved on past it
    between two keys, before the save due then has run): the notes are kept, and the app closes cleanly."""
    now = [1000.0]
    monkeypatch.setattr(debounce, "time", SimpleNamespace(monotonic=lambda: now[0]))
    monkeypatch.setattr(deck_preview, "SAVE_DELAY", 60.0)  # no real timer fires during the test
    monkeypatch.setattr(deck_preview, "SAVE_MAX_WAIT", 60.0)
    store = journal(tmp_path)
    app = app_on(store)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_november(pilot)
        await pilot.press("tab", "end", "x")
        now[0] += 61.0  # still typing, a second past the latest moment to keep the notes
        await pilot.press("y")
        await until(pilot, lambda: not screen.saver.pending, "the save run")
        assert on_disk(store).reports.get(NOVEMBER).headline == f"{HEADLINE}xy"
