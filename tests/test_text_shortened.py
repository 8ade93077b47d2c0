"""One cell-aware shortening (text.shortened): wide characters count two cells and are never cut in half."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rich.cells import cell_len

from lean_journal.text import ELLIPSIS, shortened

CODER = "👩🏽\u200d💻"  # one emoji of four code points (skin tone, joiner), two cells wide


@pytest.mark.parametrize(
    ("text", "width", "expected"),
    [
        ("日本語のタイトル", 7, "日本語…"),  # 6 cells of CJK and the ellipsis: 7
        ("日本語のタイトル", 6, "日本…"),  # a third character would need 7 cells: never half of one
        ("改善" * 3, 12, "改善" * 3),  # exactly 12 cells: unchanged
        (CODER * 3, 5, CODER * 2 + ELLIPSIS),  # 4 cells of emoji and the ellipsis: 5
        (CODER * 3, 4, CODER + ELLIPSIS),  # the second emoji would need 5: it goes whole
        ("abc def", 6, "abc d…"),
        ("abc def", 5, "abc…"),  # no space left dangling before the ellipsis
        ("short", 10, "short"),
        ("x", 0, ""),
        ("日本", 1, ELLIPSIS),
    ],
)
def test_shortened_by_cells(text: str, width: int, expected: str) -> None:
    """Worked examples: ASCII, CJK and a skin-toned ZWJ emoji at widths around their cell boundaries."""
    assert shortened(text, width) == expected


PIECES = st.sampled_from(["a", " ", "日", "語", "📓", CODER, "é"])


@given(st.lists(PIECES, max_size=40).map("".join), st.integers(0, 50))
def test_shortened_fits_and_says_when_it_cut(text: str, width: int) -> None:
    """Always within `width` cells; unchanged when it fits, else a prefix of the text ending in '…'."""
    shown = shortened(text, width)
    assert cell_len(shown) <= width
    if cell_len(text) <= width:
        assert shown == text
    elif width > 0:
        assert shown.endswith(ELLIPSIS) and text.startswith(shown.removesuffix(ELLIPSIS))
