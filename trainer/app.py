"""``trainer.app:TrainerApp()`` builds the app on the defaults (built-in and user packs, the
user's data folder) — for ``textual run`` and other tools that want an app class."""

from trainer.ui.app import TrainerApp, make_app

__all__ = ["TrainerApp", "make_app"]
