"""Pure journal logic: search, entry links, natural dates, the external editor (no textual)."""
