"""Textual's parsed stylesheets kept on disk, so a warm start does not parse app.tcss again.

Textual parses every stylesheet (ours and each widget's defaults) on every start and keeps the
result only in memory: app.tcss alone takes about 12 ms and Button's defaults about 6 ms, a tenth
of the time to the home screen's first frame. Like bytecode for modules, the parsed rules are
written once to ``paths.cache_dir()/css`` and handed back to Textual's own parse cache on the
next start. The file name holds everything the rules depend on besides the CSS text (which is in
each entry's key): this format, Python, the installed Textual and the CSS variables (the theme).
A missing, damaged or foreign file is ignored and rewritten, never trusted over the source.
"""

from __future__ import annotations

import os
import pickle
import sys
import zlib
from pathlib import Path
from typing import Any

from textual.css import model, parse, styles
from textual.css.stylesheet import Stylesheet

CACHE_FORMAT = 2


def _textual_stamp() -> str:
    # Another Textual (or an edited one) may build different rules from the same CSS.
    stamp = ""
    for module in (model, parse, styles):
        try:
            stat = os.stat(module.__file__ or "")
        except OSError:
            continue
        stamp += f"{module.__file__}:{stat.st_size}:{stat.st_mtime_ns};"
    return stamp


class ParsedCssCache:
    """Fills ``stylesheet``'s parse cache from disk; ``save`` writes back what is new."""

    def __init__(self, stylesheet: Stylesheet, folder: Path) -> None:
        self.stylesheet = stylesheet
        self.variables = dict(getattr(stylesheet, "_variables", {}))
        """The CSS variables the cached rules were parsed with; other ones need other rules."""
        self.stamp = repr(
            (CACHE_FORMAT, sys.version, _textual_stamp(), sorted(self.variables.items()))
        )
        """What the rules depend on besides the CSS text; a file stamped otherwise is not used."""
        # crc32, not hashlib (whose import costs more than a millisecond here): the name only
        # spreads files; the full stamp inside is what is checked.
        self.file = folder / "css" / f"{zlib.crc32(self.stamp.encode('utf-8')):08x}.pickle"
        self.loaded: set[Any] = set()
        self._load()

    def _load(self) -> None:
        try:
            stamp, entries = pickle.loads(self.file.read_bytes())
        except Exception:  # noqa: BLE001 - missing, damaged or unreadable: parse as usual
            return
        if stamp != self.stamp or not isinstance(entries, dict):
            return
        try:
            for key, rules in entries.items():
                self.stylesheet._parse_cache.set(key, rules)
        except Exception:  # noqa: BLE001 - Textual's private cache changed shape: parse as usual
            return
        self.loaded = set(entries)

    def save(self) -> None:
        """Write the parsed stylesheets to disk if any were parsed since the file was read."""
        from trainer.progress.atomic import atomic_write

        try:
            # Textual's private parse cache: if a later Textual changes it, this only costs speed.
            if self.stylesheet._variables != self.variables:
                return  # the theme changed: the cache now holds rules for other variables
            cache = self.stylesheet._parse_cache
            keys = list(cache.keys())
            if set(keys) <= self.loaded:
                return
            entries = {key: cache.get(key) for key in keys}
            payload = pickle.dumps((self.stamp, entries), protocol=pickle.HIGHEST_PROTOCOL)
            atomic_write(self.file, payload)
        except Exception:  # noqa: BLE001 - a cache that cannot be written only costs speed
            return
        self.loaded = set(keys)
        for old in self.file.parent.glob("*.pickle"):
            if old != self.file:
                # Another theme's or Textual's rules: rebuilt if ever needed again.
                old.unlink(missing_ok=True)
