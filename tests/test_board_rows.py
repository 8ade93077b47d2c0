"""Board rows and errors: what a card row shows, opening a card, and a failed save."""

from __future__ import annotations

from datetime import date

import pytest
from board_support import PLANNED, SIZE, add_card, column, make_app, titles
from rich.cells import cell_len
from textual.widgets import Static

from lean_journal import pdca
from lean_journal.clock import FixedClock
from lean_journal.model import Card, Stage
from lean_journal.store import SaveError, Store
from lean_journal.tui.screens.card.card_detail import CardDetailScreen
from lean_journal.tui.widgets.board.board_column import TITLE_WIDTH


async def test_enter_opens_the_card_and_escape_comes_back(store: Store, clock: FixedClock) -> None:
    """enter shows the card's A3; after editing the title there the board shows the new title."""
    card = add_card(store, clock, "old title", Stage.STRUGGLE)
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2", "enter")
        await pilot.pause()
        assert isinstance(app.screen, CardDetailScreen) and app.screen.card.id == card.id
        store.cards.update(card.with_changes(title="new title"))
        await pilot.press("escape")
        await pilot.pause()
        assert titles(app, Stage.STRUGGLE) == ["new title"]


async def test_a_failed_save_is_one_error_line(
    store: Store, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """If the file cannot be written the move is not shown as done, and an error notification says why."""
    card = add_card(store, clock, "stuck", Stage.STRUGGLE)

    def full_disk(item: Card) -> Card:
        """Fail like a full disk."""
        raise SaveError(store.path, "disk full")

    monkeypatch.setattr(store.cards, "update", full_disk)
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2", "l")
        await pilot.pause()
        assert store.cards.get(card.id).stage is Stage.STRUGGLE
        assert titles(app, Stage.STRUGGLE) == ["stuck"]
        errors = [n for n in app._notifications if n.severity == "error"]
        assert errors and "disk full" in errors[-1].message


async def test_the_mark_shows_missing_gate_fields_and_the_check_date(store: Store, clock: FixedClock) -> None:
    """A Plan card without its essentials carries '!'; rows show days in stage and the check date."""
    add_card(store, clock, "bare", Stage.PLAN, check_date=date(2026, 12, 1))
    add_card(store, clock, "ready", Stage.PLAN, **PLANNED)
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2")
        card_list = column(app, Stage.PLAN).card_list
        bare, ready = (str(card_list.get_option_at_index(i).prompt) for i in range(2))
        assert bare.startswith("! bare") and "0d · check 1 Dec" in bare
        assert ready.startswith("ready")
        header = column(app, Stage.PLAN).query_one(".column-header", Static)
        assert "Plan · 2" in str(header.render())


async def test_every_board_key_is_in_the_footer_or_help(store: Store, clock: FixedClock) -> None:
    """The help over the board lists the keys the footer has no room for (J, K, ctrl+l, w, arrows, enter)."""
    from textual.widgets import DataTable

    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2", "question_mark")
        table = app.screen.query_one(DataTable)
        rows = [[str(cell) for cell in table.get_row_at(i)] for i in range(table.row_count)]
        actions = {what for _where, _key, what in rows}
        for wanted in (
            "Card down in column",
            "Card up in column",
            "Forward, overriding the gate",
            "WIP limit",
            "Column to the left",
            "Column to the right",
            "Open card",
            "Done/Dropped",
            "Drop",
            "New",
        ):
            assert wanted in actions


AWKWARD = [
    "bell\x07 esc\x1b[31mred\x9b",
    "שלום עולם مرحبا",
    "emoji 🧘‍♀️🔥 wide 漢字",
    "[@click=app.quit]q[/] [b]b",
    "x" * 500,
]


async def test_awkward_titles_and_reasons_are_shown_harmlessly(store: Store, clock: FixedClock) -> None:
    """Control characters never reach the terminal, long titles are cut, markup is literal, nothing runs."""
    for title in AWKWARD:
        add_card(store, clock, title, Stage.STRUGGLE)
        store.cards.add(pdca.drop(pdca.new_card(title, Stage.DO, clock.now()), title, clock.now()))
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2", "a", *["down"] * 5, "d")
        await pilot.press("escape")
        await pilot.pause()
        assert app.is_running
        for stage in (Stage.STRUGGLE, Stage.DROPPED):
            rows = titles(app, stage)
            assert rows[0] == "bell\ufffd esc\ufffd[31mred\ufffd"
            assert rows[1:4] == AWKWARD[1:4]
            assert rows[4] == "x" * 89 + "…"
            assert not any(ch in row for row in rows for ch in "\x07\x1b\x9b")


async def test_a_card_changed_elsewhere_during_a_dialog_is_left_alone(
    store: Store, clock: FixedClock
) -> None:
    """If another process moves the card while the drop dialog is open, the drop does nothing but say so."""
    card = add_card(store, clock, "contested", Stage.STRUGGLE)
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2", "d", *"no longer needed")
        store.cards.update(pdca.move(card, Stage.PLAN, clock.now()))
        await pilot.press("enter")
        await pilot.pause()
        assert store.cards.get(card.id).stage is Stage.PLAN
        assert "changed elsewhere" in list(app._notifications)[-1].message


async def test_a_wide_title_is_cut_by_cells_inside_its_column(store: Store, clock: FixedClock) -> None:
    """A title of CJK and emoji 300 cells wide: cut to TITLE_WIDTH cells with '…', each line in the column."""
    title = "改善の記録📓" * 25  # 6 characters, 12 cells, 25 times
    add_card(store, clock, title, Stage.STRUGGLE)
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2")
        await pilot.pause()
        [shown] = titles(app, Stage.STRUGGLE)
        assert shown == "改善の記録📓" * 7 + "改善…"  # 84 + 4 cells, and a third character would need 91
        assert cell_len(shown) == TITLE_WIDTH - 1
        card_list = column(app, Stage.STRUGGLE).card_list
        lines = ["".join(s.text for s in card_list.render_line(y)) for y in range(card_list.size.height)]
        drawn = "".join(line.strip() for line in lines)
        assert drawn.startswith(shown) and all(cell_len(line) <= card_list.size.width for line in lines)
