"""`learn`, `share` and `grow`: add and list Learn · Share · Grow items, and tick or untick milestones."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from typing import TypeVar

from lean_journal.cli.commands import (
    note_backup_problem,
    note_on_terminal,
    note_set_aside,
    open_store,
    open_to_read,
    utf8_text,
)
from lean_journal.cli.errors import EXIT_OK, CliError, UsageError
from lean_journal.cli.growth_output import (
    days_text,
    goal_json,
    goal_lines,
    goal_order,
    json_text,
    learn_json,
    learn_lines,
    milestone_line,
    share_lines,
    use_colour,
)
from lean_journal.cli.output import write_stdout
from lean_journal.clock import Clock
from lean_journal.growth.debt import SHARE_DEBT_SETTING, debt_days, share_debt
from lean_journal.growth.goals import marked, milestone
from lean_journal.growth.links import LinkError, find_id, resolve
from lean_journal.model import Goal, Learning, Milestone, Share, ValidationError
from lean_journal.model.growth import LINKABLE
from lean_journal.store import Store

Action = Callable[[argparse.Namespace, Clock, Mapping[str, str]], int]
Item = TypeVar("Item", Learning, Share, Goal)


def _typed(args: argparse.Namespace, *names: str) -> dict[str, str]:
    """The text arguments `names`, each checked to be saveable UTF-8."""
    return {name: utf8_text(getattr(args, name), f"--{name}") for name in names}


def _build(make: Callable[[], object]) -> object:
    """A model object made only of what was typed: a bad value is a bad flag (exit 2)."""
    try:
        return make()
    except ValidationError as error:
        raise UsageError(str(error)) from None


def _saved(store: Store, short_id: str) -> int:
    """Say where the save went wrong, print the new item's short id, and succeed."""
    note_backup_problem(store)
    write_stdout(f"{short_id}\n")
    note_set_aside(store)
    return EXIT_OK


def _debt(store: Store, clock: Clock, days: int) -> dict[str, int]:
    """Learn item id → days in share debt today, lessons counting once `days` old."""
    return share_debt(store.learnings.all(), store.shares.all(), clock.today(), days)


def learn_add(args: argparse.Namespace, clock: Clock, environ: Mapping[str, str]) -> int:
    """Add a learn item and print its short id."""
    text = _typed(args, "title", "insight", "source")
    now = clock.now()
    item = _build(
        lambda: Learning(
            title=text["title"],
            day=args.date or clock.today(),
            created=now,
            updated=now,
            insight=text["insight"].strip(),
            source_kind=args.source_kind,
            source=" ".join(text["source"].split()),
            tags=tuple(args.tag),
            worth_sharing=not args.not_worth_sharing,
        )
    )
    assert isinstance(item, Learning)
    store = open_store(args, clock, environ, looks_up=_looked_up("document", args.link))
    store.learnings.add(_linked(store, item, args.link, LINKABLE["learn"]))
    return _saved(store, item.short_id)


def learn_list(args: argparse.Namespace, clock: Clock, environ: Mapping[str, str]) -> int:
    """Print learn items newest first (only those in share debt with --debt), as lines or JSON."""
    store = open_to_read(args, clock, environ)
    days = debt_days(store.settings.get(SHARE_DEBT_SETTING))
    debt = _debt(store, clock, days)
    items = [item for item in store.learnings.list() if not args.debt or item.id in debt]
    if args.json:
        write_stdout(json_text(learn_json(items, debt)))
    else:
        write_stdout(learn_lines(items, debt, colour=use_colour(environ)))
        if args.debt and not items:
            note_on_terminal(f"nothing in share debt (lessons worth sharing wait {days_text(days)})")
    note_set_aside(store)
    return EXIT_OK


def share_add(args: argparse.Namespace, clock: Clock, environ: Mapping[str, str]) -> int:
    """Add a share item passing on the learn items named, and print its short id."""
    text = _typed(args, "title", "audience", "note")
    day = args.date or clock.today()
    now = clock.now()
    looks_up = _looked_up("learn item", args.passes) or _looked_up("document", args.link)
    store = open_store(args, clock, environ, looks_up=looks_up)
    passes = [_learn_item(store, typed) for typed in dict.fromkeys(args.passes)]
    for learned in passes:
        if learned.day > day:
            raise UsageError(
                f"the share is dated {day}, before learn item {learned.short_id} was learned ({learned.day})"
            )
    item = _build(
        lambda: Share(
            title=text["title"],
            day=day,
            created=now,
            updated=now,
            audience=text["audience"],
            channel=args.via,
            passes=tuple(learned.id for learned in passes),
            notes=text["note"].strip(),
            tags=tuple(args.tag),
        )
    )
    assert isinstance(item, Share)
    store.shares.add(_linked(store, item, args.link, LINKABLE["share"]))
    return _saved(store, item.short_id)


