"""Demo PDCA problems, part one: time and flow on the shop floor (each fills a whole A3)."""

from __future__ import annotations

from typing import NamedTuple

FLOOR = (
    "line 1",
    "line 3",
    "the packing line",
    "assembly cell B",
    "the warehouse floor",
    "the shipping dock",
)


class Problem(NamedTuple):
    """One kind of struggle with everything an A3 about it needs; phrases may use {slots}."""

    tags: tuple[str, ...]
    titles: tuple[str, ...]
    struggle: str
    boss_struggle: str
    evidence: str
    unit: str
    baseline: tuple[float, float]
    target_factor: tuple[float, float]  # target = baseline * factor (below 1: less is better)
    whys: tuple[str, ...]
    root_cause: str
    hypothesis: str
    measure: str
    actions: tuple[str, ...]
    standard: str
    learned: str
    impact_unit: str
    impact_rate: float  # impact = |baseline - actual| * rate
    areas: tuple[str, ...] = FLOOR  # where this problem can happen, for {area}


CHANGEOVER = Problem(
    ("flow", "smed"),
    ("Changeovers on {area} take too long", "Cut changeover time on {area}", "Faster changeovers, {area}"),
    "Every changeover on {area} eats most of an hour and the operators dread them.",
    "{boss} keeps getting asked why {area} misses its daily output; changeovers are most of the answer.",
    "Timed {n} changeovers: {baseline} minutes on average, the longest well over an hour.",
    "minutes per changeover",
    (35, 75),
    (0.5, 0.7),
    (
        "Operators wait for tools once the line stops",
        "The tools are in the crib across the hall",
        "Nobody owns getting them ready",
        "Changeovers were never split into internal and external work",
        "We only ever timed the whole changeover, never its steps",
    ),
    "Everything is gathered after the line stops instead of before.",
    "If tools and parts are staged on a cart before the line stops, "
    "changeovers drop to {target_value} minutes.",
    "Time every changeover on the sheet by the line; weekly average",
    (
        "Filmed one changeover and watched it with {person}",
        "Split the steps into internal and external",
        "Built a changeover cart with a shadow board",
        "Trial: cart staged 15 minutes before each changeover",
        "Moved the torque wrench to the cart for good",
    ),
    "Changeover cart staged 15 minutes before every changeover; checklist on the cart; times on the board.",
    "Separating internal from external work did most of it; the cart only made it stick.",
    "minutes saved per week",
    6,
    ("line 3", "line 1", "the packing line", "the paint line", "assembly cell B"),
)

WALKING = Problem(
    ("flow", "5s"),
    ("Too much walking on {area}", "Operators walk for materials on {area}", "Point-of-use storage, {area}"),
    "The operators on {area} spend half the shift walking to get things.",
    "{boss} wants to know why {area} needs an extra person on every shift.",
    "Spaghetti diagram over one hour: {baseline} metres walked by one operator.",
    "metres walked per hour",
    (300, 900),
    (0.4, 0.6),
    (
        "Operators fetch parts from the rack by the wall",
        "The rack is where the forklift can reach",
        "Layout was planned for deliveries, not for the work",
        "Nobody measured the walking",
        "It was invisible because everyone had always done it",
    ),
    "The layout serves the delivery route, not the person doing the work.",
    "If the ten most used parts move to point-of-use bins, walking falls to {target_value} metres an hour.",
    "Spaghetti diagram, one hour, same operator, once a week",
    (
        "Drew the spaghetti diagram with {person}",
        "Listed the ten most used parts",
        "Made point-of-use bins from old crates",
        "Moved the bins and re-taped the floor",
        "Asked the forklift driver to refill from the back",
    ),
    "Top ten parts in point-of-use bins, refilled from the back twice a shift; floor tape for each bin.",
    "The operators knew exactly where the bins should go; I only had to ask.",
    "metres saved per shift",
    8,
    ("line 1", "line 3", "assembly cell B", "the packing line", "the warehouse floor", "the shipping dock"),
)

SEARCHING = Problem(
    ("5s",),
    ("Searching for tools on {area}", "Where is the gauge?", "Lost tools on {area}"),
    "People on {area} lose time every day looking for tools and gauges.",
    "{boss} signed three orders for replacement tools this quarter and asked where they all go.",
    "Asked {n} people to tally searches for a week: {baseline} minutes a day in total.",
    "minutes searching per day",
    (25, 80),
    (0.2, 0.4),
    (
        "Tools are not where people expect",
        "There is no fixed place for them",
        "Each shift sets up the bench its own way",
        "There is no shared standard for the bench",
        "Nobody was asked to agree one",
    ),
    "Tools have no agreed home, so every shift invents one.",
    "If every tool has a marked home on a shadow board, searching falls under {target_value} minutes a day.",
    "Search tally sheet on the bench, daily",
    (
        "Red-tagged the bench with both shifts",
        "Agreed a layout together over coffee",
        "Built the shadow board with {person}",
        "Added a two-minute check at shift change",
    ),
    "Shadow board on every bench, checked at each shift change; missing tools called out at the huddle.",
    "The check at shift change mattered more than the board itself.",
    "minutes saved per week",
    5,
    ("the maintenance bench", "assembly cell B", "the test bench", "line 1"),
)

