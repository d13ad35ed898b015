"""Plain `trainer`: open the app on the home screen.

Imports stay inside ``run_app`` so `trainer --help` and subcommands never pay for Textual, and the
app itself reads packs and progress after its first frame.
"""

from __future__ import annotations

import argparse

from trainer.commands.common import pack_paths


def run_app(args: argparse.Namespace) -> int:
    pack_paths(args)  # a mistyped --packs path is said before the screen takes over, as elsewhere
    from trainer.ui.app import make_app

    app = make_app(packs=list(args.packs) or None)
    app.run()
    return 0
