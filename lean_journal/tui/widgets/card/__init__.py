"""The card page's widgets: they post messages, and import neither screens nor store."""
