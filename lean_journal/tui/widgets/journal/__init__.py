"""The journal's widgets: they post messages, and import neither screens nor store."""
