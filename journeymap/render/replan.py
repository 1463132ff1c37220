"""After an edit, in idle time: every card flow routed again as a fresh scene would route it.

Routes are planned greedily: a flow takes the first free track and label spot, so where a
flow runs depends on which flows were routed before it. An edit re-routes only the flows it
touched (at once or in idle time, journeymap.render.lazy_flows), so after some edits a map
can be drawn a little differently from the same map opened afresh (and from its exported
picture, which is drawn by a fresh scene), and an undo need not bring back the drawing that
was there before.

:class:`Replan` settles that in idle time: it plans every card flow again, from an empty
plan and in the order a fresh scene uses, a few flows per step, into a plan *aside* (what is
drawn meanwhile keeps its own plan). When it is done, that plan becomes the plan and the
flows whose route differs are drawn anew: usually a few. Any change to the grid meanwhile
makes the work stale; it starts again at the next pause.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from journeymap.render.flowplan import Plan

if TYPE_CHECKING:
    from journeymap.render.grid_flows import FlowRoutes

ROUNDS = 4
"""As many rounds as the routing of a fresh scene (grid_flows.AIM_ROUNDS)."""


class Replan:
    """One pass over every card flow of ``routes``, in steps."""

    def __init__(self, routes: FlowRoutes) -> None:
        self.routes = routes
        self.generation = routes.generation
        self.plan = routes.new_plan()
        self.routes_found: dict[str, Plan | None] = {}
        self._dirty: set[str] = set(routes.card_flow_ids())
        self._queue: list[str] = []
        self._round = 0

    @property
    def stale(self) -> bool:
        """Whether the grid changed since this pass began."""
        return self.routes.generation != self.generation

    def step(self, count: int) -> bool:
        """Plan up to ``count`` flows; True when every flow is planned and shown."""
        routes = self.routes
        with routes.planning(self.plan, self._dirty):
            for _ in range(count):
                if not self._queue and not self._next_round():
                    break
                flow = self._queue.pop()
                if routes.has(flow):
                    self._dirty.discard(flow)  # planned now, with its siblings' ports as they are
                    self.routes_found[flow] = routes.route(flow)
            else:
                return False
        routes.adopt(self.plan, self.routes_found)
        return True

    def _next_round(self) -> bool:
        if not self._dirty or self._round == ROUNDS:
            return False
        self._round += 1
        self._queue = sorted(self._dirty, reverse=True)  # popped from the end: in order
        self._dirty.clear()  # the same set the routes mark while planning
        return True
