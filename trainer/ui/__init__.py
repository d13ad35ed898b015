"""The Textual app: ``app.py`` (thin), ``screens/``, ``widgets/``, ``dialogs/`` and one ``app.tcss``."""
