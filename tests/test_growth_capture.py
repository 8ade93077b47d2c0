"""Capture (growth/capture.py): an entry's answers and a card's lesson as learn and share items."""

from __future__ import annotations

from datetime import UTC, date, datetime

from hypothesis import given
from hypothesis import strategies as st

from lean_journal import pdca
from lean_journal.growth import capture
from lean_journal.model import JournalEntry, Stage
from lean_journal.model.growth import Channel, SourceKind
from lean_journal.store.prompts import DAILY_REFLECTION

NOW = datetime(2026, 11, 24, 9, 30, tzinfo=UTC)
DAY = date(2026, 11, 23)


def entry(body: str, title: str = "Daily reflection", tags: tuple[str, ...] = ()) -> JournalEntry:
    """An entry of 23 Nov with this body."""
    return JournalEntry(day=DAY, title=title, created=NOW, updated=NOW, body=body, tags=tags)


def answered(who: str) -> str:
    """The daily reflection prompt's body with "Who did I help?" answered."""
    return DAILY_REFLECTION.body.replace("## Who did I help?\n", f"## Who did I help?\n{who}\n")


def test_the_answer_under_the_default_prompt_becomes_the_learn_item() -> None:
    """The daily reflection's "What did I learn?" answer: title its first sentence, insight all of it."""
    lesson = "## What did I learn?\n\nBoards beat talk. Every time.\n"
    body = answered(who="Nadia").replace("## What did I learn?\n", lesson)
    item = capture.entry_learning(entry(body, tags=("standup",)), NOW)
    assert item.title == "Boards beat talk."
    assert item.insight == "Boards beat talk. Every time."
    assert (item.day, item.tags, item.created) == (DAY, ("standup",), NOW)


def test_links_name_the_entry() -> None:
    """The learn item links the entry it came from."""
    source = entry("## What did I learn?\nA lesson")
    assert capture.entry_learning(source, NOW).links == (f"entry:{source.id}",)


def test_headings_match_at_any_level_case_and_question_mark_aside() -> None:
    """`# what did i learn`, `### WHAT DID I LEARN`, `## Learned` all count; up to the next heading."""
    for heading in ("# what did i learn", "### WHAT DID I LEARN ?", "## Learned", "#### What I learned:"):
        body = f"## Before\nno\n{heading}\nThe lesson\nmore\n## After\nnot this"
        assert capture.learn_answer(body) == "The lesson\nmore", heading


def test_an_empty_answer_counts_as_none_and_the_whole_entry_is_taken() -> None:
    """The prompt left unanswered: the learn item is the whole entry, titled by the entry."""
    body = DAILY_REFLECTION.body + "\nSomething else entirely."
    item = capture.entry_learning(entry(body, title="A long day"), NOW)
    assert capture.learn_answer(DAILY_REFLECTION.body) == ""
    assert item.title == "A long day"
    assert item.insight == body.strip()


def test_an_empty_answer_is_skipped_for_a_later_one() -> None:
    """Two learn headings: the first answered one wins."""
    assert capture.learn_answer("## Learned\n\n## What did I learn?\nsecond") == "second"


def test_headings_in_code_blocks_and_tags_are_not_headings() -> None:
    """`#tag` at a line start and a heading inside a fence are text."""
    body = "## What did I learn?\n#kaizen is a habit\n```\n# not a heading\n```\nend"
    assert capture.learn_answer(body) == "#kaizen is a habit\n```\n# not a heading\n```\nend"


def test_titles_are_shortened_by_cells_with_an_ellipsis() -> None:
    """A long first line is cut to 72 cells; wide characters count double."""
    assert capture.shorten("word " * 40) == ("word " * 14).strip() + "…"  # cut at a space: 70 cells
    assert capture.shorten("日本" * 40).endswith("…")
    assert len(capture.shorten("日本" * 40)) == 36  # 35 wide characters and the ellipsis: 71 cells
    assert capture.first_sentence("\n- **Go see.** Then ask\n") == "Go see."


def test_source_kind_is_guessed_from_the_words() -> None:
    """Gemba, mistakes, books, experiments; other when nothing says."""
    assert capture.guess_source("Went to the gemba") is SourceKind.GEMBA
    assert capture.guess_source("My mistake: I forgot the check") is SourceKind.MISTAKE
    assert capture.guess_source("Chapter 3 of the book") is SourceKind.BOOK
    assert capture.guess_source("Nadia showed me the workaround") is SourceKind.PERSON
    assert capture.guess_source("A quiet day") is SourceKind.OTHER
    gemba = entry("## What did I learn?\nWaiting is information", title="Gemba walk notes")
    assert capture.entry_learning(gemba, NOW).source_kind is SourceKind.GEMBA


