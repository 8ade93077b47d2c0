"""Privacy: no network connection, ever; `$EDITOR` sees a 0600 file that is gone afterwards.

Each run happens in a child Python whose sitecustomize installs an audit hook: every socket made
(except the AF_UNIX pair asyncio uses to wake its own loop), every connect, bind, send and name
look-up is written to a log, which must stay empty.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from lean_journal.journal.external_editor import ExternalEditorError, edit_text

AUDIT = '''
import os, socket, sys

LOG = os.environ["LEAN_JOURNAL_NET_LOG"]
WATCHED = {"socket.connect", "socket.bind", "socket.sendto", "socket.sendmsg", "socket.getaddrinfo",
           "socket.gethostbyname", "socket.gethostbyaddr", "socket.getnameinfo", "urllib.Request",
           "http.client.connect", "ftplib.connect", "smtplib.connect", "webbrowser.open"}


def hook(event, args):
    """Write down anything that would reach the network."""
    if event == "socket.__new__" and args[1] != socket.AF_UNIX or event in WATCHED:
        with open(LOG, "a") as log:
            log.write(f"{event} {args[1:]!r}\\n")


sys.addaudithook(hook)
'''

APP_RUN = """
import asyncio, sys, time
from lean_journal.tui.app import LeanJournalApp
from lean_journal.clock import SystemClock
from lean_journal.store import Store


async def main():
    store = Store(sys.argv[1])
    app = LeanJournalApp(store, SystemClock(), watch_interval=0.01)
    watched = []
    looked = app.check_outside_changes
    app.check_outside_changes = lambda: (watched.append(1), looked())
    async with app.run_test(size=(120, 36)) as pilot:
        for key in ["n", *"no network", "ctrl+s", "2", "3", "4", "1", "question_mark", "escape"]:
            await pilot.press(key)
        deadline = time.monotonic() + 60
        while not (app.warm_up.done and len(watched) >= 3 and store.entries.all()):
            assert time.monotonic() < deadline, "the warm-up, the watcher or the save never ran"
            await pilot.pause(0.01)
        await pilot.press("q")
    print("ran", len(store.entries.all()), app.warm_up.done)


asyncio.run(main())
"""


def audited_run(tmp_path: Path, *argv: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    """Run Python with `argv` under the network audit hook; fail if anything reached for the network."""
    site = tmp_path / "audit-site"
    site.mkdir(exist_ok=True)
    (site / "sitecustomize.py").write_text(AUDIT)
    log = tmp_path / "network.log"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LEAN_JOURNAL", "TEXTUAL"))}
    env |= {"PYTHONPATH": os.pathsep.join([str(site), *sys.path]), "LEAN_JOURNAL_NET_LOG": str(log)}
    env |= {"HOME": str(tmp_path), "EDITOR": "true"}
    done = subprocess.run(
        [sys.executable, *argv], input=stdin, capture_output=True, text=True, env=env, timeout=300
    )
    assert done.returncode == 0, done.stderr
    assert not log.exists(), f"network use: {log.read_text()}"
    return done


LOOK_UP = "import socket\ntry: socket.getaddrinfo('localhost', 80)\nexcept OSError: pass"


def test_the_audit_hook_sees_a_connection(tmp_path: Path) -> None:
    """The probe works: a child that does look up a name is caught."""
    with pytest.raises(AssertionError, match=r"socket\.getaddrinfo"):
        audited_run(
            tmp_path, "-c", "import socket\ntry: socket.getaddrinfo('localhost', 80)\nexcept OSError: pass"
        )


def test_the_command_line_opens_no_connection(tmp_path: Path) -> None:
    """add, list, export, import and demo, as a user runs them: nothing touches the network."""
    db = str(tmp_path / "journal.json")
    cli = ["-m", "lean_journal", "--db", db]
    audited_run(tmp_path, *cli, "add", "Gemba walk", "--body", "Saw the line stop.", "--tag", "gemba")
    audited_run(tmp_path, *cli, "list", "--json")
    audited_run(tmp_path, *cli, "export", "--format", "markdown", "--out", str(tmp_path / "out.md"))
    audited_run(tmp_path, *cli, "export", "--out", str(tmp_path / "out.json"))
    audited_run(
        tmp_path,
        "-m",
        "lean_journal",
        "--db",
        str(tmp_path / "other.json"),
        "import",
        str(tmp_path / "out.json"),
    )
    audited_run(tmp_path, "-m", "lean_journal", "demo", "--years", "1", "--out", str(tmp_path / "demo.json"))
    assert "Gemba walk" in audited_run(tmp_path, *cli, "list").stdout


def test_the_app_opens_no_connection(tmp_path: Path) -> None:
    """The app: every area shown, an entry written and saved, the warm-up done, the file watched."""
    done = audited_run(tmp_path, "-c", APP_RUN, str(tmp_path / "journal.json"))
    assert done.stdout.split() == ["ran", "1", "True"]


STUB_EDITOR = """#!{python}
import json, os, signal, stat, sys
path = sys.argv[-1]
info = os.stat(path)
record = {{"path": path, "mode": stat.S_IMODE(info.st_mode),
          "folder_mode": stat.S_IMODE(os.stat(os.path.dirname(path)).st_mode), "text": open(path).read()}}
with open(os.environ["STUB_RECORD"], "w") as out:
    json.dump(record, out)
how = os.environ["STUB_HOW"]
if how == "edit":
    with open(path, "a") as file:
        file.write(" and edited")
elif how == "fail":
    sys.exit(3)
elif how == "killed":
    os.kill(os.getpid(), signal.SIGKILL)
"""


@pytest.mark.parametrize("how", ["edit", "fail", "killed"])
def test_the_editor_gets_a_private_file_that_is_removed_afterwards(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, how: str
) -> None:
    """A real editor process sees a 0600 file in a 0700 folder (even under umask 000); both are gone
    once it returns, fails or is killed, and a failed edit keeps the text as it was."""
    editor = tmp_path / "stub-editor"
    editor.write_text(STUB_EDITOR.format(python=sys.executable))
    editor.chmod(0o700)
    record = tmp_path / "record.json"
    monkeypatch.setenv("STUB_RECORD", str(record))
    monkeypatch.setenv("STUB_HOW", how)
    old_umask = os.umask(0)
    try:
        if how == "edit":
            assert edit_text("private words", [str(editor)]) == "private words and edited"
        else:
            with pytest.raises(ExternalEditorError, match="text kept as it was"):
                edit_text("private words", [str(editor)])
    finally:
        os.umask(old_umask)
    seen = json.loads(record.read_text())
    assert seen["text"] == "private words"
    assert seen["mode"] == 0o600 and seen["folder_mode"] == 0o700
    assert not Path(seen["path"]).exists() and not Path(seen["path"]).parent.exists()
