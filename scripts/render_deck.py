"""Render the demo journal's kaizen deck to PNGs under screenshots/: the HTML deck with headless Chromium,
the PowerPoint deck with LibreOffice (both from Debian: `apt-get install chromium libreoffice-impress
poppler-utils`).

Usage: python scripts/render_deck.py [--out screenshots] [--month 2026-10]

Writes deck-html-1.png, deck-html-2.png, ... and deck-pptx-1.png, ... (one per slide). Chromium prints the
HTML to PDF (one slide per page) and pdftoppm turns the pages into PNGs; without pdftoppm only the first
screen is captured with --screenshot. LibreOffice converts the .pptx to PDF, then pdftoppm again (or, without
it, only the first slide with --convert-to png). A missing tool is said and skipped; the exit status is 1
when nothing could be rendered.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from lean_journal.clock import FixedClock
from lean_journal.demo import write_demo
from lean_journal.model.report import MonthNotes, parse_month
from lean_journal.review.deck.content import build_deck
from lean_journal.review.deck.html import render_html
from lean_journal.review.deck.pptx import render_pptx
from lean_journal.store import Store

TODAY = datetime(2026, 11, 24, 9, 30, tzinfo=UTC)
DEFAULT_OUT = Path(__file__).resolve().parent.parent / "screenshots"
CHROMIUMS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
OFFICES = ("soffice", "libreoffice")
HEADLINE = "Two improvements adopted; the boss's changeover struggle is in Plan."
ASK = "Half a day with maintenance on line 1 to try the changeover cart."
AUTHOR = "Dana Lee"


def first_tool(names: tuple[str, ...]) -> str | None:
    """The first of these executables found on PATH."""
    return next((found for name in names if (found := shutil.which(name))), None)


def demo_deck(folder: Path, month: str) -> tuple[Path, Path]:
    """The one-year demo's deck for `month`, with a headline, an ask and an author, as HTML and PPTX files."""
    store = Store(folder / "journal.json", FixedClock(TODAY))
    write_demo(store, years=1, seed=7)
    store.reports.put(MonthNotes(month=month, headline=HEADLINE, ask=ASK))
    store.reports.set_author(AUTHOR)
    deck = build_deck(store, parse_month(month), TODAY.date())
    html, pptx = folder / "deck.html", folder / "deck.pptx"
    html.write_text(render_html(deck), encoding="utf-8")
    pptx.write_bytes(render_pptx(deck, TODAY))
    return html, pptx


def pdf_to_pngs(pdf: Path, out: Path, prefix: str) -> list[Path]:
    """Each page of `pdf` as out/<prefix>-N.png (pdftoppm), or [] without pdftoppm."""
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None or not pdf.exists():
        return []
    stem = pdf.parent / prefix
    subprocess.run([pdftoppm, "-png", "-r", "60", str(pdf), str(stem)], check=True, timeout=300)
    made = []
    for page in sorted(pdf.parent.glob(f"{prefix}-*.png"), key=lambda p: int(p.stem.rsplit("-", 1)[1])):
        target = out / f"{prefix}-{int(page.stem.rsplit('-', 1)[1])}.png"
        shutil.move(page, target)
        made.append(target)
    return made


def render_html_pngs(chromium: str, html: Path, out: Path) -> list[Path]:
    """The HTML deck's slides as PNGs: printed to PDF a slide a page, or the first screen alone."""
    common = [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars"]
    pdf = html.with_suffix(".pdf")
    subprocess.run([*common, "--no-pdf-header-footer", f"--print-to-pdf={pdf}", html.as_uri()], timeout=300)
    made = pdf_to_pngs(pdf, out, "deck-html")
    if not made:
        first = out / "deck-html-1.png"
        subprocess.run(
            [*common, "--window-size=1280,720", f"--screenshot={first}", html.as_uri()], timeout=300
        )
        made = [first] if first.exists() else []
    return made


def render_pptx_pngs(office: str, pptx: Path, out: Path) -> list[Path]:
    """The PowerPoint deck's slides as PNGs: through PDF with pdftoppm, or only the first slide."""
    folder = pptx.parent
    convert = [office, "--headless", "--convert-to"]
    subprocess.run([*convert, "pdf", "--outdir", str(folder), str(pptx)], timeout=300, check=False)
    made = pdf_to_pngs(pptx.with_suffix(".pdf"), out, "deck-pptx")
    if not made:
        subprocess.run([*convert, "png", "--outdir", str(folder), str(pptx)], timeout=300, check=False)
        png = pptx.with_suffix(".png")
        if png.exists():
            made = [Path(shutil.move(png, out / "deck-pptx-1.png"))]
    return made


def main(argv: list[str] | None = None) -> int:
    """Render both decks; say which tools are missing."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--month", default="2026-10", help="the demo month to render (YYYY-MM)")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    chromium, office = first_tool(CHROMIUMS), first_tool(OFFICES)
    made: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="lj-deck-") as temp:
        html, pptx = demo_deck(Path(temp), args.month)
        if chromium is None:
            print(
                "no Chromium found (apt-get install chromium): the HTML deck was not rendered",
                file=sys.stderr,
            )
        else:
            made += render_html_pngs(chromium, html, args.out)
        if office is None:
            print(
                "no LibreOffice found (apt-get install libreoffice-impress): the PPTX was not rendered",
                file=sys.stderr,
            )
        else:
            made += render_pptx_pngs(office, pptx, args.out)
    if shutil.which("pdftoppm") is None:
        print("no pdftoppm (apt-get install poppler-utils): only each deck's first slide", file=sys.stderr)
    for path in made:
        print(path)
    return 0 if made else 1


if __name__ == "__main__":
    sys.exit(main())
