"""Board columns: Done/Dropped on demand and paged, focus between columns, restoring dropped cards."""

from __future__ import annotations

from datetime import timedelta

from board_support import SIZE, click_bar, column, make_app
from waiting import until

from lean_journal import pdca
from lean_journal.clock import FixedClock
from lean_journal.model import Card, Stage
from lean_journal.store import Store
from lean_journal.tui.widgets.board.board_column import MORE_ID, PAGE_SIZE


def done_cards(clock: FixedClock, count: int) -> list[Card]:
    """`count` adopted cards, closed one hour apart (the last one newest)."""
    start = clock.now() - timedelta(days=count)
    cards = []
    for number in range(count):
        card = pdca.new_card(f"done {number}", Stage.ACT, start)
        closed, _ = pdca.decide(card, "adopt", start + timedelta(hours=number))
        cards.append(closed)
    return cards


async def test_done_and_dropped_show_on_demand_newest_first_in_pages(store: Store, clock: FixedClock) -> None:
    """a shows Done (newest first, a page at a time with a 'more' row) and Dropped; a again hides them."""
    store.cards.add_many(done_cards(clock, PAGE_SIZE + 5))
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2")
        done = column(app, Stage.DONE)
        assert not done.display and not column(app, Stage.DROPPED).display
        await pilot.press("a")
        await pilot.pause()
        assert done.display and column(app, Stage.DROPPED).display
        card_list = done.card_list
        assert card_list.option_count == PAGE_SIZE + 1
        assert str(card_list.get_option_at_index(0).prompt).startswith(f"done {PAGE_SIZE + 4}")
        assert card_list.get_option_at_index(PAGE_SIZE).id == MORE_ID
        assert "Done · 205" in str(done.query_one(".column-header").render())
        done.card_list.focus()
        card_list.highlighted = PAGE_SIZE
        await pilot.press("enter")
        assert card_list.option_count == PAGE_SIZE + 5
        assert card_list.highlighted == PAGE_SIZE
        await pilot.press("J")
        assert "newest first" in list(app._notifications)[-1].message
        await pilot.press("a")
        await pilot.pause()
        assert not done.display
        assert app.focused is column(app, Stage.ACT).card_list


async def test_left_right_and_tab_move_between_columns(store: Store, clock: FixedClock) -> None:
    """right and left move the focus a column at a time; n adds to the focused column."""
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2")
        assert app.focused is column(app, Stage.STRUGGLE).card_list
        await pilot.press("right", "right")
        assert app.focused is column(app, Stage.DO).card_list
        await pilot.press("left")
        assert app.focused is column(app, Stage.PLAN).card_list
        await pilot.press("tab")
        assert app.focused is column(app, Stage.DO).card_list
        await pilot.press("left", "left", "left")
        assert app.focused is column(app, Stage.STRUGGLE).card_list
        await pilot.press("right", "n", *"planned straight away", "enter")
        await pilot.pause()
        [card] = store.cards.all()
        assert card.stage is Stage.PLAN


async def test_a_new_card_in_a_full_do_column_asks_first(store: Store, clock: FixedClock) -> None:
    """n in Do at the WIP limit asks; no adds nothing."""
    for number in range(3):
        store.cards.add(pdca.new_card(f"busy {number}", Stage.DO, clock.now(), number))
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2", "right", "right", "n", *"one more", "enter")
        await pilot.pause()
        await pilot.press("n")
        await pilot.pause()
        assert len(store.cards) == 3
        assert "3/3 WIP" in str(column(app, Stage.DO).query_one(".column-header").render())


async def test_h_brings_a_dropped_card_back_where_it_was(store: Store, clock: FixedClock) -> None:
    """A dropped card goes back to the stage it was dropped from; its reason moves into the history."""
    card = pdca.drop(pdca.new_card("parked", Stage.DO, clock.now()), "no time", clock.now())
    store.cards.add(card)
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2", "a")
        await pilot.pause()
        column(app, Stage.DROPPED).card_list.focus()
        await pilot.press("h")
        await pilot.pause()
        back = store.cards.get(card.id)
        assert back.stage is Stage.DO and back.drop_reason == ""
        assert "no time" in back.history[-1].note
        assert app.focused is column(app, Stage.DO).card_list


async def test_nothing_selected_and_the_ends_of_the_flow_say_so(store: Store, clock: FixedClock) -> None:
    """Keys on an empty column, h in Struggles and n in Done each give one warning line."""
    store.cards.add(pdca.new_card("first", Stage.STRUGGLE, clock.now()))
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2", "h")
        await pilot.press("right", "l")
        await pilot.press("a", "right", "right", "right", "right", "n")
        messages = [n.message for n in app._notifications]
        assert messages == [
            "Struggles is the first stage.",
            "Select a card first.",
            "New cards go into Struggles, Plan, Do, Check or Act.",
        ]


async def test_shift_arrows_move_cards_like_h_and_l(store: Store, clock: FixedClock) -> None:
    """shift+right moves the selected card forward a stage, shift+left back."""
    card = store.cards.add(pdca.new_card("arrows", Stage.STRUGGLE, clock.now()))
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2", "shift+right")
        await pilot.pause()
        assert store.cards.get(card.id).stage is Stage.PLAN
        await pilot.press("shift+left")
        await pilot.pause()
        assert store.cards.get(card.id).stage is Stage.STRUGGLE


async def test_cards_saved_by_another_process_show_up(store: Store, clock: FixedClock) -> None:
    """A card the command line adds to the same file appears on the open board after the watcher runs."""
    from lean_journal.tui.app import LeanJournalApp

    app = LeanJournalApp(store, clock, file_label="journal.json", watch_interval=0.05)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2")
        other = Store(store.path, clock)
        other.cards.add(pdca.new_card("from the CLI", Stage.PLAN, clock.now()))
        card_list = column(app, Stage.PLAN).card_list
        await until(pilot, lambda: card_list.option_count, "the watcher showed the card")
        assert card_list.option_count == 1


async def test_the_action_bar_does_what_the_keys_do(store: Store, clock: FixedClock) -> None:
    """Down, Up, Done/Dropped, Open, New and Drop buttons act on the selected card like their keys."""
    from lean_journal.tui.screens.board.drop_card import DropCardScreen
    from lean_journal.tui.screens.board.new_card import NewCardScreen
    from lean_journal.tui.screens.card.card_detail import CardDetailScreen

    first = store.cards.add(pdca.new_card("first", Stage.STRUGGLE, clock.now(), 1))
    store.cards.add(pdca.new_card("second", Stage.STRUGGLE, clock.now(), 2))
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2")
        await click_bar(app, pilot, "down")
        await pilot.pause()
        assert [c.title for c in store.cards.list(stage=Stage.STRUGGLE)] == ["second", "first"]
        await click_bar(app, pilot, "up")
        await pilot.pause()
        assert store.cards.list(stage=Stage.STRUGGLE)[0].id == first.id
        await click_bar(app, pilot, "closed")
        assert column(app, Stage.DONE).display
        for button, screen in (("open", CardDetailScreen), ("new", NewCardScreen), ("drop", DropCardScreen)):
            await click_bar(app, pilot, button)
            await pilot.pause()
            assert isinstance(app.screen, screen)
            await pilot.press("escape")
            await pilot.pause()
