"""One PDCA card as an A3: header, Struggle, Plan, Do, Check, Act and Timeline, edited and saved here."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widget import Widget
from textual.widgets import Button

from lean_journal import pdca
from lean_journal.clock import Clock
from lean_journal.model import ActionLog, Card, Stage, ValidationError
from lean_journal.pdca import a3_form as form
from lean_journal.store import NotFoundError, Store, StoreError
from lean_journal.tui.messages import StoreChanged
from lean_journal.tui.screens.area import show_error, unless_closing
from lean_journal.tui.screens.card.deciding import DecidingMixin
from lean_journal.tui.screens.card.keep_lesson import KEEP_HELP, KEEP_KEY
from lean_journal.tui.screens.dialogs.confirm import ConfirmScreen
from lean_journal.tui.widgets.back_links import BackLinks
from lean_journal.tui.widgets.card.a3_act import DecisionButtons
from lean_journal.tui.widgets.card.a3_do_log import DoLog
from lean_journal.tui.widgets.card.a3_field import A3Field, field_rows
from lean_journal.tui.widgets.card.a3_sections import (
    A3Section,
    CardFacts,
    Comparison,
    RecheckDates,
    jump_section,
)
from lean_journal.tui.widgets.card.a3_timeline import TimelineView, entry_preview
from lean_journal.tui.widgets.key_bar import KeyBar
from lean_journal.tui.widgets.title_bar import TitleBar

NUMBER_KEYS = ("baseline", "target_value", "actual", "unit")


class CardDetailScreen(DecidingMixin):
    """A card's A3 page: edit any field, ctrl+s saves, escape goes back (asking before losing edits)."""

    TITLE_TEXT = "PDCA card"
    DEFAULT_CSS = "CardDetailScreen #a3 { height: 1fr; }"
    BINDINGS = [
        Binding("ctrl+s", "save", "Save", tooltip="Save every edited field"),
        Binding("escape", "back", "Back", tooltip="Back to where you came from (asks before losing edits)"),
        Binding("ctrl+down", "section(1)", "Next section", tooltip="Jump to the next A3 section"),
        Binding("ctrl+up", "section(-1)", "Prev section", tooltip="Jump to the previous A3 section"),
        Binding("q", "quit_safely", "Quit", show=False, tooltip="Quit (asks first if edits are unsaved)"),
        Binding(KEEP_KEY, "keep_lesson", "Keep lesson", show=False, tooltip=KEEP_HELP),
    ]

    def __init__(self, store: Store, clock: Clock, card_id: str, *, focus_fields: Sequence[str] = ()) -> None:
        """Show the card `card_id`; mark `focus_fields` as missing and focus the first."""
        super().__init__()
        self.store = store
        self.clock = clock
        self.card: Card = store.cards.get(card_id)
        self.focus_fields = tuple(focus_fields)
        self.whose_follows = form.follows_source(self.card)  # follows "raised by" until chosen
        self.title = f"PDCA card {self.card.short_id}"

    def compose(self) -> ComposeResult:
        """The A3 sections in a scrolling column, between the header and the footer."""
        rows = partial(field_rows, values=form.form_values(self.card))
        yield TitleBar()
        with VerticalScroll(id="a3"):
            facts = (CardFacts(id="facts"), BackLinks(id="card-links"))
            yield A3Section("Card", *facts, *rows(form.HEADER_ROWS), section_id="sec-card")
            yield A3Section("Struggle", *rows(form.STRUGGLE_ROWS), section_id="sec-struggle")
            yield A3Section("Plan", *rows(form.PLAN_ROWS), section_id="sec-plan")
            yield A3Section("Do", DoLog(id="do-log"), section_id="sec-do")
            keep = Button("Keep as learn item", id="keep-lesson", compact=True, tooltip=KEEP_HELP)
            check = (Comparison(id="comparison"), *rows(form.CHECK_ROWS), keep)
            yield A3Section("Check", *check, section_id="sec-check")
            act = (DecisionButtons(id="decision"), RecheckDates(id="rechecks"), *rows(form.ACT_ROWS))
            yield A3Section("Act", *act, section_id="sec-act")
            yield A3Section("Timeline", TimelineView(id="timeline"), section_id="sec-timeline")
        yield KeyBar()

    @unless_closing
    def on_mount(self) -> None:
        """Show the card's facts and lists, then point at any missing fields."""
        self.show_card()
        if self.focus_fields:
            self.point_at_missing(self.focus_fields)
        else:
            self.query_one("#field-title", A3Field).editor.focus()

    def fields(self) -> dict[str, A3Field]:
        """Every form field, by key."""
        return {field.key: field for field in self.query(A3Field)}

    def edited_values(self) -> dict[str, str]:
        """The text of every form field as it is now."""
        return {key: field.value for key, field in self.fields().items()}

    def unsaved_keys(self) -> list[str]:
        """The fields edited since the last save."""
        return form.changed_keys(self.card, self.edited_values())

    def fresh_card(self) -> Card:
        """The card as the store holds it now (another process may have changed other fields)."""
        try:
            return self.store.cards.get(self.card.id)
        except NotFoundError:
            return self.card

    def edited_card(self) -> Card:
        """The stored card with only the edited fields changed; ValidationError names the first bad field."""
        values = self.edited_values()
        changes = form.parse_changes(values, form.changed_keys(self.card, values))
        return self.fresh_card().with_changes(**changes)

    def take(self, card: Card, keep: Sequence[str] = ()) -> None:
        """Show `card` as saved: every field but those in `keep` (unsaved edits) shows its stored text."""
        self.card = card
        stored = form.form_values(card)
        for key, field in self.fields().items():
            if key not in keep:
                field.value = stored[key]
        if "struggle_from" not in keep:
            self.whose_follows = form.follows_source(card)
        self.show_card()

    def show_card(self) -> None:
        """Refresh everything that is not a form field (facts, Do log, comparison, Act, timeline)."""
        card, now = self.card, self.clock.now()
        self.query_one("#facts", CardFacts).show(card, now)
        self.query_one("#do-log", DoLog).show(card.actions)
        self.query_one("#rechecks", RecheckDates).show(card, self.clock.today())
        self.query_one("#decision", DecisionButtons).set_open(card.stage not in (Stage.DONE, Stage.DROPPED))
        self.show_comparison()
        self.show_back_links()
        entries = self.store.entries.list(text=card.short_id)
        spent = pdca.time_in_stages(card, now)
        self.query_one("#timeline", TimelineView).show(
            pdca.timeline(card, entries), spent, pdca.cycle_time(card, now)
        )

    def show_comparison(self) -> None:
        """Baseline, target and actual as currently typed."""
        self.query_one("#comparison", Comparison).show_typed(self.edited_values())

    def point_at_missing(self, names: Sequence[str]) -> None:
        """Mark the missing gate fields, focus the first and say what is needed."""
        targets = [target for target in map(self.mark_target, names) if target is not None]
        for target in targets:
            target.set_class(True, "-missing")
        first = targets[0] if targets else None
        if isinstance(first, A3Field):
            first.focus_editor()
        elif isinstance(first, DecisionButtons):
            first.focus_first()
        needed = pdca.label_list(tuple(names))
        self.notify(f"To leave {self.card.stage.label}, fill: {needed}", severity="warning", markup=False)

    def mark_target(self, name: str) -> Widget | None:
        """The widget that edits card field `name` (the decision buttons for 'decision'), if any."""
        if name == "decision":
            return self.query_one("#decision", DecisionButtons)
        return self.fields().get(form.form_key(name))

    def save(self, card: Card) -> Card | None:
        """Store the card; on a failed save say so in one line and return None (edits stay on screen)."""
        try:
            saved = self.store.cards.update(card)
        except (StoreError, OSError, NotFoundError) as error:
            show_error(self, error)
            return None
        return saved

    def refuse(self, error: ValidationError) -> None:
        """Mark the bad field, focus it and say what is wrong with it; nothing is saved."""
        key = form.form_key(error.field)
        field = self.fields().get(key)
        if field is not None:
            field.mark(invalid=True)
            field.focus_editor()
        self.notify(form.describe_error(error), title="Not saved", severity="warning", markup=False)

    def action_save(self) -> None:
        """Save every edited field through the store."""
        if not self.unsaved_keys():
            self.notify("Nothing to save: no field was changed.", markup=False)
            return
        try:
            card = self.edited_card()
        except ValidationError as error:
            self.refuse(error)
            return
        saved = self.save(card)
        if saved:
            self.take(saved)
            self.notify("Saved.", markup=False)

    def action_back(self) -> None:
        """Leave the card, asking first if edits would be lost."""
        self.unless_edits_kept(lambda: self.dismiss(None), "go back", "Discard")

    def action_section(self, step: int) -> None:
        """Focus the first field of the next (or previous) section."""
        jump_section(list(self.query(A3Section)), self.focused, step)

    def action_quit_safely(self) -> None:
        """Quit the app, asking first if edits would be lost."""
        self.unless_edits_kept(self.app.exit, "quit", "Quit")

    def unless_edits_kept(self, then: Callable[[], object], leaving: str, yes: str) -> None:
        """Run `then` now if nothing is unsaved, else only once the user agrees to discard the edits."""
        if not self.unsaved_keys():
            then()
            return
        question = f"This card has unsaved edits. Discard them and {leaving}?"

        def answered(discard: bool | None) -> None:
            """Leave only if the user chose to discard the edits."""
            if discard:
                then()

        self.app.push_screen(ConfirmScreen(question, yes=yes, no="Keep editing"), answered)

    @on(A3Field.Edited)
    def _field_edited(self, event: A3Field.Edited) -> None:
        """Clear a missing mark once filled; keep the comparison and the suggested "whose struggle" shown."""
        if event.field.value.strip():
            event.field.mark(missing=False)
        if event.field.key in NUMBER_KEYS:
            self.show_comparison()
        if event.field.key == "struggle_from":
            self.whose_follows = False
        elif event.field.key == "source" and self.whose_follows:
            self.fields()["struggle_from"].value = form.whose_for(event.field.value)

    @on(DoLog.ActionAdded)
    def _action_added(self, event: DoLog.ActionAdded) -> None:
        """Log an action for today, newest last, and save it at once (other edits stay unsaved)."""
        try:
            action = ActionLog(self.clock.today(), event.text)
        except ValidationError as error:
            self.refuse(error)
            return
        fresh = self.fresh_card()
        saved = self.save(fresh.with_changes(actions=(*fresh.actions, action)))
        if saved:
            self.take(saved, keep=self.unsaved_keys())
            self.notify("Action logged for today.", markup=False)

    @on(TimelineView.EntrySelected)
    def _entry_selected(self, event: TimelineView.EntrySelected) -> None:
        """Show the chosen journal entry's day, title and the start of its text."""
        try:
            entry = self.store.entries.get(event.entry_id)
        except NotFoundError:
            return
        self.notify(entry_preview(entry), title=entry.day.isoformat(), markup=False, timeout=15)

    @on(StoreChanged)
    def _store_changed(self) -> None:
        """Another process saved: show its changes, keeping any unsaved edits on screen."""
        try:
            fresh = self.store.cards.get(self.card.id)
        except NotFoundError:
            self.notify("This card was deleted elsewhere.", severity="warning", markup=False)
            return
        self.take(fresh, keep=self.unsaved_keys())
