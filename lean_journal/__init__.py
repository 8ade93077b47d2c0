"""lean-journal: a terminal journal, PDCA board and review for a personal lean practice."""

__version__ = "0.1.0"
