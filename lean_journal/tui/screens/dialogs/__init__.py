"""Modal dialogs shared by the areas: they return answers and never save."""
