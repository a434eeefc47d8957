"""Task order per participant: fixed, seeded random, or a balanced (Williams) Latin square."""

from __future__ import annotations

import random

from uxlab.core.study import OrderPolicy


def williams_rows(n: int) -> list[list[int]]:
    """A Williams design: each task appears once in each position and, across the rows, each task
    follows every other task equally often (first-order carry-over balance). n rows for even n,
    2n rows (the square and its mirror) for odd n. Williams (1949), Aust. J. Sci. Res. A 2, 149-168.
    """
    if n <= 0:
        return []
    # First row: 0, 1, n-1, 2, n-2, ...
    first: list[int] = [0]
    lo, hi = 1, n - 1
    take_lo = True
    while len(first) < n:
        if take_lo:
            first.append(lo)
            lo += 1
        else:
            first.append(hi)
            hi -= 1
        take_lo = not take_lo
    rows = [[(x + r) % n for x in first] for r in range(n)]
    if n % 2 == 1:
        rows += [list(reversed(row)) for row in rows]
    return rows


def task_order(task_ids: list[str], policy: OrderPolicy, participant_index: int, participant_id: str = "") -> list[str]:
    """The order of ``task_ids`` for the participant at ``participant_index`` (0-based, the order
    in which participants are listed or sessions start)."""
    if policy.policy == "fixed" or len(task_ids) < 2:
        return list(task_ids)
    if policy.policy == "random":
        rng = random.Random(f"{policy.seed}:{participant_index}:{participant_id}")
        out = list(task_ids)
        rng.shuffle(out)
        return out
    if policy.policy == "latin_square":
        rows = williams_rows(len(task_ids))
        row = rows[participant_index % len(rows)]
        return [task_ids[i] for i in row]
    raise ValueError(f"unknown order policy {policy.policy!r}")
