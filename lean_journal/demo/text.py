"""Phrase banks for demo journal entries: the shop-floor themes (gemba, 5S, standard work, flow...)."""

from __future__ import annotations

from typing import NamedTuple


class Theme(NamedTuple):
    """What one kind of day sounds like: titles, opening lines, middles and bullet points."""

    tag: str
    related: tuple[str, ...]
    weight: tuple[float, float]  # how likely early in the practice, and ten years on
    titles: tuple[str, ...]
    openers: tuple[str, ...]
    middles: tuple[str, ...]
    bullets: tuple[str, ...]


GEMBA = Theme(
    "gemba",
    ("flow", "quality", "team"),
    (3.0, 2.0),
    (
        "Gemba walk on {area}",
        "Went and saw",
        "{weekday} gemba",
        "Standing in the circle at {area}",
        "What the floor told me",
    ),
    (
        "Walked {area} at the start of the shift and mostly kept my mouth shut.",
        "Spent {minutes} minutes standing in one spot on {area}, just watching.",
        "Did the gemba walk with {person} this morning.",
        "Short walk today: {area}, then the whiteboard by shipping.",
        "Went to see instead of reading the report.",
    ),
    (
        "The numbers on the board said green, but {person} had a pile of parts waiting beside the press.",
        "Counted {n} times an operator walked to the same cabinet for gloves.",
        "I asked 'what got in your way today?' and got a real answer for once.",
        "{person} showed me a workaround nobody had written down; it is better than the standard.",
        "The problem is never where the meeting said it would be.",
        "Resisted the urge to fix it on the spot. Asked questions instead and wrote the rest down.",
        "Half the waiting on {area} comes from information, not material: people waiting for a decision.",
        "Noticed I was walking too fast. Slowed down and saw twice as much.",
        "The night shift leaves notes for the day shift on cardboard. That is a system someone built.",
        "The operators stopped talking when I arrived. Still too much 'the manager is here'. Keep coming "
        "until I am furniture.",
        "{other} pointed at a leaking fitting and said it has been like that for weeks. Weeks. Nobody "
        "thought it was worth a card.",
        "Stood at the end of {area} and watched the output instead of the people. The rhythm breaks every "
        "few minutes, always at the same station.",
    ),
    (
        "Parts waiting at the press",
        "Gloves kept too far from the station",
        "Whiteboard last updated Monday",
        "Two people doing the same count",
        "A standard nobody follows because it is wrong",
        "A good idea from {person} that deserves a card",
        "Forklift route crosses the walkway twice",
    ),
)

FIVE_S = Theme(
    "5s",
    ("kaizen", "team"),
    (3.0, 1.0),
    ("5S on {area}", "Red tags", "Sort, then set in order", "Shadow board day", "Sustain is the hard one"),
    (
        "Red-tag morning on {area} with {person} and {other}.",
        "We did the sort step at the workbench on {area}.",
        "Checked how the 5S from last month is holding up.",
        "Quick 5S audit on {area}, {minutes} minutes.",
    ),
    (
        "Filled the red-tag area in under an hour: {n} things nobody could explain.",
        "The shadow board works as long as somebody notices the empty outline. Nobody did this week.",
        "{person} asked why we bother if it gets messy again. "
        "Fair question; the answer is sustain, and that is on me.",
        "Set in order only sticks when the people who use the tools decide where they live.",
        "Marked floor locations with tape. By lunch a pallet was parked on one of them.",
        "I keep treating 5S as a cleaning day. It is about making problems visible.",
        "The audit score went up but the searching did not go down. Wrong measure.",
        "{other} labelled every drawer on the bench in one afternoon. Nobody asked them to.",
        "We found three identical torque wrenches in three different drawers and none where they were "
        "needed.",
        "5S is the easiest thing to start and the hardest to keep. Like this journal.",
    ),
    (
        "Sort: {n} red tags",
        "Set in order: tape for the carts",
        "Shine: the bench under the window",
        "Standardise: photo of the good state on the wall",
        "Sustain: two-minute check at shift start",
        "Ask {person} to own the weekly check",
    ),
)

