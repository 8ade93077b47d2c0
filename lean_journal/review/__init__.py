"""Pure review logic: streaks, trends, the kaizen report (imports model and store; no textual)."""
