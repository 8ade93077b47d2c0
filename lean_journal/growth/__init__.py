"""Pure Learn · Share · Grow logic, filled by the next issues (imports model; no textual)."""
