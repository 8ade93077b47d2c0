"""The Review area's widgets: the day-cell grid, the figure panels, the charts and the lists."""
