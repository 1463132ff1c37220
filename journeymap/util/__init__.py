"""Small pure helpers below everything else: the standard library only, no model, no Qt.

Number parsing (what a person types), progress and cancellation, atomic writing and
bounded reading, short excerpts of bad values for messages, the translation helper and
where bundled resources live; pausing the garbage collector, open-file locks, and
git set up for maps.
"""
