"""Card detail: typing into the A3 fields, saving with ctrl+s, validation, gates' missing fields, leaving."""

from __future__ import annotations

from datetime import UTC, date, datetime

from textual.pilot import Pilot
from textual.widgets import Input, TextArea

from lean_journal import pdca
from lean_journal.clock import FixedClock
from lean_journal.model import Card, Stage
from lean_journal.store import SaveError, Store
from lean_journal.tui.app import LeanJournalApp
from lean_journal.tui.messages import StoreChanged
from lean_journal.tui.screens.card.card_detail import CardDetailScreen
from lean_journal.tui.screens.dialogs.confirm import ConfirmScreen
from lean_journal.tui.screens.help import keys_in_effect
from lean_journal.tui.widgets.card.a3_field import A3Field

SIZE = (120, 36)
MARKUP = "[/] [@click=app.quit]x[/]"
CREATED = datetime(2026, 11, 1, 8, 0, tzinfo=UTC)


def add_card(
    store: Store, stage: Stage = Stage.PLAN, title: str = "Stand-ups run long", **fields: object
) -> Card:
    """A card created on 1 Nov in `stage`, with any fields given, saved in the store."""
    card = pdca.new_card(title, stage, CREATED).with_changes(**fields)
    return store.cards.add(card)


def make_app(store: Store, clock: FixedClock) -> LeanJournalApp:
    """The real app on this store."""
    return LeanJournalApp(store, clock, file_label="journal.json")


async def show(app: LeanJournalApp, pilot: Pilot, card: Card, **options: object) -> CardDetailScreen:
    """Push the card's detail screen over the current area and let it settle."""
    screen = CardDetailScreen(app.store, app.clock, card.id, **options)  # type: ignore[arg-type]
    await app.push_screen(screen)
    await pilot.pause()
    return screen


def field(screen: CardDetailScreen, key: str) -> A3Field:
    """The form field `key`."""
    return screen.query_one(f"#field-{key}", A3Field)


def fill(screen: CardDetailScreen, **values: str) -> None:
    """Put text into fields as if typed (each editor reports the change)."""
    for key, text in values.items():
        editor = field(screen, key).editor
        if isinstance(editor, TextArea):
            editor.load_text(text)
            editor.post_message(TextArea.Changed(editor))
        else:
            editor.value = text


def notices(app: LeanJournalApp, severity: str | None = None) -> list[str]:
    """The messages of the notifications shown, optionally only of one severity."""
    return [n.message for n in app._notifications if severity is None or n.severity == severity]


async def test_typing_into_fields_and_ctrl_s_saves_them(store: Store, clock: FixedClock) -> None:
    """Type a new title and a problem statement, press ctrl+s: the store has both."""
    card = add_card(store)
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        screen = await show(app, pilot, card)
        field(screen, "title").editor.focus()
        await pilot.press("end", *" daily", "tab")
        field(screen, "problem").focus_editor()
        await pilot.press(*"Meetings take 25 min")
        await pilot.press("ctrl+s")
        await pilot.pause()
        saved = store.cards.get(card.id)
        assert saved.title == "Stand-ups run long daily"
        assert saved.problem == "Meetings take 25 min"
        assert saved.updated == clock.now()
        assert "Saved." in notices(app)
        assert screen.unsaved_keys() == []


async def test_every_a3_field_round_trips(store: Store, clock: FixedClock) -> None:
    """Every field saved is what a re-opened card shows, with numbers, dates, tags and whys parsed."""
    card = add_card(store)
    typed = {
        "tags": "#Meetings focus",
        "impact": "30",
        "impact_unit": "min/week",
        "source": "my boss",
        "struggle": "Mornings vanish\ninto meetings",
        "evidence": "Calendar: 5 h a week",
        "problem": "Stand-ups take 25 min",
        "current_condition": "25 min daily",
        "baseline": "25",
        "unit": "min",
        "target": "Under 10 minutes",
        "target_value": "9.5",
        "root_cause": "No agenda",
        "why1": "Status reports",
        "why2": "No board",
        "hypothesis": "A visible board cuts talk",
        "measure": "Timer each day",
        "check_date": "2026-12-15",
        "actual": "11",
        "result": "Down to 11 min",
        "learned": "Boards beat talk",
        "standard": "Board first",
        "next_step": "Try walking the board",
    }
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        screen = await show(app, pilot, card)
        fill(screen, **typed)
        await pilot.press("ctrl+s")
        await pilot.pause()
        saved = store.cards.get(card.id)
        assert (saved.tags, saved.impact, saved.impact_unit) == (("meetings", "focus"), 30.0, "min/week")
        assert saved.struggle == "Mornings vanish\ninto meetings"
        assert (saved.baseline, saved.target_value, saved.actual) == (25.0, 9.5, 11.0)
        assert saved.whys == ("Status reports", "No board")
        assert saved.check_date == date(2026, 12, 15)
        assert (saved.result, saved.learned, saved.standard) == (
            "Down to 11 min",
            "Boards beat talk",
            "Board first",
        )
        assert screen.edited_values()["tags"] == "meetings focus"
        assert screen.unsaved_keys() == []
        await pilot.press("escape")
        await pilot.pause()
        reopened = await show(app, pilot, card)
        shown = reopened.edited_values()
        assert shown["tags"] == "meetings focus"
        assert {k: v for k, v in typed.items() if k != "tags"}.items() <= shown.items()
        assert reopened.unsaved_keys() == []


