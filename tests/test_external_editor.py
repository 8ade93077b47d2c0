"""$VISUAL/$EDITOR: argv built without a shell, a private temp file, clear one-line errors."""

from __future__ import annotations

import stat
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from lean_journal.journal.external_editor import ExternalEditorError, edit_text, editor_argv


def test_visual_wins_over_editor() -> None:
    """$VISUAL is used before $EDITOR, and blank values are skipped."""
    assert editor_argv({"VISUAL": "code --wait", "EDITOR": "vi"}) == ["code", "--wait"]
    assert editor_argv({"VISUAL": "  ", "EDITOR": "nano"}) == ["nano"]


def test_quoted_arguments_are_split_like_a_shell_but_never_interpreted() -> None:
    """Quotes group words; no expansion, no command chaining."""
    argv = editor_argv({"EDITOR": "'/opt/My Editor/bin/ed' -c 'set ft=markdown' $HOME; rm -rf x"})
    assert argv == ["/opt/My Editor/bin/ed", "-c", "set ft=markdown", "$HOME;", "rm", "-rf", "x"]


@pytest.mark.parametrize("environ", [{}, {"EDITOR": ""}, {"VISUAL": " ", "EDITOR": " "}])
def test_no_editor_set(environ: dict[str, str]) -> None:
    """No editor set is one clear error."""
    with pytest.raises(ExternalEditorError, match="No editor set"):
        editor_argv(environ)


def test_unbalanced_quote_is_one_clear_error() -> None:
    """An unreadable $EDITOR is one clear error naming the variable."""
    with pytest.raises(ExternalEditorError, match=r"\$EDITOR cannot be read"):
        editor_argv({"EDITOR": "vim 'oops"})


def test_round_trip_with_a_stub_editor(tmp_path: Path) -> None:
    """The text goes to a 0600 file in a 0700 folder, comes back edited, and the folder is removed."""
    seen = {}

    def fake_run(argv: list[str], check: bool) -> SimpleNamespace:
        path = Path(argv[-1])
        seen["argv"] = argv
        seen["mode"] = stat.S_IMODE(path.stat().st_mode)
        seen["dir_mode"] = stat.S_IMODE(path.parent.stat().st_mode)
        seen["text"] = path.read_text(encoding="utf-8")
        path.write_text("edited ✓\n", encoding="utf-8")
        return SimpleNamespace(returncode=0)

    assert edit_text("hello [b]x", ["myed", "-w"], run=fake_run) == "edited ✓\n"
    assert seen["argv"][:2] == ["myed", "-w"]
    assert seen["text"] == "hello [b]x"
    assert seen["mode"] == 0o600 and seen["dir_mode"] == 0o700
    assert not Path(seen["argv"][-1]).exists()  # the private folder is gone afterwards


def test_real_process_round_trip() -> None:
    """A real process edits the file without a shell."""
    script = "import sys; p = sys.argv[1]; open(p, 'a').write(' and more')"
    assert edit_text("typed", [sys.executable, "-c", script]) == "typed and more"


def test_missing_editor() -> None:
    """An editor that is not installed is one clear error."""
    with pytest.raises(ExternalEditorError, match="Editor not found: no-such-editor-xyz"):
        edit_text("text", ["no-such-editor-xyz"])


def test_failing_editor_keeps_the_text() -> None:
    """A non-zero exit is one clear error."""
    with pytest.raises(ExternalEditorError, match="exited with status 3"):
        edit_text("text", [sys.executable, "-c", "raise SystemExit(3)"])
