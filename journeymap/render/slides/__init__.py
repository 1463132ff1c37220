"""Slides for presenting a map to a room: the whole map, then each stage, in type a room
can read. Drawn with the same Qt machinery as the map, so the presentation window, the
presenter console and picture exports of a slide are one drawing.

- :mod:`.plan`: the walk (which views, in which order) and what fits on a stage slide.
- :mod:`.look`: colours and type sizes for a projector, light or dark.
- :mod:`.faces`: from records to what slide items show (the one place reading the model).
- :mod:`.cards`, :mod:`.stage`, :mod:`.overview`: the items.
- :mod:`.deck`: the scene holding every slide, following the map's changes.
"""