WAITING_QC = Problem(
    ("flow", "quality"),
    ("Parts wait for inspection on {area}", "Queue at the inspection bench", "First-article wait, {area}"),
    "Finished parts sit for hours before anyone inspects them.",
    "{boss} is chasing late shipments and asked me to find out where the days go.",
    "Followed {n} orders: {baseline} hours waiting in front of inspection on average.",
    "hours waiting for inspection",
    (4, 20),
    (0.3, 0.5),
    (
        "Inspection is done in batches",
        "The inspector comes twice a day",
        "Inspection is a separate department",
        "We believed only inspectors could check parts",
        "Nobody asked whether operators could do the first check",
    ),
    "Inspection is a batch process owned by another department.",
    "If operators do the first check with a go/no-go gauge, waiting drops to {target_value} hours.",
    "Time stamps on the traveller: finished and inspected",
    (
        "Mapped the waiting with {person}",
        "Made a go/no-go gauge with maintenance",
        "Trained {n} operators on the gauge",
        "Inspector now audits instead of checking everything",
    ),
    "Operators check the first part with the go/no-go gauge; the inspector audits two parts a shift.",
    "Quality at the source also meant trusting people, which took longer than making the gauge.",
    "hours of lead time saved per week",
    3,
    ("line 3", "line 1", "assembly cell B", "the paint line", "the test bench"),
)

OVERTIME = Problem(
    ("flow", "boss"),
    ("Overtime on {area}", "Why are we always late on {area}?", "Level the load on {area}"),
    "The same people stay late on {area} every Thursday and Friday.",
    "{boss} is struggling with the overtime budget for {area}; it is the number upstairs asks about.",
    "Payroll says {baseline} hours of overtime a week on average over the last quarter.",
    "overtime hours per week",
    (15, 45),
    (0.4, 0.7),
    (
        "The work piles up at the end of the week",
        "Orders are released in one batch on Monday",
        "Planning releases everything at once",
        "The planning tool groups orders by customer",
        "It was set up that way years ago and never questioned",
    ),
    "Orders are released as one weekly batch instead of level daily amounts.",
    "If orders are released in level daily amounts, overtime falls to {target_value} hours a week.",
    "Weekly overtime from payroll, plotted on the board",
    (
        "Sat with planning for a morning with {person}",
        "Built a simple heijunka box from cardboard",
        "Trial: release one fifth of the week each day",
        "Reviewed Thursday and Friday loads with {boss}",
    ),
    "Orders released daily from the heijunka box; load reviewed at Monday's huddle.",
    "The problem was two departments away from where it showed.",
    "overtime hours saved per month",
    4,
    (
        "the shipping dock",
        "the packing line",
        "line 1",
        "line 3",
        "the warehouse floor",
        "the receiving dock",
    ),
)

HANDOFF = Problem(
    ("team", "standard-work"),
    ("Shift handover loses information", "Handover on {area}", "Nights do not know what days know"),
    "Every morning starts with twenty minutes of 'what happened overnight?'",
    "{boss} gets surprised in the morning meeting by problems the night shift already knew about.",
    "Over two weeks, {baseline} issues per week were found in the morning that nights already knew.",
    "lost issues per week",
    (6, 18),
    (0.2, 0.4),
    (
        "Issues are passed on verbally",
        "The shifts overlap by five minutes",
        "There is no handover format",
        "Each supervisor does it their own way",
        "Nobody treated handover as work that needs a standard",
    ),
    "Handover has no standard and almost no time.",
    "If handover uses a one-page board and a 15-minute overlap, lost issues drop to {target_value} a week.",
    "Tally of issues found in the morning that nights knew about",
    (
        "Drafted a handover board with {person}",
        "Agreed a 15-minute overlap with {boss}",
        "Tried the board for two weeks",
        "Added a photo section for machine problems",
    ),
    "Handover board filled by the outgoing lead; 15-minute overlap at the board every shift change.",
    "People were happy to write things down once there was a place for it.",
    "issues caught per month",
    4,
    ("line 1", "line 3", "the shipping dock", "the warehouse floor"),
)

BREAKDOWNS = Problem(
    ("quality", "maintenance"),
    ("The press on {area} keeps stopping", "Minor stops on {area}", "Autonomous maintenance trial"),
    "The press on {area} stops several times a shift for small things.",
    "{boss} has to explain the output gap on {area} every week and is tired of it.",
    "Logged stops for a week: {baseline} minor stops per shift.",
    "minor stops per shift",
    (8, 25),
    (0.3, 0.5),
    (
        "Sensors get dirty and trip",
        "Nobody cleans them during the shift",
        "Cleaning is seen as maintenance's job",
        "Operators were told not to touch the machine",
        "An old rule from after an accident years ago",
    ),
    "Small cleaning and checks are nobody's job during the shift.",
    "If operators clean and check the sensors at shift start, minor stops drop to {target_value} a shift.",
    "Stop log by the press, counted per shift",
    (
        "Listed every stop cause with {person}",
        "Agreed a safe cleaning standard with maintenance",
        "Made a three-minute start-of-shift check card",
        "Reviewed the stop log every Friday",
    ),
    "Three-minute start-of-shift clean and check by the operator; maintenance audits weekly.",
    "The old rule had a good reason once; we replaced it with a safe standard instead of ignoring it.",
    "minutes of downtime saved per week",
    12,
    ("line 1", "line 3", "assembly cell B"),
)

PROBLEMS_FLOOR = (CHANGEOVER, WALKING, SEARCHING, WAITING_QC, OVERTIME, HANDOFF, BREAKDOWNS)
