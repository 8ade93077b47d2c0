"""Pure review logic: statistics over any month, year or range, and the kaizen report (imports model and
store; no textual).

The statistics, for the Review area, the deck and `lean-journal stats`:
- `period`: `Period` (inclusive days; `month`, `month_of`, `year`, `range`, `rolling`, `previous()`),
  `parse_month`, `parse_year`, `period_between`, `supported`, `begun`, `PeriodError`;
- `stats`: `ReviewData` (read once: `from_store(store)`), `.figures(period, today)` -> `Figures`,
  `.review(period, today)` -> `Review` (`current`, `previous`, `change()`, `to_json()`);
- `journal_figures`: `JournalIndex`, `JournalFigures`, `journal_figures`; `streaks`: the streak rules;
- `trends`: mood and energy by week and month, mood by tag, words per day, totals per month, on this day
  (`journal_trends` -> `JournalTrends`, the part `Figures.trends` holds);
- `pdca_figures`: `PdcaFigures`, `pdca_figures`, `percentile`; `rechecks`: `Recheck`, `recheck_figures`;
- `growth_figures`: `GrowthFigures`, `growth_figures`; `delta`: `Delta`, `compare`, `LOWER_IS_BETTER`,
  `KINDS` (each figure counts events or is a level).
"""