async def test_a_bad_check_date_is_refused_naming_the_field(store: Store, clock: FixedClock) -> None:
    """A check date that is not a date: nothing is saved, the field is marked, the message names it."""
    card = add_card(store)
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        screen = await show(app, pilot, card)
        fill(screen, problem="Kept on screen")
        field(screen, "check_date").focus_editor()
        await pilot.press(*"2026-13-45", "ctrl+s")
        await pilot.pause()
        assert store.cards.get(card.id) == card
        assert field(screen, "check_date").has_class("-invalid")
        assert app.focused is field(screen, "check_date").editor
        [warning] = notices(app, "warning")
        assert warning.startswith("Check date:") and "2026-13-45" in warning
        assert screen.edited_values()["problem"] == "Kept on screen"
        await pilot.press("ctrl+u", *"2026-12-04", "ctrl+s")
        await pilot.pause()
        assert not field(screen, "check_date").has_class("-invalid")
        assert store.cards.get(card.id).check_date == date(2026, 12, 4)


async def test_bad_numbers_and_empty_titles_name_their_field(store: Store, clock: FixedClock) -> None:
    """A baseline that is not a number, or an empty title, is refused with the field's name."""
    card = add_card(store)
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        screen = await show(app, pilot, card)
        fill(screen, baseline="lots")
        await pilot.press("ctrl+s")
        fill(screen, baseline="12", title="   ")
        await pilot.press("ctrl+s")
        await pilot.pause()
        warnings = notices(app, "warning")
        assert warnings[0].startswith("Baseline:") and warnings[1].startswith("Title:")
        assert store.cards.get(card.id) == card


async def test_focus_fields_marks_the_missing_and_focuses_the_first(store: Store, clock: FixedClock) -> None:
    """Opened by a blocked move: gate fields marked, the first focused, a notice says what to fill."""
    card = add_card(store, problem="")
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        screen = await show(app, pilot, card, focus_fields=pdca.missing_to_leave(card))
        await pilot.pause()
        marked = [f.key for f in screen.query(A3Field) if f.has_class("-missing")]
        assert marked == ["problem", "target", "hypothesis"]
        assert app.focused is field(screen, "problem").editor
        assert "To leave Plan, fill: Problem statement, Target, Hypothesis / countermeasure" in notices(app)
        await pilot.press(*"Too long")
        assert not field(screen, "problem").has_class("-missing")
        fill(screen, target="10 min", hypothesis="A board")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert pdca.missing_to_leave(store.cards.get(card.id)) == ()


async def test_a_missing_decision_focuses_the_decision_buttons(store: Store, clock: FixedClock) -> None:
    """Leaving Act needs a decision: the Adopt button is focused and the buttons marked."""
    card = add_card(store, Stage.ACT)
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        screen = await show(app, pilot, card, focus_fields=("decision",))
        await pilot.pause()
        assert screen.query_one("#decision").has_class("-missing")
        assert app.focused is not None and app.focused.id == "decide-adopt"


async def test_escape_asks_before_discarding_edits(store: Store, clock: FixedClock) -> None:
    """With unsaved edits escape asks; 'keep editing' stays, 'discard' leaves and saves nothing."""
    card = add_card(store)
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        screen = await show(app, pilot, card)
        fill(screen, problem="Unsaved")
        field(screen, "problem").focus_editor()
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")
        await pilot.pause()
        assert app.screen is screen and screen.edited_values()["problem"] == "Unsaved"
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("ctrl+d")
        await pilot.pause()
        assert not isinstance(app.screen, CardDetailScreen)
        assert store.cards.get(card.id) == card


