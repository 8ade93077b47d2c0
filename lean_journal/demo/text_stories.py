"""Phrase banks for demo journal entries: longer paragraphs, small stories from the floor and the office."""

from __future__ import annotations

STORIES = (
    "At the start of the shift {person} was already at the board, rewriting yesterday's numbers by hand"
    " because the printout was wrong again. I asked why we still print it at all. Nobody knew. It turns"
    " out the report was set up for a manager who left four years ago. We stopped printing it; nobody "
    "has missed it yet.",
    "{boss} stopped me in the corridor and asked whether all this board stuff actually changes "
    "anything. I did not argue. I said: come and see on Thursday at nine, the team runs the huddle, and"
    " you can ask them. That is the most honest answer I have. If it does not hold up in front of the "
    "people doing the work, it does not hold up.",
    "Spent most of the afternoon on {area} with {person}, following a single order. It sat in three "
    "different queues, was counted twice, and waited a whole night for a label. The actual work took "
    "about {minutes} minutes. We did not fix anything today. We just wrote it all down on brown paper, "
    "and {person} said 'I had no idea it was this bad', which is where every improvement I have seen "
    "starts.",
    "Difficult conversation with {other}, who feels the new standard work takes away their judgement. I"
    " listened longer than I wanted to. Part of it is fair: the sheet says what to do but not why, so "
    "it reads like an order. We agreed {other} will rewrite the key points column with the reasons, in "
    "their own words.",
    "The night shift left a note on the board: 'Why do we fill in this sheet if nobody reads it?' Good "
    "question. I read every one of them, but they cannot see that. So from tomorrow I will write one "
    "line back on each sheet before the day shift starts. Respect means closing the loop, not just "
    "collecting data.",
    "Ran the kaizen review with the whole team for the first time instead of just the leads. It took "
    "twice as long and was four times as useful. {person} explained a fix I had never heard about, "
    "which has been running quietly on {area} for a month. The best improvements are often the ones "
    "nobody reports.",
    "A week ago I would have walked past the pallet in the walkway. Today I stopped, asked {person} why"
    " it was there, and we found the rack behind it had been full for days because the pick-up signal "
    "broke. Ten minutes of asking saved who knows how many hours of working around it.",
    "Quiet day. I used it to sit down with my own A3 and be honest about the current condition. I had "
    "written what I wanted to be true, not what I had seen. Crossed out two lines and planned a morning"
    " on {area} with a stopwatch and a notebook instead of an opinion.",
    "{boss} forwarded my monthly summary to the plant manager with one line: 'Worth reading.' Two years"
    " of sending these without anyone asking for them. Creating the demand is slow. But it is "
    "happening, and I did not have to convince anyone; I only had to keep showing the results.",
    "The 5S area on {area} slid back to where it was before we started. I was annoyed for about an "
    "hour, then asked myself what I expected. We never agreed who checks it or when. So the problem is "
    "not the team, it is the missing standard for sustaining. That one is on me.",
    "Coaching {person} today I noticed I was asking questions that already contained the answer. 'Have "
    "you thought about moving the bins?' is not a question, it is an instruction with a question mark. "
    "Next time: 'What do you expect will happen?' and then be quiet.",
    "Our biggest customer visited and asked to see the floor, not the meeting room. {person} showed "
    "them the huddle board and explained the red items without being asked. I have never been prouder "
    "of a board full of problems. No problem would have been the real problem.",
    "Went back to a countermeasure from last year to see if it held. Half of it did. The checklist is "
    "still on the cart, but nobody uses it; they know it by heart now. That is fine. The tape on the "
    "floor, though, is gone, and the carts wander again. Rechecking is the part of PDCA I skip most.",
    "Long day of meetings about the budget. Nothing about customers, nothing about the floor. I kept "
    "thinking about what Ohno said about standing in the circle. Tomorrow I will block the first hour "
    "and spend it on {area}, whatever the calendar says.",
    "{person} asked me how I learned all this. Honestly: by getting it wrong for years and writing it "
    "down. I suggested they keep a small notebook of one thing they noticed each day. If I had started "
    "earlier I would have noticed the patterns sooner.",
    "The andon on {area} was pulled six times today and every time someone came within two minutes. A "
    "year ago it was a decoration. What changed was not the light, it was the promise that someone will"
    " come, kept every single time until people believed it.",
    "Tried to explain pull to {boss} with the supermarket analogy. It did not land. Then {person} "
    "showed the two-bin system on the bench in two minutes and {boss} got it immediately. Stop "
    "explaining, start showing.",
    "I am tired of being the one who keeps asking why. Some weeks it feels like pushing a boulder "
    "uphill. Then a day like today happens: {person} ran a five whys on their own and found the cause "
    "in a maintenance schedule I would never have thought of. Patience and persistence.",
    "Visited another plant in the group. Their boards are prettier than ours, but when I asked an "
    "operator what the red items meant, they shrugged. Ours are ugly and handwritten, and everyone "
    "knows what they mean. I will stop envying the laminated ones.",
    "Reviewed the year of cards on the board. More were dropped than I remembered, and that is fine: "
    "most were dropped early, in Plan, when the data showed the problem was smaller than it felt. "
    "Dropping cheaply is a skill too.",
    "Sat in on the maintenance planning meeting for the first time. They have their own board, their "
    "own red items and their own frustrations about us. Half their emergency jobs start with something "
    "we could have spotted at the morning check. We agreed to try a shared five-minute stand-up on "
    "Mondays.",
    "{person} came to me with a problem and, for once, I did not solve it. I asked what they had seen, "
    "what they thought caused it and what they would try. They had answers to all three. My only job "
    "was to say 'go ahead' and ask when we could look at the result together.",
    "The weekly numbers were bad and {boss} wanted a plan by Friday. The temptation is to write a list "
    "of actions that look busy. Instead I wrote down what we actually know, what we only think we know,"
    " and the one experiment that would tell us which. {boss} was not thrilled, but agreed to wait a "
    "week.",
    "Watched {person} train a new starter on {area}. They used the job breakdown sheet without being "
    "told, stopped after each key point and asked the starter to repeat why it matters. Two years ago "
    "there was no sheet, and training meant 'stand next to Jon for a week'.",
    "Gemba walk with a visitor from head office who wanted to see 'the lean stuff'. I showed them a "
    "messy board, a cart with a shadow board that is missing two tools, and a kanban card held together"
    " with tape. They looked disappointed. The operators explained what each one was for, and by the "
    "end they were taking notes.",
    "Reading back through last year's journal I found the same complaint about the label printer in "
    "March, June and October. Three times I wrote it down and never made it a card. Writing is not the "
    "same as acting. Made the card today.",
    "A supplier delivered the wrong parts for the third time this month. My first reaction was to send "
    "an angry email. Instead I called and asked if I could visit. Their picking area has two bins with "
    "nearly identical labels side by side. The fix will cost them a roll of coloured tape.",
    "Today I noticed how much of my week is spent passing on information: forwarding, summarising, "
    "reminding. None of it adds value for a customer. Some of it is necessary, but most of it exists "
    "because the information is not visible where the work happens. More boards, fewer emails.",
    "{other} asked whether we could skip the huddle on busy days. I said the busy days are exactly when"
    " we need it most. But the question deserves a better answer than mine, so tomorrow I will ask the "
    "team what would make the huddle worth their ten minutes even on the worst day.",
    "First snow of the year, half the team late, the line short-staffed. Instead of the usual scramble,"
    " {person} pulled out the skills matrix and moved people in five minutes. We built that matrix as a"
    " kaizen two winters ago. Nobody remembered that today, which is how standards are supposed to "
    "feel.",
    "Walked the whole value stream with {person} and {other} before lunch, clipboard in hand. We agreed"
    " not to talk about solutions at all, only to write down what we saw. It was surprisingly hard; "
    "every few metres someone started with 'we should just'. By the end we had {n} pages of facts and "
    "no arguments, which is a first.",
    "{boss} asked for a list of every improvement this year for the annual review. I could print it "
    "straight from the board: done cards, their numbers, and what we learned from the dropped ones. "
    "Five years ago I would have spent a weekend inventing a story. Writing things down as they happen "
    "pays off in strange places.",
    "Today the kanban loop on {area} ran out, and instead of someone expediting, {person} pulled the "
    "red card and called me over. We found the refill round had been moved to the afternoon without "
    "anyone telling the line. The system worked exactly as designed: it made the problem loud.",
    "I was wrong about the cause of the delays on {area}, and {other} proved it with a week of tally "
    "marks. I had been so sure it was the machine. It was the paperwork. Being wrong in front of the "
    "team felt uncomfortable for about a minute and then felt like the most useful thing I did all "
    "month.",
    "Had the first coaching session with {person}, who is now coaching {other}. I coached the coach: "
    "sat at the back, said nothing, and took notes on the questions asked. Afterwards we talked about "
    "one question that was really advice in disguise. Three levels of learning in one conversation.",
    "A new operator asked why the tape on the floor is yellow here and blue there. Nobody could answer."
    " We looked it up: two different projects, two different colour codes, never aligned. A standard "
    "that nobody can explain is not a standard. Agreed one colour code at the huddle and wrote it on "
    "the board.",
    "Morning spent on the monthly report. I kept it to one page: three charts, three problems, three "
    "experiments. {boss} read it standing at my desk and asked only about the second one. That is the "
    "point of one page: the conversation goes straight to what matters.",
    "Slow week. Half the team on holiday, the other half covering. I used the quiet to walk {area} at "
    "different times of day and noticed the same bottleneck moves with the shift pattern. The problem "
    "is not the station; it is the start times. That would never have shown up in a report.",
    "Tried a new format for the kaizen review: each person gets two minutes to show one thing they "
    "changed, with a photo. Eleven photos, eleven small stories, and much more laughing than usual. "
    "{person} brought a before-and-after of a drawer that made everyone groan in recognition.",
    "Sat with purchasing for an hour to understand why our orders always arrive in huge batches. Their "
    "system rewards price per unit, not total cost. They were as frustrated as we are. We drew the "
    "whole thing on a whiteboard together and found one small change we can test next month.",
)
