"""The Textual app: a thin ``app.py``, ``screens/``, ``widgets/``, ``dialogs/``, ``app.tcss``."""
