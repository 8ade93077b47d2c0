"""Phrase banks for demo journal entries: the cast and the people themes (coaching, A3s, the boss...)."""

from __future__ import annotations

from lean_journal.demo.text import Theme

BOSSES = ("Frank", "Maria", "Dev", "Karen")
TEAM = (
    "Ana",
    "Ben",
    "Chen",
    "Dario",
    "Eva",
    "Femi",
    "Greta",
    "Hiro",
    "Ines",
    "Jon",
    "Kofi",
    "Lena",
    "Marco",
    "Nadia",
    "Oskar",
    "Priya",
)
AREAS = (
    "line 3",
    "line 1",
    "the packing line",
    "the receiving dock",
    "the warehouse floor",
    "assembly cell B",
    "the paint line",
    "maintenance",
    "the shipping dock",
    "the test bench",
)

COACHING = Theme(
    "coaching",
    ("team", "learning"),
    (0.5, 3.0),
    ("Coaching {person}", "Five questions with {person}", "Coaching cycle", "Asking, not telling"),
    (
        "Coaching session with {person} on the improvement board.",
        "Ran through the five coaching questions with {person}.",
        "{person} asked me to coach them on their first A3.",
    ),
    (
        "I caught myself giving the answer again. Next time: ask what they expect to happen, then wait.",
        "What is the target condition? What is the actual condition now? What obstacles are in the way? "
        "{person} got stuck on the second one, which is exactly where the learning is.",
        "Silence is a coaching tool. I counted to ten and {person} filled it with a better idea than mine.",
        "{person} is ready to coach {other}. I should get out of the way.",
        "The learner owns the card; I own the questions.",
        "Coaching takes longer than telling. It is the only thing that still works when I am not there.",
        "{other} asked me to stop coaching and just tell them. I did, this once, and explained why I "
        "usually do not.",
        "Good coaching leaves the learner feeling smart, not the coach.",
        "We agreed on a next step small enough to try before Friday.",
    ),
    (
        "Target condition: clear",
        "Actual condition: guessed, not measured",
        "Next step: go and see",
        "When can we see what you learned from that step?",
        "Let {person} run the next review",
    ),
)

A3 = Theme(
    "a3",
    ("learning", "coaching"),
    (0.8, 2.0),
    (
        "A3 on {area}",
        "One sheet of paper",
        "Background, current condition, root cause",
        "A3 review with {boss}",
    ),
    (
        "Worked on the #a3 for {area} at lunch.",
        "Reviewed {person}'s A3 draft.",
        "Took my A3 to {boss} for a first look.",
    ),
    (
        "The left side of the A3 is most of the work. "
        "If the current condition is fuzzy, everything after it is a guess.",
        "Rewrote the problem statement three times. It still had a solution hidden in it.",
        "{boss} read it in five minutes and asked the one question I had avoided.",
        "An A3 is a conversation written down, not a form to fill in.",
        "The 5 whys went sideways at the third why. Went back to the floor to check instead of guessing.",
        "I do not need a perfect A3. I need one that makes the next experiment obvious.",
        "{other} drew the current condition as a picture instead of text. Much clearer. Stealing that.",
        "The target is still vague: 'better' is not a target. Back to the numbers.",
        "Filed the finished A3 in the binder by the board, where anyone can read it.",
    ),
    (
        "Background",
        "Current condition with numbers",
        "Target",
        "Root cause (checked, not assumed)",
        "Countermeasures",
        "Follow-up date",
    ),
)

