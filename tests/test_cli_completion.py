"""`lean-journal completion bash|zsh`: scripts the shells accept, completing commands, choices, files."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from test_cli_process import run

BASH = shutil.which("bash")


def completions(script: Path, line: str) -> list[str]:
    """What bash offers for `line` (ending where TAB is pressed), with the script sourced."""
    words = line.split(" ")
    program = (
        f"source {script}\n"
        f"COMP_WORDS=({' '.join(repr(word) for word in words)})\n"
        f"COMP_CWORD={len(words) - 1}\nCOMP_LINE={line!r}\nCOMP_POINT={len(line)}\n"
        "_shtab_lean_journal\nprintf '%s\\n' \"${COMPREPLY[@]}\"\n"
    )
    done = subprocess.run([BASH or "bash", "-c", program], capture_output=True, text=True, timeout=60)
    return done.stdout.split()


@pytest.fixture(scope="module")
def bash_script(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bash script as the command prints it."""
    done = run("completion", "bash")
    assert done.returncode == 0, done.stderr
    path = tmp_path_factory.mktemp("completion") / "lean-journal.bash"
    path.write_text(done.stdout)
    return path


@pytest.mark.skipif(BASH is None, reason="bash is not installed")
def test_the_bash_script_is_valid_and_completes_commands_and_choices(bash_script: Path) -> None:
    """bash -n accepts it; 'exp', 'import --from ' and 'report --format ' complete as a user expects."""
    assert subprocess.run(["bash", "-n", str(bash_script)], timeout=60).returncode == 0
    assert completions(bash_script, "lean-journal exp") == ["export"]
    assert "completion" in completions(bash_script, "lean-journal ")
    assert sorted(completions(bash_script, "lean-journal import --from ")) == ["dayone", "jrnl", "json"]
    assert sorted(completions(bash_script, "lean-journal report --format ")) == ["html", "md", "pptx"]


@pytest.mark.skipif(BASH is None, reason="bash is not installed")
def test_bash_completes_config_its_setting_names_and_grow_untick(bash_script: Path) -> None:
    """'conf' is config, whose NAME offers the settings; grow's actions include untick."""
    assert completions(bash_script, "lean-journal conf") == ["config"]
    names = ["author", "share-debt-days", "weekly-streak-days"]
    assert sorted(completions(bash_script, "lean-journal config ")) == names
    assert completions(bash_script, "lean-journal config wee") == ["weekly-streak-days"]
    assert sorted(completions(bash_script, "lean-journal grow ")) == ["add", "list", "tick", "untick"]


@pytest.mark.skipif(BASH is None, reason="bash is not installed")
def test_paths_complete_as_file_names(bash_script: Path, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """import PATH and --db offer the files of the folder."""
    (tmp_path / "journal.txt").write_text("x")
    monkeypatch.chdir(tmp_path)
    assert completions(bash_script, "lean-journal import jour") == ["journal.txt"]
    assert completions(bash_script, "lean-journal list --db jour") == ["journal.txt"]


def test_the_zsh_script_names_every_command() -> None:
    """The zsh script is a compdef for lean-journal naming the commands and their choices."""
    done = run("completion", "zsh")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("#compdef lean-journal")
    assert "share-debt-days" in done.stdout and "untick" in done.stdout
    for word in ("add", "list", "export", "import", "merge", "report", "config", "dayone", "pptx"):
        assert word in done.stdout
    if shutil.which("zsh"):
        assert subprocess.run(["zsh", "-n"], input=done.stdout, text=True, timeout=60).returncode == 0


def test_an_unknown_shell_is_one_line_and_exit_2() -> None:
    """fish is not offered: one line naming the choices."""
    done = run("completion", "fish")
    assert done.returncode == 2 and done.stdout == ""
    assert len(done.stderr.strip().splitlines()) == 1 and "bash" in done.stderr
