"""`learn`, `share` and `grow` in-process: every field from arguments, lists, share debt, (un)ticks."""

from __future__ import annotations

import json

from cli_helpers import NOW, run_cli
from growth_cli_support import WOMACK, added, opened

from lean_journal.growth.debt import SHARE_DEBT_SETTING
from lean_journal.model import Channel, GoalStatus, SourceKind


def test_learn_add_stores_every_field(capsys, db_path):
    short = added(
        capsys,
        db_path,
        "learn",
        "add",
        "Ask why five times",
        "--insight",
        "Check each answer at the gemba",
        "--source-kind",
        "Gemba-Walk",
        "--source",
        "  line 3   with Ana ",
        "--tag",
        "#Coaching",
        "--tag",
        "a3",
        "--date",
        "3 days ago",
        "--not-worth-sharing",
    )
    [item] = opened(db_path).learnings.all()
    assert item.short_id == short and item.title == "Ask why five times"
    assert item.insight == "Check each answer at the gemba" and item.source == "line 3 with Ana"
    assert item.source_kind is SourceKind.GEMBA and item.tags == ("coaching", "a3")
    assert item.day.isoformat() == "2026-11-21" and item.worth_sharing is False
    assert item.created == item.updated == NOW


def test_learn_add_defaults(capsys, db_path):
    added(capsys, db_path, "learn", "add", "Small batches show problems sooner")
    [item] = opened(db_path).learnings.all()
    assert (item.day, item.source_kind, item.worth_sharing, item.insight) == (
        NOW.date(),
        SourceKind.OTHER,
        True,
        "",
    )


def test_learn_list_prints_aligned_lines_with_the_share_debt(capsys, db_path, lessons):
    result = run_cli(capsys, "--db", str(db_path), "learn", "list")
    assert result.code == 0 and result.err == ""
    assert result.out.splitlines() == [
        f"2026-11-11  {lessons['new']}                       Standard work first  (other)",
        f"2026-11-10  {lessons['edge']}  not shared, 14 days  Stop to fix          (other)",
        f"2026-11-04  {lessons['old']}  not shared, 20 days  Go and see           (book: {WOMACK})",
        f"2026-10-15  {lessons['private']}                       My own habit         (other)",
    ]


def test_learn_list_debt_shows_only_lessons_in_debt(capsys, db_path, lessons):
    result = run_cli(capsys, "--db", str(db_path), "learn", "list", "--debt")
    assert [line.split()[1] for line in result.out.splitlines()] == [lessons["edge"], lessons["old"]]


def test_the_debt_threshold_comes_from_the_setting(capsys, db_path, lessons):
    opened(db_path).settings.set(SHARE_DEBT_SETTING, 15)
    result = run_cli(capsys, "--db", str(db_path), "learn", "list", "--debt")
    assert [line.split()[1] for line in result.out.splitlines()] == [lessons["old"]]


def test_learn_list_json_adds_share_debt_days_only_on_lessons_in_debt(capsys, db_path, lessons):
    result = run_cli(capsys, "--db", str(db_path), "learn", "list", "--json")
    data = json.loads(result.out)
    stored = {item.id: item.to_dict() for item in opened(db_path).learnings.all()}
    assert [item["title"] for item in data] == [
        "Standard work first",
        "Stop to fix",
        "Go and see",
        "My own habit",
    ]
    assert [item.get("share_debt_days") for item in data] == [None, 14, 20, None]
    for item in data:
        item.pop("share_debt_days", None)
        assert item == stored[item["id"]]
    debt_only = json.loads(run_cli(capsys, "--db", str(db_path), "learn", "list", "--debt", "--json").out)
    assert [item["share_debt_days"] for item in debt_only] == [14, 20]


def test_a_share_passing_two_lessons_clears_both_debts(capsys, db_path, lessons):
    short = added(
        capsys,
        db_path,
        "share",
        "add",
        "Lunch-and-learn on jidoka",
        "--to",
        "the  night shift",
        "--via",
        "talk",
        "--passes",
        lessons["old"],
        "--passes",
        lessons["edge"][:5].upper(),
        "--date",
        "yesterday",
        "--note",
        "Bring real parts next time.",
        "--tag",
        "team",
    )
    store = opened(db_path)
    [share] = store.shares.all()
    by_short = {item.short_id: item.id for item in store.learnings.all()}
    assert share.short_id == short and share.passes == (by_short[lessons["old"]], by_short[lessons["edge"]])
    assert (share.audience, share.channel, share.day.isoformat()) == (
        "the night shift",
        Channel.TALK,
        "2026-11-23",
    )
    assert share.notes == "Bring real parts next time." and share.tags == ("team",)
    assert run_cli(capsys, "--db", str(db_path), "learn", "list", "--debt").out == ""


