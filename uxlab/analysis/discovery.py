"""Problem discovery from a problem x participant matrix (Sauro & Lewis 2016, *Quantifying the
User Experience* 2nd ed., ch. 7; Lewis 2001; Nielsen & Landauer 1993). numpy only.

- p = mean of the matrix of observed problems (N problems x n participants);
- Lewis (2001) small-sample adjustment: p_adj = 1/2 (p - 1/n)(1 - 1/n) + 1/2 p / (1 + N1/N),
  the mean of the normalisation ("deflation") and Good-Turing estimates, N1 = problems seen by
  exactly one participant;
- share of problems discovered with n participants: 1 - (1 - p)^n;
- participants needed for a discovery goal G: n = ceil(ln(1 - G) / ln(1 - p));
- estimated number of problems in all: N / (1 - (1 - p_adj)^n).
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass
from typing import Any

import numpy as np
from numpy.typing import ArrayLike

from uxlab.core.errors import DataError


def _check_p(p: float, name: str = "p") -> float:
    p = float(p)
    if not 0.0 < p <= 1.0:
        raise DataError(f"{name} = {p!r} is not a probability above 0", field=name,
                        fix="give the average chance a participant meets a problem, e.g. 0.31")
    return p


def share_discovered(p: float, n: int | ArrayLike) -> Any:
    """Expected share of the problems (of frequency p) seen at least once with n participants."""
    p = _check_p(p)
    n_arr = np.asarray(n, dtype=float)
    if np.any(n_arr < 0):
        raise DataError("a negative number of participants", field="n", fix="use 0 or more participants")
    out = 1.0 - (1.0 - p) ** n_arr
    return float(out) if out.ndim == 0 else out


def participants_needed(p: float, goal: float) -> int:
    """The smallest n with 1 - (1 - p)^n >= goal (QtUX table 7.1)."""
    p = _check_p(p)
    goal = float(goal)
    if not 0.0 < goal < 1.0:
        raise DataError(f"discovery goal {goal!r} is not between 0 and 1", field="goal",
                        fix="use a share such as 0.85 (85 % of the problems)")
    if p >= 1.0:
        return 1
    n = math.log(1.0 - goal) / math.log(1.0 - p)
    # guard against n landing a hair above a whole number through rounding
    return max(1, math.ceil(n - 1e-9))


@dataclass(frozen=True)
class DiscoveryEstimate:
    participants: int  # n
    problems: int  # N, problems observed at least once
    once: int  # N1, problems seen by exactly one participant
    p: float | None
    p_deflated: float | None  # (p - 1/n)(1 - 1/n)
    p_good_turing: float | None  # p / (1 + N1/N)
    p_adjusted: float | None  # mean of the two
    discovered: float | None  # 1 - (1 - p_adj)^n: share of all problems found so far
    estimated_total: float | None  # N / discovered

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def needed(self, goal: float, adjusted: bool = True) -> int | None:
        """Participants needed in all for ``goal`` (with the adjusted p unless told otherwise)."""
        p = self.p_adjusted if adjusted else self.p
        if p is None or p <= 0.0:
            return None
        return participants_needed(p, goal)


def discovery(matrix: ArrayLike) -> DiscoveryEstimate:
    """Estimates from a 0/1 matrix, problems as rows, participants as columns. Problems nobody
    met (all-zero rows) are not observed problems and are left out."""
    m = np.asarray(matrix, dtype=float)
    if m.ndim != 2:
        raise DataError("the problem matrix must have two dimensions", field="matrix",
                        fix="give problems as rows and participants as columns")
    if m.size and not np.isin(m, (0.0, 1.0)).all():
        raise DataError("the problem matrix holds values other than 0 and 1", field="matrix",
                        fix="mark 1 where a participant met a problem, 0 elsewhere")
    n = m.shape[1]
    m = m[m.sum(axis=1) > 0] if m.size else m
    big_n = m.shape[0] if n else 0
    if n == 0 or big_n == 0:
        return DiscoveryEstimate(n, big_n, 0, None, None, None, None, None, None)
    counts = m.sum(axis=1)
    once = int((counts == 1).sum())
    p = float(m.mean())
    p_defl = (p - 1.0 / n) * (1.0 - 1.0 / n)
    p_gt = p / (1.0 + once / big_n)
    p_adj = 0.5 * p_defl + 0.5 * p_gt
    found = 1.0 - (1.0 - p_adj) ** n if p_adj > 0 else None
    total = big_n / found if found else None
    return DiscoveryEstimate(n, big_n, once, p, p_defl, p_gt, p_adj, found, total)


def discovery_curve(p: float, n_max: int) -> tuple[Any, Any]:
    """n = 0 ... n_max and the expected share discovered at each n."""
    ns = np.arange(0, max(0, int(n_max)) + 1)
    return ns, share_discovered(p, ns)
