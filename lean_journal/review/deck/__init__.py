"""The monthly kaizen deck: `content.build_deck` makes it as data (`slides.Deck`); `marp`, `html` and
`pptx` render it as Markdown, one self-contained HTML file or a PowerPoint file (pure, no Textual)."""
