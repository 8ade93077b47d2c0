"""Phrase banks for demo share items and goals: channels, audiences and goals with their milestones."""

from __future__ import annotations

from lean_journal.model.growth import Channel

# Per channel: (title, audience); {lesson} is the first lesson passed on, quoted.
SHARES = {
    Channel.CONVERSATION: (
        ("Told {person} about {lesson}", "{person}"),
        ("Talked {boss} through {lesson}", "{boss}"),
        ("Coffee with {other}: {lesson}", "{other}"),
    ),
    Channel.COACHING: (
        ("Coaching cycle with {person}", "{person}"),
        ("Coaching {other} at the board on {area}", "{other}"),
    ),
    Channel.TALK: (
        ("Lunch-and-learn: {lesson}", "the team"),
        ("Talk at a lean meetup", "a lean meetup"),
        ("Five minutes at the all-hands", "the whole plant"),
    ),
    Channel.REPORT: (
        ("Monthly report for {boss}", "{boss}"),
        ("Weekly kaizen summary", "the plant managers"),
    ),
    Channel.DECK: (
        ("Kaizen deck: {area} before and after", "the plant managers"),
        ("Kaizen deck for the other site", "the other site"),
    ),
    Channel.DOCUMENT: (
        ("One-pager on {lesson}", "new starters"),
        ("Wrote up the standard for {area}", "the night shift"),
    ),
    Channel.OTHER: (
        ("Posted {lesson} on the team board", "the team"),
        ("Walked a supplier round {area}", "a supplier"),
    ),
}
CHANNEL_WEIGHTS = {
    Channel.CONVERSATION: 0.3,
    Channel.COACHING: 0.2,
    Channel.TALK: 0.1,
    Channel.REPORT: 0.1,
    Channel.DECK: 0.1,
    Channel.DOCUMENT: 0.12,
    Channel.OTHER: 0.08,
}

SHARE_NOTES = (
    "About {n} people came. Two questions I could not answer; look them up.",
    "Kept it to one page. Got more questions than with the usual slides.",
    "{boss} forwarded it upstairs without asking.",
    "Next time bring the real parts, not pictures.",
    "Nobody asked anything. Maybe the wrong audience, maybe the wrong story.",
    "{person} told half of it, better than I would have.",
    "Follow up in a month to see if anyone tried it.",
)

# (title, why, milestones in order)
GOALS = (
    (
        "Be the leader you want",
        "The team copies what I do, not what I say.",
        (
            "Ask before telling in every 1:1",
            "On the floor before ten",
            "Ask the team for feedback",
            "Hold a skip-level round",
            "Let {person} run the huddle",
            "Repeat the feedback round",
        ),
    ),
    (
        "Coach two people in A3 thinking",
        "I keep solving problems for people instead of with them.",
        (
            "Pick two learners",
            "First A3 with {person}",
            "First A3 with {other}",
            "Both present to {boss}",
            "They coach someone else",
        ),
    ),
    (
        "Read one lean book a quarter",
        "What I read shows up in how I coach.",
        (
            "Toyota Kata",
            "Managing to Learn",
            "Humble Inquiry",
            "Workplace Management",
            "Write up the lessons",
        ),
    ),
    (
        "Listen to the end before answering",
        "I answer too soon and miss what people mean.",
        (
            "Notice it in three meetings",
            "Ask one more question first",
            "Ask {person} if they noticed",
            "A week without interrupting",
        ),
    ),
    (
        "Run a kaizen event on my own",
        "I have watched enough; time to lead one.",
        (
            "Choose the area with the team",
            "Baseline the numbers",
            "Run the week",
            "Check after 30 days",
            "Share the results with {boss}",
            "Hand the standard to the shift",
        ),
    ),
    (
        "Practise patience with {boss}",
        "{boss} will not change; I can.",
        (
            "Prepare one page before each 1:1",
            "Ask what {boss} needs",
            "Agree one priority a month",
            "Review how it went after a quarter",
        ),
    ),
    (
        "Find a mentor outside the company",
        "Everyone inside sees the same problems I do.",
        (
            "List three people",
            "Ask for a first talk",
            "Meet monthly for a quarter",
            "Decide to go on or not",
        ),
    ),
    (
        "Learn to draw a value stream map properly",
        "My maps skip the information flow.",
        (
            "Redo the course exercise",
            "Map {area} with the team",
            "Future state with {person}",
            "Present it to the plant managers",
        ),
    ),
    (
        "Get better at saying no to meetings",
        "My calendar has no time left for the floor.",
        (
            "Count the meetings for two weeks",
            "Decline three without a purpose",
            "Keep two mornings free",
            "Check the floor time after a month",
        ),
    ),
    (
        "Write in the journal every evening",
        "What I do not write down I do not learn from.",
        ("A week in a row", "A month in a row", "A monthly review", "Three months in a row"),
    ),
)