def test_share_list_lines_and_json(capsys, db_path, lessons):
    first = added(capsys, db_path, "share", "add", "A3 walkthrough", "--to", "boss", "--date", "2026-11-20")
    second = added(
        capsys,
        db_path,
        "share",
        "add",
        "Deck",
        "--to",
        "plant managers",
        "--via",
        "deck",
        "--passes",
        lessons["old"],
    )
    result = run_cli(capsys, "--db", str(db_path), "share", "list")
    assert result.out.splitlines() == [
        f"2026-11-24  {second}  kaizen deck   to plant managers  Deck            passes 1",
        f"2026-11-20  {first}  conversation  to boss            A3 walkthrough",
    ]
    data = json.loads(run_cli(capsys, "--db", str(db_path), "share", "list", "--json").out)
    assert data == [
        item.to_dict() for item in sorted(opened(db_path).shares.all(), key=lambda s: s.day, reverse=True)
    ]


def test_grow_add_stores_the_goal_and_its_milestones(db_path, goal):
    [item] = opened(db_path).goals.all()
    assert item.short_id == goal and item.why == "The team copies what I do." and item.tags == ("leadership",)
    assert item.target.isoformat() == "2026-12-31" and item.status is GoalStatus.ACTIVE
    assert [m.text for m in item.milestones] == [
        "Ask before telling",
        "On the floor daily",
        "Coach Ana through an A3",
    ]
    assert item.progress == (0, 3)


def test_grow_tick_says_what_it_ticked_and_the_progress(capsys, db_path, goal):
    assert run_cli(capsys, "--db", str(db_path), "grow", "tick", goal, "1").out == (
        'ticked 1 "Ask before telling" · 1/3\n'
    )
    assert run_cli(capsys, "--db", str(db_path), "grow", "tick", goal[:4], "3").out == (
        'ticked 3 "Coach Ana through an A3" · 2/3\n'
    )
    [item] = opened(db_path).goals.all()
    assert [m.done_on for m in item.milestones] == [NOW.date(), None, NOW.date()]


def test_grow_tick_on_a_ticked_milestone_says_so_and_changes_nothing(capsys, db_path, goal):
    run_cli(capsys, "--db", str(db_path), "grow", "tick", goal, "1")
    before = db_path.read_bytes()
    result = run_cli(capsys, "--db", str(db_path), "grow", "tick", goal, "1")
    assert (result.code, result.err) == (0, "")
    assert result.out == f'already ticked 1 "Ask before telling" on {NOW.date().isoformat()} · 1/3\n'
    assert db_path.read_bytes() == before


def test_grow_untick_unticks_and_an_unticked_milestone_stays_so(capsys, db_path, goal):
    run_cli(capsys, "--db", str(db_path), "grow", "tick", goal, "2")
    result = run_cli(capsys, "--db", str(db_path), "grow", "untick", goal, "2")
    assert (result.code, result.out) == (0, 'unticked 2 "On the floor daily" · 0/3\n')
    assert opened(db_path).goals.all()[0].milestones[1].done_on is None
    before = db_path.read_bytes()
    again = run_cli(capsys, "--db", str(db_path), "grow", "untick", goal, "2")
    assert (again.code, again.out) == (0, 'already unticked 2 "On the floor daily" · 0/3\n')
    assert db_path.read_bytes() == before


def test_grow_tick_prints_the_milestone_harmlessly(capsys, db_path):
    goal = added(capsys, db_path, "grow", "add", "Odd", "--milestone", "\x1b]0;owned\x07 step")
    out = run_cli(capsys, "--db", str(db_path), "grow", "tick", goal, "1").out
    assert out.startswith('ticked 1 "') and out.endswith('" · 1/1\n')
    assert not any(ch in out for ch in "\x1b\x07")


def test_grow_list_shows_progress_and_days_left(capsys, db_path, goal):
    run_cli(capsys, "--db", str(db_path), "grow", "tick", goal, "2")
    late = added(capsys, db_path, "grow", "add", "Read a lean book a quarter", "--target", "2026-11-01")
    idea = added(capsys, db_path, "grow", "add", "Find a mentor")
    result = run_cli(capsys, "--db", str(db_path), "grow", "list")
    assert result.out.splitlines() == [
        f"{late}  active  0/0  2026-11-01  23 days overdue  Read a lean book a quarter",
        f"{goal}  active  1/3  2026-12-31  37 days left     Be the leader you want",
        f"{idea}  active  0/0                               Find a mentor",
    ]
    data = json.loads(run_cli(capsys, "--db", str(db_path), "grow", "list", "--json").out)
    assert [(g["title"], g["progress"]) for g in data][1] == (
        "Be the leader you want",
        {"done": 1, "total": 3},
    )
    assert {k: v for k, v in data[1].items() if k != "progress"} == opened(db_path).goals.get(
        data[1]["id"]
    ).to_dict()
