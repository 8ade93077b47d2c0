"""An entry's body drawn by Rich: Markdown shown, links as clickable cells (never actions), text literal."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from journal_browse_support import TODAY, add, journal, journal_app
from rich.console import Console
from rich.segment import Segment
from rich.style import Style

from lean_journal.clock import FixedClock
from lean_journal.store import Store
from lean_journal.tui.widgets.journal import markdown_body
from lean_journal.tui.widgets.journal.entry_view import HREF
from lean_journal.tui.widgets.journal.markdown_body import MarkdownBody


def rendered(markdown: str, width: int = 60) -> list[Segment]:
    """The segments Rich makes of `markdown` at `width` cells."""
    console = Console(width=width, color_system="truecolor", force_terminal=True)
    return list(console.render(MarkdownBody(markdown, {}), console.options))


def plain(markdown: str, width: int = 60) -> list[str]:
    """The lines of `markdown` as drawn, without trailing spaces."""
    text = "".join(segment.text for segment in rendered(markdown, width))
    return [line.rstrip() for line in text.split("\n")]


def test_blocks_are_drawn_as_markdown() -> None:
    """Headings flush left, emphasis without its stars, bullets, a quote bar and the code's text."""
    lines = plain("# Title\n\nSome **strong** words.\n\n- one\n- two\n\n> quoted\n\n```\nx = 1\n```")
    assert lines[0] == "Title"
    assert "Some strong words." in lines
    assert [line.strip() for line in lines if line.endswith(("one", "two"))] == ["• one", "• two"]
    assert any(line.startswith("▌") and "quoted" in line for line in lines)
    assert any("x = 1" in line for line in lines)


def test_a_link_is_a_cell_with_its_target_not_a_terminal_hyperlink() -> None:
    """The link's cells carry meta 'href' and no terminal link; the rest of the line carries neither."""
    segments = rendered("See [the card](card:1234abcd) now.")
    linked = [segment for segment in segments if segment.style and segment.style.meta.get(HREF)]
    assert "".join(segment.text for segment in linked) == "the card"
    assert {segment.style.meta[HREF] for segment in linked if segment.style} == {"card:1234abcd"}
    assert not any(segment.style and segment.style.link for segment in segments)


def test_themed_styles_apply_only_while_drawing() -> None:
    """A style given for 'markdown.h1' draws the heading; the console's own theme is left as it was."""
    console = Console(width=40, color_system="truecolor", force_terminal=True)
    before = console.get_style("markdown.h1")
    segments = list(
        console.render(MarkdownBody("# Hi", {"markdown.h1": Style(color="#ff0000")}), console.options)
    )
    heading = next(segment for segment in segments if segment.text == "Hi")
    assert heading.style is not None and heading.style.color is not None
    assert heading.style.color.triplet is not None and heading.style.color.triplet.hex == "#ff0000"
    assert console.get_style("markdown.h1") == before


def test_a_huge_body_is_shown_as_plain_text(monkeypatch: pytest.MonkeyPatch) -> None:
    """Above PLAIN_ABOVE characters the body is not parsed as Markdown (it would take seconds)."""
    monkeypatch.setattr(markdown_body, "PLAIN_ABOVE", 20)
    assert plain("# not a heading, **not strong** either")[0] == "# not a heading, **not strong** either"


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=300))
def test_any_text_draws_without_error_and_nothing_becomes_an_action(text: str) -> None:
    """Whatever an entry holds, it renders, and no cell carries a Textual action ('@click')."""
    for segment in rendered(text, width=30):
        assert not (segment.style and any(key.startswith("@") for key in segment.style.meta))


async def test_following_links_opens_web_pages_only(
    store: Store, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A web link opens in the browser; a link to 'app.quit' or javascript does nothing at all."""
    body = "[web](https://example.com/x)\n\n[quit](app.quit)\n\n[js](javascript:alert(1))"
    add(store, clock, TODAY, "Links", body=body)
    app = journal_app(store, clock)
    opened: list[str] = []
    monkeypatch.setattr(app, "open_url", lambda url, **kwargs: opened.append(url))
    async with app.run_test(size=(120, 36)) as pilot:
        journal(app).render_selected()
        await pilot.pause()
        for row in (0, 2, 4):
            await pilot.click("#view-body", offset=(1, row))
            await pilot.pause()
        assert opened == ["https://example.com/x"]
        assert app.is_running
