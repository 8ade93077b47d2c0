"""The learn form's "Came from" and the share form's "Links" fields: short ids of entries and cards are
saved as links, a saved link whose document is gone is kept, an unknown id or another kind is one
problem line and nothing is saved."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from growth_area_support import (
    SIZE,
    entry,
    fill,
    learning,
    make_app,
    open_area,
    open_learn_form,
    save_form,
    share,
)
from textual.pilot import Pilot
from textual.widgets import Input
from waiting import until

from lean_journal import pdca
from lean_journal.clock import FixedClock
from lean_journal.model import JournalEntry, Stage
from lean_journal.model.growth import Share, link
from lean_journal.store import Store
from lean_journal.tui.app import LeanJournalApp
from lean_journal.tui.screens.growth.form import FormScreen
from lean_journal.tui.screens.growth.learn_form import LearnForm
from lean_journal.tui.screens.growth.share_form import ShareForm

GONE = "0dd0dd00-0000-4000-8000-000000000000"
"""An entry no longer in the journal (as an old file may name)."""
TWIN = "7e570000"
"""The start of two entries' ids."""
FORMS = {"learn": LearnForm, "share": ShareForm}
PANE_KEYS = {"learn": (), "share": ("right",)}
FIELD = {"learn": "Came from", "share": "Links"}
REPOSITORY = {"learn": "learnings", "share": "shares"}


def make_item(store: Store, clock: FixedClock, pane: str, links: tuple[str, ...] = ()) -> Any:
    """A learn or share item titled 'Ask first' with `links`."""
    maker = learning if pane == "learn" else share
    return maker(store, clock, "Ask first", links=links)


async def open_form(app: LeanJournalApp, pilot: Pilot[Any], pane: str) -> FormScreen[Any]:
    """Area 3, the pane, enter on its item: its form."""
    await open_area(app, pilot)
    await pilot.press(*PANE_KEYS[pane], "enter")
    await until(pilot, lambda: isinstance(app.screen, FORMS[pane]), "the form opened")
    assert isinstance(app.screen, FormScreen)
    return app.screen


def links_field(form: FormScreen[Any]) -> str:
    """What the links field shows."""
    return form.query_one("#links", Input).value


def problem(form: FormScreen[Any]) -> str:
    """The form's problem line."""
    return str(form.query_one("#problem").render())


async def test_the_learn_form_saves_short_ids_typed_in_came_from(store: Store, clock: FixedClock) -> None:
    """A new lesson: an entry's bare short id and a card's as card:id become its links, shown as typed
    links when the form opens again."""
    coached = entry(store, clock, "Coached Jon")
    card = store.cards.add(pdca.new_card("Fewer meetings", Stage.PLAN, clock.now() - timedelta(days=5)))
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        await open_learn_form(app, pilot)
        assert isinstance(app.screen, LearnForm)
        labels = [str(label.render()) for label in app.screen.query(".form-label")]
        assert "Came from: short ids of entries and cards (entry:1a2b3c4d)" in labels
        await fill(pilot, "title", "Ask first")
        await fill(pilot, "links", f"{coached.short_id} card:{card.short_id}")
        await save_form(pilot, app)
        [lesson] = store.learnings.all()
        assert lesson.links == (f"entry:{coached.id}", f"card:{card.id}")
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, LearnForm), "the form again")
        assert links_field(app.screen) == f"entry:{coached.short_id} card:{card.short_id}"  # type: ignore[arg-type]


async def test_the_share_form_saves_short_ids_typed_in_links(store: Store, clock: FixedClock) -> None:
    """An old share: a card's short id added to its links field is saved after the entry it had."""
    coached = entry(store, clock, "Coached Jon")
    card = store.cards.add(pdca.new_card("Fewer meetings", Stage.PLAN, clock.now() - timedelta(days=5)))
    told = make_item(store, clock, "share", (link("entry", coached.id),))
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        form = await open_form(app, pilot, "share")
        labels = [str(label.render()) for label in form.query(".form-label")]
        assert "Links: short ids of entries and cards" in labels
        assert links_field(form) == f"entry:{coached.short_id}"
        await fill(pilot, "links", f"entry:{coached.short_id} {card.short_id}")
        await save_form(pilot, app)
        assert store.shares.get(told.id).links == (f"entry:{coached.id}", f"card:{card.id}")


@pytest.mark.parametrize("pane", ["learn", "share"])
async def test_a_gone_link_is_kept_and_a_bad_id_is_refused_without_saving(
    store: Store, clock: FixedClock, pane: str
) -> None:
    """An item naming an entry no longer there saves with it kept; an unknown id, an ambiguous one, or a
    share's or goal's id is one problem line in the form, and the store keeps what it had."""
    now = clock.now()
    here = entry(store, clock, "Huddle")
    week_ago = now - timedelta(days=7)
    other = store.shares.add(Share("Kata talk", week_ago.date(), week_ago, week_ago))  # listed below the item
    for n in (1, 2):  # two entries whose ids both begin 7e570000
        store.entries.add(
            JournalEntry(clock.today(), f"Twin {n}", now, now, id=f"{TWIN}-000{n}-4000-8000-000000000000")
        )
    kept = (link("entry", GONE), link("entry", here.id))
    item = make_item(store, clock, pane, kept)
    repository = getattr(store, REPOSITORY[pane])
    app = make_app(store, clock)
    async with app.run_test(size=SIZE) as pilot:
        form = await open_form(app, pilot, pane)
        shown = links_field(form)
        assert shown == f"entry:{GONE[:8]} entry:{here.short_id}"
        refusals = {
            "ffffffff": ": no entry or card has that id",
            f"share:{other.short_id}": ": cannot link to a share here (only entry, card)",
            "goal:1a2b3c4d": ": cannot link to a goal here (only entry, card)",
            TWIN: " matches 2 documents; type more of the id",
        }
        for typed, why in refusals.items():
            await fill(pilot, "links", f"{shown} {typed}")
            await fill(pilot, "title", "Changed")
            await pilot.press("ctrl+s")
            await pilot.pause()
            assert app.screen is form
            assert problem(form) == f"{FIELD[pane]}: '{typed}'{why}"
            assert (repository.get(item.id).title, repository.get(item.id).links) == ("Ask first", kept)
        await fill(pilot, "links", shown)
        await save_form(pilot, app)
        saved = repository.get(item.id)
        assert (saved.title, saved.links) == ("Changed", kept)
