"""Pure PDCA services: stage gates, moves and decisions, ordering, timing and timelines (no textual)."""

from lean_journal.pdca.flow import (
    RECHECK_DAYS,
    cycle_number,
    decide,
    drop,
    gates_between,
    is_forward,
    move,
    new_card,
    next_cycle,
    next_stage,
    previous_stage,
)
from lean_journal.pdca.gates import GATES, GateBlocked, is_empty, label_list, missing_to_leave
from lean_journal.pdca.ordering import append_position, swap_positions
from lean_journal.pdca.timeline import TimelineItem, mentions, timeline
from lean_journal.pdca.timing import (
    DEFAULT_WIP_LIMIT,
    WIP_LIMIT_KEY,
    cycle_time,
    days_in_stage,
    parse_wip_limit,
    time_in_stages,
    wip_exceeded,
    wip_limit_from,
)
from lean_journal.pdca.wording import (
    DECISION_HELP,
    FIELD_LABELS,
    decision_notice,
    describe_error,
    field_label,
    required_reason,
)

__all__ = [
    "DECISION_HELP",
    "DEFAULT_WIP_LIMIT",
    "FIELD_LABELS",
    "GATES",
    "RECHECK_DAYS",
    "WIP_LIMIT_KEY",
    "GateBlocked",
    "TimelineItem",
    "append_position",
    "cycle_number",
    "cycle_time",
    "days_in_stage",
    "decide",
    "decision_notice",
    "describe_error",
    "drop",
    "field_label",
    "gates_between",
    "is_empty",
    "is_forward",
    "label_list",
    "mentions",
    "missing_to_leave",
    "move",
    "new_card",
    "next_cycle",
    "next_stage",
    "parse_wip_limit",
    "previous_stage",
    "required_reason",
    "swap_positions",
    "time_in_stages",
    "timeline",
    "wip_exceeded",
    "wip_limit_from",
]