def _looked_up(noun: str, typed: Sequence[str]) -> str:
    """What a command must find in the journal: "learn item 'c6a9'", "learn items 'c6a9', '9081'"."""
    if not typed:
        return ""
    return f"{noun}{'s' if len(typed) > 1 else ''} {', '.join(repr(one) for one in typed)}"


def _learn_item(store: Store, typed: str) -> Learning:
    """The learn item `--passes` names by its short id, or a one-line error (exit 1)."""
    try:
        return store.learnings.get(find_id(store, "learn", typed))
    except LinkError as error:
        raise CliError(f"--passes: {error}") from None


def _linked(store: Store, item: Item, typed: Sequence[str], kinds: tuple[str, ...]) -> Item:
    """`item` linking the documents `--link` names (in order, once each), or a one-line error (exit 1)."""
    try:
        links = tuple(dict.fromkeys(resolve(store, one, kinds) for one in dict.fromkeys(typed)))
    except LinkError as error:
        raise CliError(f"--link: {error}") from None
    return replace(item, links=links)


def share_list(args: argparse.Namespace, clock: Clock, environ: Mapping[str, str]) -> int:
    """Print share items newest first, as lines or JSON."""
    store = open_to_read(args, clock, environ)
    items = store.shares.list()
    write_stdout(json_text([i.to_dict() for i in items]) if args.json else share_lines(items))
    note_set_aside(store)
    return EXIT_OK


def grow_add(args: argparse.Namespace, clock: Clock, environ: Mapping[str, str]) -> int:
    """Add a goal with its milestones and print its short id."""
    text = _typed(args, "title", "why")
    milestones = [utf8_text(m, "--milestone") for m in args.milestone]
    now = clock.now()
    item = _build(
        lambda: Goal(
            title=text["title"],
            created=now,
            updated=now,
            why=text["why"].strip(),
            target=args.target,
            milestones=tuple(Milestone(m) for m in milestones),
            tags=tuple(args.tag),
        )
    )
    assert isinstance(item, Goal)
    store = open_store(args, clock, environ, looks_up=_looked_up("document", args.link))
    store.goals.add(_linked(store, item, args.link, LINKABLE["goal"]))
    return _saved(store, item.short_id)


def _goal(store: Store, typed: str) -> Goal:
    """The goal a typed id names, or a one-line error (exit 1)."""
    try:
        return store.goals.get(find_id(store, "goal", typed))
    except LinkError as error:
        raise CliError(str(error)) from None


def _mark(args: argparse.Namespace, clock: Clock, environ: Mapping[str, str], *, done: bool) -> int:
    """Mark milestone N of a goal done today (or not done) and say what happened, with the progress."""
    store = open_store(args, clock, environ, looks_up=_looked_up("goal", [args.goal]))
    goal = _goal(store, args.goal)
    try:
        done_on = milestone(goal, args.number).done_on
    except ValueError as error:
        raise CliError(f"{goal.short_id}: {error}") from None
    if (done_on is not None) == done:
        write_stdout(milestone_line(f"already {'ticked' if done else 'unticked'}", goal, args.number))
        return EXIT_OK
    stored = store.goals.update(marked(goal, args.number, clock.today() if done else None))
    note_backup_problem(store)
    write_stdout(milestone_line("ticked" if done else "unticked", stored, args.number))
    note_set_aside(store)
    return EXIT_OK


def grow_tick(args: argparse.Namespace, clock: Clock, environ: Mapping[str, str]) -> int:
    """Tick milestone N of a goal (done today) and print `ticked 2 "…" · 2/3` (already done: unchanged)."""
    return _mark(args, clock, environ, done=True)


def grow_untick(args: argparse.Namespace, clock: Clock, environ: Mapping[str, str]) -> int:
    """Untick milestone N of a goal and print `unticked 2 "…" · 1/3` (not done: unchanged)."""
    return _mark(args, clock, environ, done=False)


def grow_list(args: argparse.Namespace, clock: Clock, environ: Mapping[str, str]) -> int:
    """Print goals (those under way first, soonest target first) with progress and days left, or JSON."""
    store = open_to_read(args, clock, environ)
    items = sorted(store.goals.list(), key=goal_order)
    if args.json:
        write_stdout(json_text(goal_json(items)))
    else:
        write_stdout(goal_lines(items, clock.today(), colour=use_colour(environ)))
    note_set_aside(store)
    return EXIT_OK


ACTIONS: dict[tuple[str, str], Action] = {
    ("learn", "add"): learn_add,
    ("learn", "list"): learn_list,
    ("share", "add"): share_add,
    ("share", "list"): share_list,
    ("grow", "add"): grow_add,
    ("grow", "tick"): grow_tick,
    ("grow", "untick"): grow_untick,
    ("grow", "list"): grow_list,
}


def cmd_growth(args: argparse.Namespace, clock: Clock, environ: Mapping[str, str]) -> int:
    """Run `learn`, `share` or `grow` with the action chosen."""
    return ACTIONS[(args.command, args.action)](args, clock, environ)
