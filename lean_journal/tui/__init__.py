"""Everything that draws, the only code importing textual (may import every pure package)."""
