"""Our JSON and Markdown formats and jrnl's (imports model and store.schema; no textual)."""
