"""Hostile text in every stored field never reaches the terminal raw, is not markup, keeps emoji whole."""

from __future__ import annotations

import unicodedata
from datetime import UTC, date, datetime
from pathlib import Path

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from journal_browse_support import screen_text
from textual import events

from lean_journal import pdca
from lean_journal.clock import FixedClock
from lean_journal.model import ActionLog, Card, JournalEntry, Stage
from lean_journal.store import Store
from lean_journal.store.prompts import Prompt
from lean_journal.text import CONTROL, printable, typed_character, user_text
from lean_journal.tui.app import LeanJournalApp
from lean_journal.tui.screens.card.card_detail import CardDetailScreen

NOW = datetime(2026, 11, 24, 9, 30, tzinfo=UTC)
TODAY = NOW.date()
SIZE = (120, 40)
EMOJI = ("👩🏽\u200d💻", "👍🏽", "❤️", "🏳️\u200d🌈")
FRAGMENTS = (
    "\x1b]0;PWNED\x07",
    "\x1b[2J",
    "\x1b[31mred",
    "\x9b2J",
    "\x9d0;X\x9c",
    "\x85",
    "\x7f",
    "\x07",
    "\x08",
    "\r",
    "\u202e",
    "\u2066",
    "\u200f",
    "[/]",
    "[@click=app.quit]x[/]",
    "[b]bold",
    "שלום",
    "مرحبا",
    "plain",
    *EMOJI,
)
HOSTILE = st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=5).map("".join)
TAG = st.lists(
    st.sampled_from([f for f in FRAGMENTS if not any(c.isspace() for c in f)]), min_size=1, max_size=4
).map("".join)  # a tag holds no whitespace (CR and NEL are whitespace)
PILOT = settings(
    max_examples=6,
    deadline=None,
    phases=[Phase.explicit, Phase.reuse, Phase.generate],  # no shrinking: each example runs the app
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
CARD_TEXT_FIELDS = (
    "source", "struggle", "evidence", "problem", "current_condition", "unit", "target", "root_cause",
    "hypothesis", "measure", "result", "learned", "standard", "next_step", "drop_reason", "impact_unit",
)  # fmt: skip


def new_store(tmp_path: Path, name: str = "journal.json") -> Store:
    """An empty store in a fresh folder (hypothesis runs many examples in one tmp_path)."""
    folder = tmp_path / f"j{len(list(tmp_path.iterdir()))}"
    folder.mkdir()
    return Store(folder / name, clock=FixedClock(NOW))


def assert_harmless(app: LeanJournalApp) -> None:
    """The app still runs (no markup action ran) and nothing drawn is a control character."""
    assert app.is_running
    drawn = screen_text(app)
    found = CONTROL.search(drawn)
    assert found is None, (
        f"{found.group()!r} drawn at {drawn[max(0, found.start() - 40) : found.end() + 40]!r}"
    )


# The sanitiser itself


@settings(max_examples=500)
@given(st.text())
def test_printable_leaves_no_control_and_keeps_length(text: str) -> None:
    """No C0/C1 control, DEL or bidi control survives; each character maps to one (offsets still fit)."""
    for multiline in (True, False):
        shown = printable(text, multiline=multiline)
        assert CONTROL.search(shown) is None
        assert len(shown) == len(text)
    assert "\n" not in printable(text, multiline=False)
    assert "\t" not in printable(text, multiline=False)
    assert printable(text).count("\n") == text.count("\n")


@given(st.lists(st.sampled_from(FRAGMENTS), max_size=8).map("".join))
def test_printable_keeps_emoji_sequences_and_rtl_letters_whole(text: str) -> None:
    """ZWJ sequences, skin tones, variation selectors and Hebrew/Arabic letters are shown as written."""
    shown = printable(text)
    for kept in (*EMOJI, "שלום", "مرحبا"):
        assert shown.count(kept) == text.count(kept)


def test_each_kind_of_control_is_shown_as_a_replacement_mark() -> None:
    """ESC, BEL, CSI (C1), DEL, U+202E and the isolates become U+FFFD; tabs and newlines stay in bodies."""
    assert (
        printable("a\x1b[31mb\x07c\x9bd\x7fe\u202ef\u2067g\tx\ny")
        == "a\ufffd[31mb\ufffdc\ufffdd\ufffde\ufffdf\ufffdg\tx\ny"
    )
    assert printable("a\tb\nc", multiline=False) == "a b c"
    assert user_text("[@click=app.quit]x[/]\x1b").plain == "[@click=app.quit]x[/]\ufffd"


def test_a_typed_joiner_is_text_but_controls_are_not() -> None:
    """The editors take ZWJ (and emoji tag characters) as typed text; ESC and U+202E are not text."""
    assert typed_character("\u200d") and typed_character("\U000e0067") and typed_character("a")
    assert not typed_character("\x1b") and not typed_character("\u202e") and not typed_character("\x85")


# Every stored field, on every screen that draws it


def journal_app(store: Store, file_label: str = "journal.json") -> LeanJournalApp:
    """The whole app on `store` (no file watcher)."""
    return LeanJournalApp(store, FixedClock(NOW), file_label=file_label, watch_interval=3600)


@PILOT
@given(title=HOSTILE, body=HOSTILE, tag=TAG)
async def test_entry_fields_are_drawn_harmless_in_list_view_editor_and_notices(
    tmp_path: Path, title: str, body: str, tag: str
) -> None:
    """An entry's title, body and tags: the list, the Markdown view, the editor and the delete notice."""
    store = new_store(tmp_path)
    entry = store.entries.add(
        JournalEntry(day=TODAY, title=f"T{title}", body=body, tags=(tag,), created=NOW, updated=NOW)
    )
    app = journal_app(store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert_harmless(app)
        await pilot.press("e")
        await pilot.pause()
        assert_harmless(app)
        await pilot.press("escape")
        await pilot.pause()
        app.notify(f"Deleted '{entry.title}'", title=tag)
        await pilot.pause()
        assert_harmless(app)
    assert store.entries.get(entry.id) == entry  # nothing was changed by showing it


def hostile_card(text: str, tag: str) -> Card:
    """A card in Check with every text field, a why, an action and a tag holding hostile text."""
    card = pdca.new_card(f"C{text}", Stage.CHECK, NOW)
    fields = dict.fromkeys(CARD_TEXT_FIELDS, text)
    actions = (ActionLog(day=date(2026, 11, 20), text=f"A{text}"),)
    return card.with_changes(
        **fields, whys=(text, text), actions=actions, tags=(tag,), baseline=1.0, target_value=2.0
    )


@PILOT
@given(text=HOSTILE, tag=TAG)
async def test_every_a3_field_is_drawn_harmless_on_the_board_and_the_card(
    tmp_path: Path, text: str, tag: str
) -> None:
    """Every text field of a card: its board row, its A3 page (fields, timeline, do log, act)."""
    store = new_store(tmp_path)
    card = store.cards.add(hostile_card(text, tag))
    app = journal_app(store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2")
        await pilot.pause()
        assert_harmless(app)
        await app.push_screen(CardDetailScreen(store, app.clock, card.id))  # type: ignore[arg-type]
        await pilot.pause()
        assert_harmless(app)
        await pilot.press("pagedown", "pagedown")
        await pilot.pause()
        assert_harmless(app)
    assert store.cards.get(card.id) == card


@PILOT
@given(name=HOSTILE, body=HOSTILE)
async def test_prompts_are_drawn_harmless_in_the_picker(tmp_path: Path, name: str, body: str) -> None:
    """A prompt's name and body in the prompt picker (its list and preview)."""
    store = new_store(tmp_path)
    store.prompts.add(Prompt(name=f"P{name}", body=body))
    app = journal_app(store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("p")
        await pilot.pause()
        assert_harmless(app)


@PILOT
@given(label=HOSTILE)
async def test_the_file_label_is_drawn_harmless_in_the_title_bar(tmp_path: Path, label: str) -> None:
    """The file's name in the title bar (it comes from the path the user gave)."""
    app = journal_app(new_store(tmp_path), file_label=label)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert_harmless(app)


# Emoji typed and drawn


async def type_as_a_terminal(app: LeanJournalApp, pilot: object, text: str) -> None:
    """Send each character as the terminal driver does (Pilot's press gives emoji keys no character)."""
    for character in text:
        key = unicodedata.name(character).lower().replace(" ", "_").replace("-", "_")
        app.post_message(events.Key(key, character))
        await pilot.pause()  # type: ignore[attr-defined]


async def test_a_typed_zero_width_joiner_is_kept_in_title_and_body(tmp_path: Path) -> None:
    """Typing 👩, ZWJ, 💻 (one key each, as a terminal sends them) saves the joined emoji 👩‍💻."""
    store = new_store(tmp_path)
    app = journal_app(store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n")
        await pilot.pause()
        await type_as_a_terminal(app, pilot, "👍\U0001f3fd\u200dx")  # the body has the focus
        await pilot.press("shift+tab", "end", "ctrl+u")  # the title
        await type_as_a_terminal(app, pilot, "👩\u200d💻")
        await pilot.press("ctrl+s")
        await pilot.pause()
    entry = store.entries.all()[0]
    assert entry.title == "👩\u200d💻"
    assert "👍\U0001f3fd\u200dx" in entry.body


def test_a_card_row_is_cut_by_cells_and_never_inside_an_emoji() -> None:
    """A reason of skin-toned ZWJ emoji is cut to its width in cells, each emoji whole or gone."""
    from rich.cells import cell_len

    from lean_journal.tui.widgets.board.board_column import REASON_WIDTH, clipped

    shown = clipped("x" * 20 + "👩🏽\u200d💻" * 10)
    assert cell_len(shown) <= REASON_WIDTH
    assert shown.removeprefix("x" * 20).removesuffix("…").replace("👩🏽\u200d💻", "") == ""
