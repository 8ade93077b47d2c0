"""The few private Textual APIs lean-journal uses to start faster, each isolated here and fail-safe.

Textual has no public way to build a screen before it is shown, to skip the CSS refresh of a mode's
first switch, or to keep it from rendering frames it will not display. Each helper checks for the
attributes it needs and does nothing (Textual's usual path) if an upgrade has changed them, and
tests/test_textual_internals.py covers both paths.
"""

from __future__ import annotations

from typing import Any

from textual.app import App
from textual.geometry import Region, Size
from textual.screen import Screen
from textual.widget import Widget


def rendering_is_discarded(app: App[Any]) -> bool:
    """True while Textual batches updates: a frame rendered now would be thrown away undisplayed.

    During start-up Textual mounts the first screen inside a batch, renders it in full, then drops the
    frame (it displays nothing in a batch) and clears the regions it painted. Its first displayed frame
    then shows only what changed afterwards, and the rest follows a frame or two later. A screen that
    skips rendering while this is true keeps its dirty regions, so its first displayed frame is whole.
    """
    return bool(getattr(app, "_batch_count", 0))


def mark_styles_current(app: App[Any], screen: Screen[Any]) -> None:
    """Mark `screen`'s styles as current, so its mode's first switch does not refresh all the app's CSS.

    Right for a screen styled by the app's current stylesheet: the app's first screen (the stylesheet
    was just built from the theme) and a screen registered unseen (start_off_screen). The refresh, a
    re-parse of every CSS source and a restyle of the whole app, would change nothing. A theme changed
    later still refreshes the CSS, as Textual schedules that on its own.
    """
    count = getattr(app, "_css_update_count", None)
    if count is not None and hasattr(screen, "_css_update_count"):
        screen._css_update_count = count


def start_off_screen(app: App[Any], mode: str, screen: Screen[Any]) -> bool:
    """Make `screen` the mounted, unseen screen of `mode` (private Textual API); False if this Textual can't.

    Textual has no public way to mount a mode's screen before it is shown. This does what
    `App._init_mode` does on the mode's first switch, minus showing it: load the screen's own CSS and
    CSS_PATH into the app's stylesheet, register the screen (it composes, mounts and styles its
    widgets), mark its styles current as `App.refresh_css` would, and install its screen stack.
    The first switch then skips re-parsing and re-applying all the app's CSS (Textual 8 does that
    twice there) and restyling the screen twice. Should a Textual upgrade change these, nothing is
    done and the screen is built when first shown, as usual.
    """
    stacks = getattr(app, "_screen_stacks", None)
    css_count = getattr(app, "_css_update_count", None)
    register = getattr(app, "_register", None)
    load_css = getattr(app, "_load_screen_css", None)
    if not isinstance(stacks, dict) or mode in stacks or css_count is None:
        return False
    if not callable(register) or not callable(load_css) or not hasattr(screen, "_css_update_count"):
        return False
    try:
        load_css(screen)  # first, unlike _init_mode: registering styles the screen itself at once
        register(app, screen)
    except Exception:  # a changed private API must never break the app
        return False
    mark_styles_current(app, screen)
    stacks[mode] = [screen]
    return True


def lay_out_off_screen(screen: Screen[Any], size: Size) -> list[tuple[Widget, Region]]:
    """Lay out a mounted `screen` that is not shown (private Textual API): each widget, and what to render.

    Textual lays out and renders only the current screen, so a screen's first switch pays for its
    whole first frame, and for a second layout once its lists have learnt their height from that
    render. Doing this unseen, in idle time (render_off_screen each widget, then
    compose_frame_off_screen), leaves the widgets sized and their lines cached, so the switch mostly
    repaints from cache. Nothing is displayed; on any error (an empty list) the switch does it all.
    """
    try:
        screen._refresh_layout(size)
        screen._layout_required = False  # as Screen._on_timer_update does after a layout
        shown = screen._compositor.visible_widgets.items()
        return [(widget, region_to_render(region, clip)) for widget, (region, clip) in shown]
    except Exception:  # a changed private API must never break the app
        return []


def region_to_render(region: Region, clip: Region) -> Region:
    """The part of a widget at `region`, clipped to `clip`, that the compositor renders (in its own cells)."""
    visible = region.intersection(clip)
    return Region(visible.x - region.x, visible.y - region.y, visible.width, visible.height)


def render_off_screen(widget: Widget, crop: Region) -> None:
    """Render `crop` of an unseen widget's lines into its caches (nothing is displayed)."""
    if crop.area:
        try:
            widget.render_lines(crop)
        except Exception:  # a changed private API must never break the app
            return


def compose_frame_off_screen(screen: Screen[Any]) -> None:
    """Make an unseen screen's whole frame from its widgets' (cached) lines, and throw it away."""
    try:
        screen._compositor.render_update(full=True)
    except Exception:  # a changed private API must never break the app
        return


def update_now(screen: Screen[Any]) -> None:
    """Lay out and paint what `screen` has pending now, not at its update timer's next tick.

    Textual paints a screen from a 60 Hz timer that it resumes when the screen falls idle; a screen
    just switched to waits up to a whole tick for it, the first time always. This runs what
    the tick would run (as Textual's own Pilot.pause does). Without it, the tick paints as usual.
    """
    update = getattr(screen, "_on_timer_update", None)
    if callable(update):
        try:
            update()
        except Exception:  # a changed private API must never break the app
            return
