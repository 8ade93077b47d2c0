"""`--link` on `learn add`, `share add` and `grow add`: the entries, cards (and, for a goal, learn and share
items) an item came from or is evidence of, by short id or typed, stored as typed links and listed."""

from __future__ import annotations

import json

import pytest
from cli_helpers import run_cli
from growth_cli_support import added, opened
from test_cli_growth_process import run

ADDS = {
    "learn": ["learn", "add", "Go and see"],
    "share": ["share", "add", "Gemba talk", "--to", "team"],
    "grow": ["grow", "add", "Coach two people"],
}
REPOSITORY = {"learn": "learnings", "share": "shares", "grow": "goals"}


def stored_links(db_path, command: str) -> tuple[str, ...]:
    """The links of the one item the command added (the seeded ones aside), as a new process reads them."""
    items = getattr(opened(db_path), REPOSITORY[command]).all()
    [item] = [one for one in items if one.title == ADDS[command][2]]
    return item.links


@pytest.mark.parametrize("command", ADDS)
@pytest.mark.parametrize(
    "link_args",
    [
        ["--link", "{entry:.8}", "--link", "{card:.8}"],
        ["--link", "{entry:.4},{card:.6}"],
        ["--link", "{entry:.8}, {card:.8}"],
        ["--link", "entry:{entry:.8}", "--link", "CARD:{card:.4}"],
        ["--link", "#{entry:.8},card:{card}"],
        ["--link", "{entry:.8},{card:.8},entry:{entry:.4}"],
        ["--link", "{entry:.8},", "--link", "{card:.8}"],
    ],
)
def test_link_takes_entries_and_cards_in_every_typed_form(capsys, db_path, sources, command, link_args):
    argv = [arg.format(**sources) for arg in link_args]
    added(capsys, db_path, *ADDS[command], *argv)
    assert stored_links(db_path, command) == (f"entry:{sources['entry']}", f"card:{sources['card']}")


@pytest.mark.parametrize("command", ADDS)
def test_without_link_nothing_is_linked(capsys, db_path, command):
    added(capsys, db_path, *ADDS[command])
    assert stored_links(db_path, command) == ()


@pytest.mark.parametrize("command", ADDS)
def test_a_kind_named_in_front_picks_one_of_two_documents_sharing_an_id(capsys, db_path, sources, command):
    added(capsys, db_path, *ADDS[command], "--link", "card:c0ff")
    assert stored_links(db_path, command) == (f"card:{sources['twin card']}",)


def test_a_goal_links_learn_and_share_items_as_evidence(capsys, db_path, sources):
    argv = [
        "--link",
        f"{sources['share']:.8},learned:{sources['learn']:.8}",
        "--link",
        f"{sources['card']:.8}",
    ]
    added(capsys, db_path, *ADDS["grow"], *argv)
    wanted = (f"share:{sources['share']}", f"learn:{sources['learn']}", f"card:{sources['card']}")
    assert stored_links(db_path, "grow") == wanted


def test_a_share_links_and_passes_on_at_once(capsys, db_path, sources):
    added(capsys, db_path, *ADDS["share"], "--passes", sources["learn"][:8], "--link", sources["entry"][:8])
    [share] = [one for one in opened(db_path).shares.all() if one.title == "Gemba talk"]
    assert share.passes == (sources["learn"],) and share.links == (f"entry:{sources['entry']}",)


@pytest.mark.parametrize("command", ADDS)
def test_list_json_prints_the_links(capsys, db_path, sources, command):
    added(capsys, db_path, *ADDS[command], "--link", f"{sources['entry']:.8},{sources['card']:.8}")
    listed = run_cli(capsys, "--db", str(db_path), command, "list", "--json")
    [item] = [one for one in json.loads(listed.out) if one["title"] == ADDS[command][2]]
    assert item["links"] == [f"entry:{sources['entry']}", f"card:{sources['card']}"]


def test_links_round_trip_through_separate_processes(db_path):
    entry = run(db_path, "add", "Gemba walk", "--body", "Saw the line.")
    assert entry.returncode == 0, entry.stderr
    lesson = run(db_path, "learn", "add", "Go and see", "--link", f"entry:{entry.stdout.strip()}")
    assert lesson.returncode == 0 and lesson.stderr == ""
    goal = run(
        db_path, "grow", "add", "See more", "--link", f"{entry.stdout.strip()},{lesson.stdout.strip()}"
    )
    assert goal.returncode == 0 and goal.stderr == ""
    [listed] = json.loads(run(db_path, "grow", "list", "--json").stdout)
    assert [link.split(":")[0] for link in listed["links"]] == ["entry", "learn"]
    assert listed["links"][1].startswith(f"learn:{lesson.stdout.strip()}")