def test_who_did_i_help_becomes_a_share_item_with_a_guessed_audience() -> None:
    """The answer's first sentence is the title, its name the audience, all of it the notes."""
    source = entry(answered(who="Helped Nadia with her A3. She found the cause herself."))
    share = capture.entry_share(source, NOW)
    assert share is not None
    assert (share.title, share.audience) == ("Helped Nadia with her A3.", "Nadia")
    assert share.channel is Channel.CONVERSATION
    assert share.notes == "Helped Nadia with her A3. She found the cause herself."
    assert (share.day, share.links) == (DAY, (f"entry:{source.id}",))


def test_share_headings_and_audience_guesses() -> None:
    """ "Who did I help today?" counts, "Who helped me?" does not; an unsure audience stays empty."""
    assert capture.share_answer("## Who did I help today?\nThe team") == "The team"
    assert capture.share_answer("## Who helped me?\nKaren") == ""
    assert capture.entry_share(entry("## Who helped me?\nKaren"), NOW) is None
    assert capture.guess_audience("Coached the night shift") == "the night shift"
    assert capture.guess_audience("Marco: the tally sheet") == "Marco"
    assert capture.guess_audience("nobody, really") == ""
    coached = capture.entry_share(entry("## Who did I help?\nCoached Chen on his A3"), NOW)
    assert coached is not None and coached.channel is Channel.COACHING


def test_a_cards_lesson_becomes_an_experiment_learn_item() -> None:
    """The Check section's lesson, titled by its first sentence, linked to the card."""
    card = pdca.new_card("Stand-ups run long", Stage.ACT, NOW).with_changes(
        learned="Boards beat talk. Standing helps too.", tags=("meetings",)
    )
    item = capture.card_learning(card, DAY, NOW)
    assert item is not None
    assert (item.title, item.insight) == ("Boards beat talk.", "Boards beat talk. Standing helps too.")
    assert (item.source_kind, item.source) == (SourceKind.EXPERIMENT, "Stand-ups run long")
    assert item.tags == ("meetings",)
    assert item.links == (f"card:{card.id}",)
    assert capture.card_learning(card.with_changes(learned="  "), DAY, NOW) is None


def test_capturing_the_same_text_twice_is_found() -> None:
    """The same entry and insight is already captured; an edited answer is not."""
    source = entry("## What did I learn?\nA lesson")
    first = capture.entry_learning(source, NOW)
    again = capture.entry_learning(source, NOW)
    assert capture.already_captured([first], again) == first
    edited = capture.entry_learning(source.with_changes(body="## What did I learn?\nAnother"), NOW)
    assert capture.already_captured([first], edited) is None
    assert capture.already_notice(first) == f"Already captured as learn item {first.short_id}."
    assert capture.captured_notice(first) == (
        f"Saved as learn item {first.short_id}: press 3 to see it in Learn · Share · Grow."
    )


@given(st.text())
def test_any_body_text_never_raises(body: str) -> None:
    """Whatever the body holds (lone surrogates aside, which no entry can hold), capture works."""
    try:
        source = entry(body)
    except ValueError:
        return
    learning = capture.entry_learning(source, NOW)
    assert learning.title
    capture.entry_share(source, NOW)


@given(st.lists(st.sampled_from(["## What did I learn?", "## Who did I help?", "```", "#", "", "x", "- y"])))
def test_any_arrangement_of_headings_never_raises(lines: list[str]) -> None:
    """Headings, fences and blank lines in any order give some item, never an error."""
    source = entry("\n".join(lines))
    assert capture.entry_learning(source, NOW).title
    capture.entry_share(source, NOW)


def test_back_links_name_learn_items_shares_and_goals_of_that_document_only() -> None:
    """One line per learn item, share and goal linking the reference, none for others."""
    from lean_journal.growth.backlinks import back_link_lines
    from lean_journal.model.growth import Goal, Milestone

    source, other = entry("## What did I learn?\nGo see."), entry("x")
    ref = f"entry:{source.id}"
    learned = capture.entry_learning(source, NOW)
    shared = capture.entry_share(entry("## Who did I help?\nHelped Nadia"), NOW)
    assert shared is not None
    shared = shared.with_changes(links=(ref,))
    goal = Goal("Lead", NOW, NOW, milestones=(Milestone("one", DAY), Milestone("two")), links=(ref,))
    unrelated = capture.entry_learning(other, NOW)
    assert back_link_lines(ref, [learned, unrelated], [shared], [goal]) == [
        f"Learned: Go see. ({learned.short_id})",
        f"Shared with Nadia: Helped Nadia ({shared.short_id})",
        f"Evidence for goal: Lead ({goal.short_id}, 1/2)",
    ]
    assert back_link_lines(f"entry:{other.id}", [learned], [shared], [goal]) == []