STANDARD_WORK = Theme(
    "standard-work",
    ("quality", "flow"),
    (1.5, 2.0),
    (
        "Standard work for {area}",
        "Writing down the best way we know",
        "The standard is the baseline",
        "Job breakdown with {person}",
    ),
    (
        "Wrote the first draft of standard work for {area} with {person}.",
        "Watched three operators do the same job three different ways.",
        "Reviewed the standard work sheets on {area}; half are older than the machines.",
    ),
    (
        "A standard is not a rule from above; it is today's best known way, so we can see when it changes.",
        "{person} was worried the standard would be used against people. I said it is for finding problems, "
        "not people. I hope I can live up to that.",
        "Timed the cycle {n} times. The spread matters more than the average.",
        "Without a standard there is no kaizen, only change.",
        "The key points column is where the real knowledge lives. The steps are the easy part.",
        "Posted the sheet at eye height instead of in the binder. Small thing, big difference.",
        "{other} found a step that everyone skips because it is pointless. We removed it from the "
        "standard. That is how it should work.",
        "The new standard took a week to write and ten minutes to explain, which is about the right ratio.",
        "When the standard is followed and the result is still bad, the standard is the problem, not the "
        "person.",
    ),
    (
        "Major steps",
        "Key points: why each one matters",
        "Cycle time spread: {n} seconds",
        "Picture of the good part",
        "Review date in a month",
        "Who to call when it does not work",
    ),
)

KANBAN = Theme(
    "kanban",
    ("flow",),
    (1.0, 1.5),
    ("Kanban loop for {area}", "Pull, not push", "Two-bin trial", "Empty bin, full signal"),
    (
        "Set up a two-bin kanban for fasteners on {area}.",
        "The kanban cards keep disappearing into pockets.",
        "Looked at the supermarket between {area} and assembly.",
    ),
    (
        "The bins are the easy part; the hard part is agreeing who refills them and when.",
        "We ran out once this week. Good: the system showed us the card count is wrong.",
        "{person} wants more cards 'just in case'. More cards hide the problem the kanban is meant to show.",
        "Pulling to a signal feels slower until you notice nobody is expediting any more.",
        "Counted the inventory between stations: {n} days of work sitting still.",
        "The supplier liked the kanban more than we did: steady orders instead of panicked phone calls.",
        "We pulled two cards out of the loop to see what breaks. Nothing did, so they stay out.",
        "A kanban without a refill rule is just a box with a card in it.",
    ),
    (
        "Card count: {n}",
        "Refill at 10:00 and 14:00",
        "Red card means stop and call",
        "Supermarket labels",
        "Who owns the loop: {person}",
    ),
)

KAIZEN = Theme(
    "kaizen",
    ("team", "learning"),
    (2.0, 2.0),
    (
        "Small kaizen",
        "A better way by Friday",
        "Kaizen board review",
        "One small thing",
        "Kaizen idea from {person}",
    ),
    (
        "Another small #kaizen today, nothing dramatic.",
        "{person} put a kaizen idea on the board without being asked.",
        "Kaizen board review with the team.",
        "Tried one small change on {area}.",
    ),
    (
        "The idea was tiny: move the scanner {minutes} centimetres. It saves a reach on every part.",
        "Ideas on the board this month: {n}. Done: fewer than I would like, but more than last month.",
        "I promised to answer every idea within a week. This week I was late on two. Fix that first.",
        "Big improvements come from lots of boring little ones. I need to stop waiting for the big one.",
        "A kaizen that the team made beats a better one I make for them.",
        "Wrote a short thank-you note to {person}. It mattered more than the saving did.",
        "{other} asked if a kaizen has to save money. No: safer, easier and less frustrating all count.",
        "We tried an idea, it failed, and we wrote down why. That counts as a kaizen too.",
        "Posted the before and after photos by the coffee machine. More people read those than any email.",
    ),
    (
        "Idea: {person}",
        "Try it for a week",
        "Measure before and after",
        "Thank the people who did it",
        "Share with the other shift",
    ),
)

FLOW = Theme(
    "flow",
    ("gemba",),
    (1.0, 1.5),
    ("Where does the work wait?", "Flow on {area}", "Batch sizes", "Following one order through"),
    (
        "Followed one order from receiving to shipping today.",
        "Mapped the flow of {area} on brown paper with {person}.",
        "Looked at where work waits on {area}.",
    ),
    (
        "Touch time about {minutes} minutes; lead time {n} days. The rest is waiting.",
        "The biggest queue is in front of the inspection bench, which nobody had on the list.",
        "Smaller batches would help, but changeovers make everyone want big ones. That is the real problem.",
        "It is humbling to walk the path of a part. It travels further than any of us do in a day.",
        "The order spent a whole day waiting for a signature. Waste is not only on the floor.",
        "Moved two benches closer together and the work stopped piling up between them. Obvious afterwards.",
        "{other} asked why we make a week's worth of one part and then a week of another. Nobody had a "
        "better answer than habit.",
        "Flow exposes every problem at once. No wonder people like their buffers.",
    ),
    (
        "Lead time: {n} days",
        "Touch time: {minutes} minutes",
        "Biggest queue: inspection",
        "Batch size drivers",
        "Signatures in the office",
    ),
)

SHOP_FLOOR = (GEMBA, FIVE_S, STANDARD_WORK, KANBAN, KAIZEN, FLOW)
