"""Phrase banks for demo Learn · Share · Grow items: books, podcasts, mentors, audiences and habits."""

from __future__ import annotations

BOOKS = (
    ("Toyota Kata", "Mike Rother"),
    ("The Toyota Way", "Jeffrey Liker"),
    ("Gemba Walks", "Jim Womack"),
    ("Lean Thinking", "Womack and Jones"),
    ("Learning to See", "Rother and Shook"),
    ("Managing to Learn", "John Shook"),
    ("Kaizen", "Masaaki Imai"),
    ("Gemba Kaizen", "Masaaki Imai"),
    ("Toyota Production System", "Taiichi Ohno"),
    ("Workplace Management", "Taiichi Ohno"),
    ("Creating a Lean Culture", "David Mann"),
    ("Humble Inquiry", "Edgar Schein"),
    ("The Goal", "Eliyahu Goldratt"),
    ("The Machine That Changed the World", "Womack, Jones and Roos"),
    ("Lean Production Simplified", "Pascal Dennis"),
)

OTHER_SOURCES = (
    "Gemba Academy podcast",
    "Lean Blog Interviews podcast",
    "my mentor Ron",
    "plant visit to a supplier",
    "AME conference talk",
    "Lean Enterprise Institute webinar",
    "{person} on the night shift",
    "a lean meetup talk",
)

LESSONS = (
    "The improvement kata is a routine for learning, not a tool for results.",
    "Go and see: the report is a rumour until I have seen the place.",
    "Respect for people includes respecting their time and their ideas.",
    "Standardised work is the foundation for kaizen, not its opposite.",
    "Value is defined by the customer; everything else is a question.",
    "Managers coach; the learner does the thinking.",
    "Small batches make problems visible sooner.",
    "Jidoka: stop to fix, so problems do not travel downstream.",
    "A problem well stated is half solved.",
    "Ask why five times, but check each answer at the gemba.",
    "The target condition is a description, not a number alone.",
    "Leaders should be on the floor at least once a day.",
    "Visual management is for the people doing the work, not for visitors.",
    "Top management commitment matters, but waiting for it is a choice.",
)

LEARN_TITLES = (
    "{book}, chapter {n}",
    "Reread {book}",
    "Notes on {book}",
    "{source}: on coaching",
    "{source}: on standard work",
    "{source}: on leading without authority",
    "{source}: what a gemba walk is for",
)

# (what the audience field says, how a title names them)
AUDIENCES = (
    ("team", "the team"),
    ("boss", "{boss}"),
    ("plant managers", "the plant managers"),
    ("a lean meetup", "a lean meetup"),
    ("night shift", "the night shift"),
    ("new starters", "the new starters"),
    ("purchasing", "purchasing"),
    ("a supplier", "a supplier"),
    ("the other site", "the other site"),
)

SHARE_TITLES = (
    "Showed the {area} kanban to {audience}",
    "Monthly kaizen summary for {audience}",
    "Talk: our first year of huddles",
    "A3 walkthrough for {audience}",
    "Before and after photos of {area}",
    "Coaching questions card for {audience}",
    "Lunch-and-learn: what is PDCA?",
    "Shared the changeover story with {audience}",
    "Spaghetti diagram exercise with {audience}",
)

SHARE_NOTES = (
    "About {n} people came. Two questions I could not answer; look them up.",
    "Kept it to one page. Got more questions than with the usual slides.",
    "{boss} forwarded it upstairs without asking. Creating the demand, slowly.",
    "Went better than expected. Next time bring the real parts, not pictures.",
    "Nobody asked anything. Maybe the wrong audience, maybe the wrong story.",
    "{person} presented half of it. They were better at it than me.",
)

GROW_TITLES = (
    "Ask before telling in every coaching session",
    "Be on the floor before ten, four days a week",
    "Write in the journal every evening",
    "Learn to draw a value stream map properly",
    "Get better at saying no to meetings",
    "Run a kaizen event on my own",
    "Coach {person} through a full PDCA cycle",
    "Read one lean book a quarter",
    "Find a mentor outside the company",
    "Listen to the end before answering",
    "Practise patience with {boss}",
    "Be the leader I want to have",
)

SHARE_NEXT = (
    "Next time: fewer slides, more floor.",
    "Next time: let {person} tell it.",
    "Next time: start with the problem, not the tool.",
    "Follow up in a month to see if anyone tried it.",
)

GROW_WHY = (
    "Why: I keep solving problems for people instead of with them.",
    "Why: the days I skip the floor are the days things go wrong unnoticed.",
    "Why: {boss} will not change; I can.",
    "Why: the team copies what I do, not what I say.",
    "Why: patience is a skill, and skills need practice.",
)

GROW_NOTES = (
    "Harder than it sounds. Tracking it on the board.",
    "Halfway there. The days I skip are the busy ones, which is exactly when it matters.",
    "Started small: once a week. Will raise the bar next month.",
    "{person} said they noticed. That was worth it.",
    "Slipped for two weeks, back on it now.",
    "It is becoming a habit. Time for the next one.",
)

LINKS = (
    "https://www.lean.org/lexicon-terms/",
    "https://www.gembaacademy.com/blog",
    "https://www.ame.org/",
    "https://www.leanblog.org/",
    "https://en.wikipedia.org/wiki/Toyota_Production_System",
)

GROWTH_TAGS = {
    "learn": ("learning", "reading", "coaching", "a3", "flow"),
    "share": ("team", "boss", "talk", "kaizen"),
    "grow": ("habits", "coaching", "leadership", "patience"),
}
