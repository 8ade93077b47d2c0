"""One labelled field of the A3 form: a compact Input, TextArea or Select that says when it is edited."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.message import Message
from textual.widget import Widget
from textual.widgets import Input, Label, Select, TextArea

from lean_journal.pdca.a3_form import FieldSpec
from lean_journal.tui.widgets.safe_editors import SafeInput, SafeTextArea


class A3Field(Widget):
    """A label and an editor for one card field; marks itself missing or invalid on request."""

    DEFAULT_CSS = """
    A3Field { layout: horizontal; height: auto; width: 1fr; border-left: blank; margin-bottom: 1; }
    A3Field > Label { width: 24; color: $text-muted; padding-right: 1; }
    A3Field.-follows > Label { width: auto; padding: 0 1 0 2; }
    A3Field Input, A3Field TextArea { width: 1fr; background: $boost; }
    A3Field Select { width: 1fr; }
    A3Field TextArea { height: auto; min-height: 1; max-height: 8; padding: 0; }
    A3Field.-missing { border-left: thick $warning; }
    A3Field.-missing > Label { color: $text-warning; text-style: bold; }
    A3Field.-invalid { border-left: thick $error; }
    A3Field.-invalid > Label { color: $text-error; text-style: bold; }
    """

    class Edited(Message):
        """The text of a field changed."""

        def __init__(self, field: A3Field) -> None:
            """Remember which field."""
            super().__init__()
            self.field = field

        @property
        def control(self) -> A3Field:
            """The field that changed."""
            return self.field

    def __init__(self, spec: FieldSpec, value: str = "", *, follows: bool = False) -> None:
        """A field for `spec`, showing `value`; one that `follows` another in its row has a short label."""
        super().__init__(id=f"field-{spec.key}", classes="-follows" if follows else "")
        self.spec = spec
        self._initial = value
        self._choice = value  # a choice field's value as last shown (its Select says so again on mount)

    @property
    def key(self) -> str:
        """The form key of this field."""
        return self.spec.key

    def compose(self) -> ComposeResult:
        """The label, then the editor."""
        yield Label(self.spec.heading, markup=False)
        if self.spec.kind == "text":
            yield SafeTextArea(self._initial, compact=True, soft_wrap=True, show_line_numbers=False)
        elif self.spec.kind == "choice":
            yield Select(self.spec.choices, value=self._initial, allow_blank=False, compact=True)
        else:
            yield SafeInput(
                self._initial, placeholder=self.spec.placeholder, compact=True, select_on_focus=False
            )

    @property
    def editor(self) -> Input | TextArea | Select[str]:
        """The Input, TextArea or Select inside."""
        return self.query_one("Input, TextArea, Select")  # type: ignore[return-value]

    @property
    def value(self) -> str:
        """The text as edited (a choice's value)."""
        editor = self.editor
        if isinstance(editor, Select):
            return self._choice
        return editor.text if isinstance(editor, TextArea) else editor.value

    @value.setter
    def value(self, text: str) -> None:
        """Show new text (without counting it as an edit by the user)."""
        editor = self.editor
        if self.value == text:
            return
        with editor.prevent(Input.Changed, TextArea.Changed, Select.Changed):
            if isinstance(editor, TextArea):
                editor.load_text(text)
            elif isinstance(editor, Select):
                self._choice = text
                editor.value = text
            else:
                editor.value = text

    def mark(self, *, missing: bool | None = None, invalid: bool | None = None) -> None:
        """Show (or clear) the missing and invalid marks."""
        if missing is not None:
            self.set_class(missing, "-missing")
        if invalid is not None:
            self.set_class(invalid, "-invalid")

    def focus_editor(self) -> None:
        """Focus the editor and scroll it into view."""
        self.editor.focus()
        self.call_after_refresh(self.scroll_visible, top=False, animate=False)

    @on(Select.Changed)
    def _chosen(self, event: Select.Changed) -> None:
        """A choice made by the user is an edit; the Select showing the value it was given is not."""
        event.stop()
        if str(event.value) != self._choice:
            self._choice = str(event.value)
            self.set_class(False, "-invalid")
            self.post_message(self.Edited(self))

    @on(Input.Changed)
    @on(TextArea.Changed)
    def _edited(self, event: Message) -> None:
        """Tell the screen this field was edited."""
        event.stop()
        self.set_class(False, "-invalid")
        self.post_message(self.Edited(self))


class A3Row(Horizontal):
    """Fields shown side by side."""

    DEFAULT_CSS = "A3Row { height: auto; } A3Row > A3Field { margin-right: 2; }"


def field_rows(rows: tuple[tuple[FieldSpec, ...], ...], values: dict[str, str]) -> list[A3Row]:
    """Rows of fields for a section, filled with `values`."""
    return [
        A3Row(*(A3Field(spec, values.get(spec.key, ""), follows=n > 0) for n, spec in enumerate(row)))
        for row in rows
    ]
