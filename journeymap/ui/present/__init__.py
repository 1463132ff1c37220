"""Workshop presentation: the audience view on the projector, the presenter console on the
laptop, and the session that walks the map, captures the room's notes and runs the votes.

- :mod:`.session`: :class:`Presentation`, the state of one presentation (which view, which
  card is zoomed, the round and participant voting) and every action a key or the console
  asks for; edits go through the Document as undoable steps.
- :mod:`.camera`: a view of the slide deck that frames one slide and glides to the next.
- :mod:`.audience`: the full-screen window the room sees (blackout, the capture box).
- :mod:`.console`: the presenter console: current and next view, notes, clocks, capture, votes.
- :mod:`.keys`: the keys clickers and people press, and what each does.
- :mod:`.screens`, :mod:`.motion`, :mod:`.clock`: screens, reduced motion, timers.
"""
