"""Small pure helpers below everything else: the standard library only, no model, no Qt.

Number parsing (what a person types), progress and cancellation, atomic writing and
bounded reading, the translation helper and where bundled resources live.
"""
