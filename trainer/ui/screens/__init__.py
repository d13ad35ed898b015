"""One screen per file. ``flow.screen_for`` picks the screen for a session's current exercise."""
