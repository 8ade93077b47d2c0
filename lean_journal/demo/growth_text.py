"""Phrase banks for demo learn items: books, courses, gemba walks, mistakes, people and other sources.

Each lesson is (title, insight): the title says what happened or what was read, the insight is the one
thing to remember. Slots such as {person}, {boss} and {area} are filled per item.
"""

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

BOOK_LESSONS = (
    ("The kata is a routine for learning", "Practise the routine daily; results follow the practice."),
    ("Go and see before deciding", "A report is a rumour until I have seen the place myself."),
    ("Standard work comes before kaizen", "Without a standard there is nothing to improve on."),
    ("Value is what the customer pays for", "Everything else on the line is a question to ask."),
    ("Managers coach, learners think", "My job in a coaching cycle is the next question, not the answer."),
    ("Small batches show problems sooner", "Shrink the batch and the problems come to the surface."),
    ("Jidoka: stop to fix", "Stopping the line is cheaper than passing the defect downstream."),
    ("A problem well stated is half solved", "Spend the time on the problem statement, not the fix."),
    ("Check each why at the gemba", "Five whys at a desk gives five guesses."),
    ("A target condition is a description", "Describe how the process should work, not just a number."),
    ("Visual management is for the workers", "If the operators do not read the board, it is decoration."),
    ("Ask more than I tell", "A humble question opens more than a good answer."),
    ("Respect for people includes their time", "A meeting without a decision disrespects everyone in it."),
    ("Flow exposes the constraint", "Improve anywhere but the bottleneck and nothing changes."),
)

COURSES = (
    "LEI lean leadership course",
    "Toyota Kata practitioner course",
    "Green Belt training",
    "A3 problem-solving workshop",
    "Value stream mapping workshop",
    "TWI job instruction course",
)

COURSE_LESSONS = (
    (
        "Job instruction in four steps",
        "Prepare, present, try out, follow up: skipping step 4 is why it fails.",
    ),
    ("Map the current state first", "Draw what happens today, with the waiting, before the future state."),
    ("The A3 is a conversation", "The paper matters less than the talks it forces me to have."),
    ("Takt time sets the rhythm", "Work to the customer's pace, not to the fastest operator."),
    ("Coaching needs a storyboard", "A visible storyboard keeps the learner, not me, in charge."),
    ("Kaizen is a habit, not an event", "One small change a day beats one big workshop a year."),
)

GEMBA_LESSONS = (
    (
        "Operators on {area} wait for the forklift",
        "Waiting is invisible from the office; it is obvious at the line.",
    ),
    ("The board on {area} was out of date", "A board nobody updates tells me the meeting is not used."),
    ("{person} had a fix nobody asked for", "The people doing the work often have the answer already."),
    ("Parts walked twice round {area}", "Draw the spaghetti diagram before moving any machine."),
    (
        "Night shift works around the standard",
        "When a standard is skipped, the standard is wrong, not the shift.",
    ),
    ("Scrap bin on {area} told the story", "Count the scrap by cause at the bin, not in the report."),
    ("Nobody knew the target on {area}", "If the team cannot say the target, it is my target, not theirs."),
    (
        "Changeover on {area} took twice the plan",
        "Film it; the video finds what the stopwatch misses.",
    ),
)

MISTAKE_LESSONS = (
    ("I changed the standard without the team", "A standard made for people is ignored; make it with them."),
    ("I answered before {person} finished", "Listening to the end saves the second meeting."),
    ("I solved {person}'s problem for them", "When I fix it, they learn to bring me the next one."),
    ("I skipped the check step", "Without Check, PDCA is just Plan-Do and a guess."),
    ("I blamed {person} for a process problem", "Blame the process first; people usually do what it allows."),
    ("I promised {boss} a date before measuring", "Measure the baseline before committing to a target."),
    ("I ran the kaizen without the operators", "An improvement done to people does not stick."),
    ("I let the huddle run to 40 minutes", "A stand-up that sits down is a meeting; keep it to 15."),
)

# (title, insight, who it came from)
PERSON_LESSONS = (
    ("Ask what they tried already", "Start coaching from what the learner already did.", "my mentor Ron"),
    ("{boss} wants one page, not ten", "The boss reads the first page; put the decision there.", "{boss}"),
    (
        "{person} explained the workaround",
        "Every workaround points at a broken step in the process.",
        "{person}",
    ),
    (
        "A trick for huddles",
        "Put the board where the work is; hold the huddle in front of it.",
        "Marta, other site",
    ),
    (
        "{person} asked why we measure that",
        "If nobody can say why we measure it, stop measuring it.",
        "{person}",
    ),
    ("{boss} on saying no", "Saying no to a project is how the important ones get done.", "{boss}"),
    ("Patience with people", "Change in people runs at their pace; push and it stalls.", "my mentor Ron"),
    (
        "Hand-overs on nights",
        "The night shift hears about changes last; tell them first.",
        "{person} on nights",
    ),
)

OTHER_SOURCES = (
    "Gemba Academy podcast",
    "Lean Blog Interviews podcast",
    "AME conference talk",
    "Lean Enterprise Institute webinar",
    "plant visit to a supplier",
    "a lean meetup talk",
)

OTHER_LESSONS = (
    ("Leaders on the floor every day", "The days I skip the floor are the days things go wrong unseen."),
    ("The supplier's kanban was simpler", "The simplest pull system that works beats the clever one."),
    ("Waiting for top management is a choice", "Start where I have influence; results create the demand."),
    ("Safety first makes the rest easier", "A team that feels safe reports problems early."),
    ("Huddles at shift change", "Hand-overs are where problems get lost; make them visible."),
)

EXPERIMENT_TITLES = ("What checking “{card}” showed", "What the trial on “{card}” taught me")

NOTES = (
    "Try on the floor this week.",
    "Worth a lunch-and-learn.",
    "Ask {person} what they think before spreading it.",
    "Goes with what {boss} said last month.",
    "Reread the chapter before the next coaching cycle.",
)

GROWTH_TAGS = {
    "learn": ("learning", "reading", "coaching", "a3", "flow", "gemba", "standard-work"),
    "share": ("team", "boss", "talk", "kaizen", "coaching"),
    "grow": ("habits", "coaching", "leadership", "patience"),
}
