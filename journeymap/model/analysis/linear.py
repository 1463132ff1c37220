"""Sparse linear systems ``A x = b`` in pure Python (numpy is not a dependency of journeymap).

The flow analysis only solves ``(I - Q) x = r`` where ``Q`` is the transition matrix among
the transient states of an absorbing Markov chain, restricted to the states from which the
absorbing set can be reached. Such a matrix is a non-singular M-matrix, and so is every
leading principal sub-matrix, so Gaussian elimination in the given order never meets a zero
pivot and needs no pivoting; each step keeps row diagonal dominance, which keeps it stable.
The result is exact up to rounding: there is no iteration and so no convergence question.
"""

from __future__ import annotations

from collections.abc import Sequence

from journeymap.util.i18n import tr


class SingularSystemError(ArithmeticError):
    """The system has no unique solution (never raised for the chains built by the analysis)."""


def solve(rows: Sequence[dict[int, float]], rhs: Sequence[float]) -> list[float]:
    """Solve the sparse system given as one ``{column: value}`` dict per row. Every pivot must
    come out positive, as it does for the M-matrices of the flow analysis; else it raises."""
    size = len(rows)
    matrix = [dict(row) for row in rows]
    values = list(rhs)
    columns: list[set[int]] = [set() for _ in range(size)]
    for index, row in enumerate(matrix):
        for column in row:
            columns[column].add(index)
    for k in range(size):
        pivot = matrix[k].get(k, 0.0)
        if not pivot > 0.0:  # an M-matrix keeps every pivot positive, however small
            raise SingularSystemError(tr("the flow equations have no unique solution"))
        for i in sorted(r for r in columns[k] if r > k):
            _eliminate(matrix, columns, values, k, i)
    return _back_substitute(matrix, values)


def _eliminate(
    matrix: list[dict[int, float]], columns: list[set[int]], values: list[float], k: int, i: int
) -> None:
    """Subtract a multiple of row ``k`` from row ``i`` so that ``matrix[i][k]`` becomes zero."""
    factor = matrix[i].pop(k) / matrix[k][k]
    columns[k].discard(i)
    for j, value in matrix[k].items():
        if j > k:
            matrix[i][j] = matrix[i].get(j, 0.0) - factor * value
            columns[j].add(i)
    values[i] -= factor * values[k]


def _back_substitute(matrix: list[dict[int, float]], values: list[float]) -> list[float]:
    solution = [0.0] * len(matrix)
    for k in reversed(range(len(matrix))):
        rest = sum(value * solution[j] for j, value in matrix[k].items() if j > k)
        solution[k] = (values[k] - rest) / matrix[k][k]
    return solution
