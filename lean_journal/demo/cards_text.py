"""Phrase banks for demo PDCA cards that fit any problem: results, decisions, drops, history notes."""

from __future__ import annotations

DROP_REASONS = {
    "struggle": (
        "Not mine to solve: {person}'s team already owns it.",
        "Went away by itself when the new schedule started.",
        "A one-off. It has not come back in a month.",
        "Too big for a personal experiment; handed it to the plant improvement team.",
        "Merged into a bigger struggle on the board.",
    ),
    "plan": (
        "Could not get a baseline without a week of manual counting; parked it.",
        "The layout change next quarter will make this moot.",
        "{boss} asked me to focus on overtime first.",
        "The root cause is outside my area; passed the A3 to {person}.",
    ),
    "do": (
        "The line was reorganised before the trial finished; the problem no longer exists.",
        "{person} left and nobody else could run the trial.",
        "The trial cost more than the problem does.",
    ),
    "check": (
        "The product mix changed mid-trial; the data cannot tell us anything.",
        "Results too noisy to judge; not worth another month.",
    ),
    "act": (
        "Abandoned: the countermeasure did not move the number.",
        "Abandoned: it worked, but it cost the team more time than it saved.",
        "Abandoned: the operators found a better way during the trial; testing that next.",
    ),
}

RESULTS = {
    "adopt": (
        "Averaged {actual} {unit} over {weeks} weeks, against a baseline of {baseline}. Target met.",
        "{actual} {unit} at the check, down from {baseline}. The operators want to keep it.",
        "Hit {actual} {unit}; held for {weeks} weeks straight.",
    ),
    "adapt": (
        "Got to {actual} {unit} from {baseline}: better, but short of the {target_value} target.",
        "Improved to {actual} {unit} on day shift only; nights stayed near {baseline}.",
    ),
    "abandon": (
        "No real change: {actual} {unit} against a baseline of {baseline}.",
        "Worse at first, then back to {actual} {unit}. The countermeasure did not touch the cause.",
    ),
}

OBSERVATIONS = (
    "The spread narrowed too: the worst day was close to the average.",
    "Night shift lagged about a week behind day shift.",
    "{person} kept the tally every day without being reminded.",
    "The two bad days were both Mondays after a long weekend.",
    "The operators' own notes explain most of the outliers.",
    "Nobody asked to go back to the old way.",
    "{other} found a side effect nobody planned for: less scrap.",
)

NEXT_STEPS = {
    "adopt": (
        "Recheck in 30 and 90 days; share the standard with the other shift.",
        "Teach it to {person} so it does not depend on me.",
        "Show {boss} the before and after in the monthly summary.",
    ),
    "adapt": (
        "Run a second cycle on the part that did not move.",
        "Try the same countermeasure on nights with {person} leading it.",
    ),
    "abandon": (
        "Back to the root cause: the whys stopped too early.",
        "Go and see again before planning anything new.",
    ),
}

LEARNED_EXTRA = (
    "Measuring before and after settled an argument nobody could win by talking.",
    "The people doing the work had the answer; the A3 just gave them a place to say it.",
    "Plan took longer than Do, which is how it should be.",
    "I guessed the root cause wrong the first time.",
    "Small trials are cheap; I should run more of them.",
)

HISTORY_NOTES = {
    "struggle": ("Noticed it on the gemba walk.", "Raised at the huddle.", "", ""),
    "plan": ("Started the A3.", "", "Enough evidence to plan."),
    "do": ("Trial starts.", "", "Agreed with the team."),
    "check": ("Time to look at the numbers.", ""),
    "act": ("", "Results in."),
    "done": ("", "Standard in place."),
    "dropped": ("", "Letting it go."),
}

PLAIN_SOURCES = ("me", "me", "me", "gemba walk", "huddle", "team: {person}", "")

PLAIN_ACTIONS = (
    "Reviewed the numbers with {person}",
    "Explained the trial at the huddle",
    "Adjusted the trial after the first week",
    "Asked {other} for feedback from the night shift",
    "Went back to {area} to see it running",
)

RECHECK_HELD = (
    "Still the standard; nobody went back.",
    "Went and saw: it holds.",
    "Holding; the checklist is in daily use.",
    "Numbers still at the new level.",
    "",
)
RECHECK_SLIPPED = (
    "Slipped back during the busy weeks.",
    "Half the team stopped; walk them through it again.",
    "The old habit crept back when the new people started.",
)
