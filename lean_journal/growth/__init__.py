"""Learn · Share · Grow: share debt, progress, links and filters over the growth model. Pure."""