BOSS = Theme(
    "boss",
    ("team",),
    (1.5, 2.0),
    (
        "One-to-one with {boss}",
        "What is {boss} struggling with?",
        "Monthly report for {boss}",
        "Managing up",
        "{boss} came to the floor",
    ),
    (
        "Asked {boss} what they are struggling with this month.",
        "Sent {boss} the monthly kaizen summary, one page, nobody asked for it.",
        "One-to-one with {boss}.",
        "{boss} came to the gemba with me today. First time in months.",
    ),
    (
        "{boss} is under pressure about overtime. That is a struggle I can PDCA on.",
        "The report got a reply: 'keep sending these'. Patience and persistence.",
        "{boss} still thinks lean is a project with an end date. "
        "I am not going to win that argument by arguing.",
        "Top management commitment would be nice. Until then: do it in my own area and show the results.",
        "{boss} asked the operators questions instead of giving orders. Small, but I noticed.",
        "We agreed to look at the numbers that keep {boss} awake, not the ones I find interesting.",
        "Frustrating meeting. {boss} wants results by next month and no time spent on the floor to get them.",
        "{boss} asked me to present our board at the managers' meeting. Terrified and pleased in equal "
        "measure.",
        "I keep wanting {boss} to change. The article I keep rereading says: change yourself and help "
        "others. Fine.",
        "{boss} shared a struggle I had not seen coming: the customer audit next quarter. That is worth a "
        "card.",
    ),
    (
        "Struggle: overtime on {area}",
        "Struggle: late shipments",
        "Send the summary on the first Monday",
        "Invite {boss} to the next kaizen review",
        "Results, not slides",
    ),
)

TEAM_THEME = Theme(
    "team",
    ("coaching",),
    (1.5, 1.5),
    ("Huddle notes", "The team", "{person} and {other}", "Stand-up at the board"),
    (
        "Ten-minute huddle at the board with the team.",
        "{person} and {other} disagreed about the new layout, loudly.",
        "Team lunch; we talked about everything except work, which was good.",
    ),
    (
        "Three problems raised at the huddle, two owned by the end of it.",
        "{person} is quiet in the huddle but full of ideas one-to-one. Need a way to hear quiet people.",
        "The disagreement was about facts we did not have. Agreed to go and measure.",
        "Respect for people means listening to the complaint all the way to the end.",
        "{other} is covering for {person}'s leave and doing it better than the standard says.",
        "{other} brought cake for the tenth week without a safety incident. Small rituals matter.",
        "The team fixed a problem at the huddle in two minutes that I had been planning an A3 for.",
        "Two new faces today. Made sure they know they can stop the line.",
    ),
    (
        "Safety first: nothing new",
        "Yesterday's problems: {n}",
        "Who needs help today",
        "Celebrate: {person}'s fix held all week",
    ),
)

LEARNING = Theme(
    "learning",
    ("a3",),
    (2.5, 1.0),
    ("Reading notes", "Something I learned", "Study group", "Back to the basics"),
    (
        "Read a chapter of {book} on the train.",
        "Listened to a lean podcast on the way in.",
        "Study group tonight: we discussed {book}.",
    ),
    (
        "The idea that stuck: problems are treasure, and hiding them is the real failure.",
        "Learning is a cycle too: read, try it on the floor, reflect, adjust.",
        "I underline too much. Picked one thing to try tomorrow instead.",
        "Old books, same problems. Ohno was saying in the seventies what we rediscover every year.",
        "The book makes it sound easy. The floor never does.",
        "Wrote three questions in the margin to try at the gemba tomorrow.",
        "The chapter on standard work reads differently after a year of trying it.",
        "{other} borrowed {book} and has already read more of it than I have.",
    ),
    ("One idea to try", "A question for {person}", "Quote for the board", "Reread the chapter on flow"),
)

QUALITY = Theme(
    "quality",
    ("gemba", "standard-work"),
    (1.0, 1.0),
    ("Defects on {area}", "Stop and fix", "Customer complaint", "Quality at the source"),
    (
        "A customer complaint came in about {area}.",
        "{person} stopped the line for a defect and nobody shouted. Progress.",
        "Looked at the defect tally sheet with {person}.",
    ),
    (
        "{n} defects this week, all the same mode. One problem, not {n}.",
        "We found the defect at final inspection, three stations too late.",
        "A simple go/no-go gauge would catch this at the source.",
        "The andon only works if someone comes when it is pulled. This time {other} came within a minute.",
        "Blame would have been easy. Instead we asked what about the process let it happen.",
        "The go/no-go gauge caught its first bad part today. {other} held it up like a trophy.",
        "Every defect we do not find is a defect the customer finds.",
        "Put the defect samples on a board by the line so everyone can see what 'bad' looks like.",
    ),
    (
        "Defect mode: scratches",
        "Where it starts",
        "Containment: 100% check for a week",
        "Gauge idea from {person}",
        "Thank the person who stopped the line",
    ),
)

PEOPLE = (COACHING, A3, BOSS, TEAM_THEME, LEARNING, QUALITY)