async def test_escape_without_edits_leaves_at_once(store: Store, clock: FixedClock) -> None:
    """Nothing edited: escape goes straight back."""
    card = add_card(store)
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        await show(app, pilot, card)
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, (CardDetailScreen, ConfirmScreen))


async def test_a_failed_save_is_one_error_and_keeps_the_edits(
    store: Store, clock: FixedClock, monkeypatch: object
) -> None:
    """A SaveError: one error notification, the edit stays on screen and unsaved."""
    card = add_card(store)

    def failing_update(item: Card) -> Card:
        """A disk that is full."""
        raise SaveError(store.path, "No space left on device")

    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        screen = await show(app, pilot, card)
        fill(screen, problem="Precious words")
        monkeypatch.setattr(store.cards, "update", failing_update)  # type: ignore[attr-defined]
        await pilot.press("ctrl+s")
        await pilot.pause()
        [error] = notices(app, "error")
        assert "No space left on device" in error
        assert screen.unsaved_keys() == ["problem"]
        assert screen.edited_values()["problem"] == "Precious words"


async def test_user_text_is_never_markup(store: Store, clock: FixedClock) -> None:
    """A markup-like title and fields show literally and run no action."""
    card = add_card(store, title=MARKUP, problem=MARKUP, struggle=MARKUP, tags=())
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        screen = await show(app, pilot, card)
        assert field(screen, "title").editor.value == MARKUP  # type: ignore[union-attr]
        assert field(screen, "problem").value == MARKUP
        await pilot.click(f"#field-title {Input.__name__}")
        await pilot.pause()
        assert app.is_running and app.screen is screen


async def test_every_key_is_in_the_footer_and_help(store: Store, clock: FixedClock) -> None:
    """Save, Back and the section jumps are listed among the keys in effect."""
    card = add_card(store)
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        screen = await show(app, pilot, card)
        actions = {row.action for row in keys_in_effect(screen)}
        assert {"Save", "Back", "Next section", "Prev section"} <= actions
        await pilot.press("ctrl+down")
        await pilot.pause()
        assert app.focused is not None and screen.query_one("#sec-struggle") in app.focused.ancestors


async def test_saving_keeps_what_another_process_saved_meanwhile(
    store: Store, clock: FixedClock, db_path: object
) -> None:
    """Another process fills 'What I learned' while the problem is being edited: both are kept."""
    card = add_card(store)
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        screen = await show(app, pilot, card)
        fill(screen, problem="Mine")
        other = Store(db_path, clock)  # type: ignore[arg-type]
        other.cards.update(other.cards.get(card.id).with_changes(learned="Theirs"))
        assert store.reload_if_changed()
        screen.post_message(StoreChanged())
        await pilot.pause()
        assert screen.edited_values()["learned"] == "Theirs"
        assert screen.edited_values()["problem"] == "Mine"
        await pilot.press("ctrl+s")
        await pilot.pause()
        saved = Store(db_path, clock).cards.get(card.id)  # type: ignore[arg-type]
        assert (saved.problem, saved.learned) == ("Mine", "Theirs")


async def test_q_asks_before_quitting_with_unsaved_edits(store: Store, clock: FixedClock) -> None:
    """Outside a text field, q quits; with unsaved edits it asks first and 'keep editing' stays."""
    card = add_card(store)
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        screen = await show(app, pilot, card)
        fill(screen, problem="Unsaved")
        screen.query_one("#decide-adopt").focus()
        await pilot.press("q")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")
        await pilot.pause()
        assert app.screen is screen and app.is_running
        await pilot.press("ctrl+s", "q")
        await pilot.pause()
        assert not app.is_running


WEIRD = "\x00\x07 tab\there ✨ emoji 👩‍👩‍👧 שלום RTL [b]x[/b] \x1b[31mred"


async def test_arbitrary_text_in_every_field_shows_and_saves(store: Store, clock: FixedClock) -> None:
    """Control characters, emoji, right-to-left text, markup and a long text: shown, saved, no crash."""
    long_text = "word " * 100_000
    texts = {name: WEIRD for name in ("source", "struggle", "evidence", "problem", "hypothesis", "result")}
    card = add_card(store, title=WEIRD, learned=long_text, whys=(WEIRD,), **texts)
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        screen = await show(app, pilot, card)
        assert screen.edited_values()["learned"] == long_text
        assert screen.edited_values()["problem"] == WEIRD
        assert screen.unsaved_keys() == []
        fill(screen, standard=WEIRD)
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert store.cards.get(card.id).standard == WEIRD
        assert app.is_running
