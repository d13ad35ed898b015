"""Workshop mode: a facilitator runs drills for a room (no Textual in this package).

``roster`` parses who is in the room, ``model`` holds the configuration and the state of a running
workshop (timer as data with an injected clock), ``store`` saves it after every action, ``points``
turns tallies into standings, ``report`` writes the handout, and ``session`` ties them to packs,
the coach and the progress store.
"""
