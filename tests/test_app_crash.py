"""Kill -9 during the app's own saves (draft kept, entry saved from its draft, card moved).

The worker makes the store calls the journal editor and the board make. After each kill the file
opens with a fresh Store and holds every acknowledged save; the save in flight may or may not be
there. A reduced number of kills runs by default; LEAN_JOURNAL_CRASH_KILLS=200 runs the full figure.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from test_store_crash import several_megabytes

from lean_journal import pdca
from lean_journal.clock import FixedClock
from lean_journal.model import Stage
from lean_journal.store import Store, fileio

WORKER = Path(__file__).parent / "app_save_worker.py"
KILLS = int(os.environ.get("LEAN_JOURNAL_CRASH_KILLS", "8"))
Fact = tuple[str, str]  # (kind, id)


def run_until_killed(path: Path, seed: int, rng: random.Random) -> list[list[str]]:
    """Start the worker; once it acknowledged a first save, kill it at a random moment; its lines."""
    child = subprocess.Popen(
        [sys.executable, str(WORKER), str(path), str(seed)], stdout=subprocess.PIPE, text=True
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "ready"
    lines = []
    while not lines or lines[-1][0] != "A":  # a kill is never too early to prove something
        line = child.stdout.readline()
        assert line.endswith("\n"), "the worker stopped before its first save"
        lines.append(line.split())
    time.sleep(rng.uniform(0.0, 0.3))  # a random moment: any one is fine, none must be reached
    child.send_signal(signal.SIGKILL)
    out, _ = child.communicate()
    return lines + [line.split() for line in out.split("\n")[:-1]]  # a line cut short was never acknowledged


def facts_of(words: list[str]) -> dict[Fact, str]:
    """The facts a save line states: (kind, id) -> value."""
    facts = {}
    for word in words[2:]:
        kind_id, value = word.split("=", 1)
        kind, doc_id = kind_id.split(":", 1)
        facts[kind, doc_id] = value
    return facts


def on_disk(path: Path, clock: FixedClock) -> dict[Fact, str]:
    """What a fresh Store finds: entries' bodies, drafts' bodies, cards' stages."""
    store = Store(path, clock)
    found: dict[Fact, str] = {("entry", e.id): e.body for e in store.entries.all()}
    found |= {("draft", key): draft.body for key, draft in store.drafts.all()}
    found |= {("card", c.id): c.stage.value for c in store.cards.list()}
    return found


def check(lines: list[list[str]], disk: dict[Fact, str], expected: dict[Fact, str]) -> None:
    """Every acknowledged fact is on disk; those of the save in flight are either old or new."""
    in_flight: dict[Fact, str] = {}
    for words in lines:
        if words[0] == "B":
            in_flight = facts_of(words)
        else:
            expected |= facts_of(words)
            in_flight = {}
    for fact in disk.keys() - expected.keys() - in_flight.keys():
        raise AssertionError(f"{fact} is on disk though no save of it was acknowledged or in flight")
    for fact, value in expected.items():
        if fact in in_flight:
            assert disk.get(fact, "-") in (value, in_flight[fact]), f"{fact}: neither old nor new"
        else:
            assert disk.get(fact, "-") == value, f"acknowledged save of {fact} lost"
    for fact, value in in_flight.items():
        assert disk.get(fact, "-") in (value, expected.get(fact, "-")), f"{fact}: neither old nor new"
        expected[fact] = disk.get(fact, "-")


def test_sigkill_during_the_apps_saves_loses_no_acknowledged_save(db_path: Path, clock: FixedClock) -> None:
    """Many kills at random moments of drafts, entry saves and card moves: nothing acknowledged is lost."""
    store = Store(db_path, clock)
    several_megabytes(store)
    with store.batch():
        cards = [store.cards.add(pdca.new_card(f"card {n}", Stage.PLAN, clock.now(), n)) for n in range(6)]
    expected = on_disk(db_path, clock)  # every document, so nothing unacknowledged changes either
    assert {expected["card", card.id] for card in cards} == {Stage.PLAN.value}
    rng = random.Random(2026)
    kinds = set()
    for seed in range(KILLS):
        lines = run_until_killed(db_path, seed, rng)
        kinds |= {words[1] for words in lines if words[0] == "A"}
        check(lines, on_disk(db_path, clock), expected)
    if KILLS >= 6:  # each run acknowledges one save at least: the first ones of seeds 0-5 are all three
        assert kinds == {"draft", "entry", "move"}
    leftovers = list(db_path.parent.glob(fileio.temp_prefix(db_path) + "*"))
    assert leftovers == []
