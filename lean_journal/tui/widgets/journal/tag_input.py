"""An Input for space-separated tags that completes the tag being typed from the tags already in use."""

from __future__ import annotations

from collections.abc import Iterable

from textual.suggester import Suggester

from lean_journal.tui.widgets.safe_editors import SafeInput


class TagSuggester(Suggester):
    """Suggest the completion of the last word from known tags (most used first), skipping repeats."""

    def __init__(self, known_tags: Iterable[str]) -> None:
        """Complete from `known_tags`, given in order of preference."""
        super().__init__(use_cache=False, case_sensitive=True)
        self.known_tags = [tag.lstrip("#").lower() for tag in known_tags if tag.strip("# ")]

    async def get_suggestion(self, value: str) -> str | None:
        """The whole input with its last word completed, or None."""
        return complete_last_tag(value, self.known_tags)


def complete_last_tag(value: str, known_tags: list[str]) -> str | None:
    """`value` with its last (unfinished) word completed to a known tag not already given, or None."""
    if not value or value[-1].isspace() or value[-1] == ",":
        return None
    words = value.replace(",", " ").split()
    last = words[-1]
    hashes = len(last) - len(last.lstrip("#"))
    prefix = last[hashes:].lower()
    if not prefix:
        return None
    given = {word.lstrip("#").lower() for word in words[:-1]}
    for tag in known_tags:
        if tag.startswith(prefix) and tag != prefix and tag not in given:
            return value + tag[len(prefix) :]
    return None


class TagInput(SafeInput):
    """Tags separated by spaces; `right` (or `end`) at the end accepts the suggested completion."""

    DEFAULT_CSS = """
    TagInput { width: 1fr; }
    """

    def __init__(self, known_tags: Iterable[str] = (), **kwargs: object) -> None:
        """An input completing from `known_tags`."""
        super().__init__(
            placeholder="tags, separated by spaces",
            suggester=TagSuggester(known_tags),
            **kwargs,  # type: ignore[arg-type]
        )

    def set_known_tags(self, known_tags: Iterable[str]) -> None:
        """Complete from a new list of tags."""
        self.suggester = TagSuggester(known_tags)

    def action_cursor_right(self, select: bool = False) -> None:
        """Accept the suggested tag (adding a space for the next one), or move the cursor right."""
        before = self.value
        super().action_cursor_right(select)
        if not select and self.value != before:  # only accepting a suggestion changes the value here
            self.insert_text_at_cursor(" ")
