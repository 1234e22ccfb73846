"""Agreement measures, pure functions over counts (definitions in docs/decisions/0018).

- span F1 between two annotators, symmetric: ``2 * matched / (n_a + n_b)``; exact matching
  pairs spans with the same start, end and label; overlap matching pairs, one to one, spans
  with the same label sharing at least one code point (exact pairs first, then in order).
- Cohen's kappa from a confusion of token labels: ``(p_o - p_e) / (1 - p_e)``.
- Fleiss' kappa over units every rater labelled: ``(P - P_e) / (1 - P_e)``.
- Krippendorff's alpha, nominal, from the coincidence matrix of pairable values (units with
  at least two values; missing values allowed): ``1 - (n - 1) * D / (n^2 - sum n_c^2)`` with
  ``D`` the off-diagonal total.

Undefined values (no variation at all: the denominator is 0) are ``None``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence

from annotator.model import Span

Key = tuple[int, int, str]


def f1(matched: int, n_a: int, n_b: int) -> float | None:
    return 2 * matched / (n_a + n_b) if n_a + n_b else None


def overlap_matches(a: Sequence[Span], b: Sequence[Span]) -> list[tuple[Span, Span]]:
    """One-to-one pairs of same-label spans that share a code point (exact ones first)."""
    b_keys = {s.key: s for s in b}
    pairs = [(s, b_keys[s.key]) for s in a if s.key in b_keys]
    used_a = {s.key for s, _ in pairs}
    used_b = set(used_a)
    for s in a:
        if s.key in used_a:
            continue
        for t in b:
            if t.key not in used_b and t.label == s.label and s.overlaps(t):
                pairs.append((s, t))
                used_b.add(t.key)
                break
    return pairs


def cohen_kappa(confusion: Mapping[tuple[str, str], int]) -> float | None:
    """Cohen's kappa of two raters from counts of (label by A, label by B)."""
    n = sum(confusion.values())
    if not n:
        return None
    rows: Counter[str] = Counter()
    cols: Counter[str] = Counter()
    agree = 0
    for (x, y), count in confusion.items():
        rows[x] += count
        cols[y] += count
        if x == y:
            agree += count
    p_o = agree / n
    p_e = sum(rows[c] * cols[c] for c in rows) / (n * n)
    return None if p_e == 1 else (p_o - p_e) / (1 - p_e)


class Fleiss:
    """Fleiss' kappa accumulated unit by unit (every unit rated by the same ``raters``)."""

    def __init__(self, raters: int) -> None:
        self.raters = raters
        self.units = 0
        self.agreement = 0.0  # sum of P_i
        self.totals: Counter[str] = Counter()

    def add(self, values: Iterable[str], times: int = 1) -> None:
        counts = Counter(values)
        n = self.raters
        self.units += times
        self.agreement += times * (sum(c * c for c in counts.values()) - n) / (n * (n - 1))
        for label, c in counts.items():
            self.totals[label] += c * times

    def kappa(self) -> float | None:
        if not self.units:
            return None
        total = self.units * self.raters
        p_e = sum((c / total) ** 2 for c in self.totals.values())
        p = self.agreement / self.units
        return None if p_e == 1 else (p - p_e) / (1 - p_e)


class Alpha:
    """Krippendorff's alpha (nominal) accumulated unit by unit; units may miss values."""

    def __init__(self) -> None:
        self.coincidence: dict[tuple[str, str], float] = {}

    def add(self, values: Sequence[str], times: int = 1) -> None:
        m = len(values)
        if m < 2:
            return  # a unit with one value is not pairable
        counts = Counter(values)
        for c, n_c in counts.items():
            for k, n_k in counts.items():
                pairs = n_c * (n_k - 1) if c == k else n_c * n_k
                if pairs and times:
                    key = (c, k)
                    self.coincidence[key] = self.coincidence.get(key, 0.0) + times * pairs / (m - 1)

    def alpha(self) -> float | None:
        n = sum(self.coincidence.values())
        totals: dict[str, float] = {}
        off = 0.0
        for (c, k), o in self.coincidence.items():
            totals[c] = totals.get(c, 0.0) + o
            if c != k:
                off += o
        expected = n * n - sum(v * v for v in totals.values())
        if not n or expected <= 0:
            return None
        return 1 - (n - 1) * off / expected
