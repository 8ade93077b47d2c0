"""Phrase banks for demo journal entries: how good and bad days sound, reflections, and card mentions."""

from __future__ import annotations

ONE_LINERS = (
    "Firefighting all day. No kaizen, no gemba. Tomorrow.",
    "Good day. The board is green and {person} ran the huddle.",
    "Tired. Wrote nothing useful. Showing up counts.",
    "Meetings from 8 to 5. Did not see the floor once.",
    "Quick note: {person} fixed the label printer for good.",
    "Walked {area}. Quiet, steady, nothing to add.",
    "Off-site training all day. Notes tomorrow.",
    "Short one: patience.",
    "Noticed three problems on {area}, wrote one card.",
    "Day of audits. The plant looked its best, which is not the same as being its best.",
)

LOW_DAY = (
    "Honestly a rough day. Everything I touched turned into a meeting.",
    "Feeling like the only one who cares about any of this.",
    "{boss} cancelled the gemba walk again. Third time this month.",
    "Overtime again on {area}. Everyone is tired, me included.",
    "A week of firefighting. The board has not moved.",
    "Not much energy today. Did the minimum and went home.",
)

GOOD_DAY = (
    "A good day. The kind that makes the slow ones worth it.",
    "{person} solved it before I even heard about it. That is the whole point.",
    "Felt like the practice is finally becoming habit, for me and for the team.",
    "Left on time with a clear head.",
    "Someone from another department asked how we run our huddle.",
)

REFLECTIONS = (
    "Lean is a long journey. Expect it to take time.",
    "We do not change the world by trying to change other people. We change ourselves and help others.",
    "Be the leader you want. Today I was about half of that.",
    "Patience and persistence. Mostly persistence.",
    "The struggle is where the learning is. I keep wanting to skip it.",
    "No problem is a problem.",
    "Go and see, ask why, show respect.",
    "Learn. Share. Grow. Today was mostly learn.",
    "Results that matter to the boss will matter. Stick to the principles to get them.",
    "Small steps, every day. Not heroic ones.",
    "If I am not curious about it, I should not pretend to coach it.",
)

HEADINGS = {
    "saw": ("## What I saw", "## On the floor", "### Observations"),
    "notes": ("## Notes", "### Jotted down", "## Points to remember"),
    "next": ("## Next", "### Tomorrow", "## To try"),
    "reflect": ("## Reflection", "### Thinking about it", "## Learned"),
}

NEXT_STEPS = (
    "Ask {person} how the trial went",
    "Update the board before the huddle",
    "Book time with {boss}",
    "Go back to {area} at shift change",
    "Write the card instead of carrying it in my head",
    "Measure before arguing",
    "Say thank you to {other}",
    "Read one chapter, not five",
)

CARD_MENTIONS = {
    "struggle": (
        "New struggle on the board: {title} ({ref}).",
        "Wrote up a struggle as {ref}: {title}.",
    ),
    "plan": (
        "Spent an hour on the plan for {ref}; the root cause is less obvious than I thought.",
        "Started the A3 for {ref} ({title}).",
    ),
    "do": (
        "Started the experiment for {ref} today.",
        "Moved {ref} to Do. {hypothesis}",
    ),
    "check": (
        "Checked the results for {ref}: {result}",
        "Check on {ref} with {person}. {result}",
    ),
    "act": (
        "Deciding what to do with {ref}. {learned}",
        "Act step for {ref}: {learned}",
    ),
    "done": (
        "Closed {ref} ({title}). {standard}",
        "Finished the cycle on {ref}. {next_step}",
    ),
    "dropped": (
        "Dropped {ref}. {drop_reason}",
        "Let go of {ref} ({title}). {drop_reason}",
    ),
}
