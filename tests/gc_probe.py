"""An app that notes whether the garbage collector runs at mount and once the warm-up is done, then quits."""

from __future__ import annotations

import gc

from lean_journal.tui.app import LeanJournalApp

LOOK_EVERY = 0.01
MOST_LOOKS = 6000  # a minute of looks: the warm-up never ended


class GcProbeApp(LeanJournalApp):
    """The real app; `seen` gets the collector's state at mount and after the warm-up, then it quits."""

    seen: dict[str, bool]

    def on_mount(self) -> None:
        """Note the collector now, and look again until the warm-up is done."""
        super().on_mount()
        self.seen = {"at mount": gc.isenabled()}
        self._looks = 0
        self.set_interval(LOOK_EVERY, self.look_after_warm_up)

    def look_after_warm_up(self) -> None:
        """Once the warm-up is done (and its switching on of the collector ran), note it and quit."""
        self._looks += 1
        if self._looks > MOST_LOOKS:
            self.exit()
        elif self.warm_up.done and self.return_code is None:
            self.call_later(self.note_and_quit)

    def note_and_quit(self) -> None:
        """Note the collector and quit."""
        self.seen["after warm-up"] = gc.isenabled()
        self.exit()
