"""Search matches as sorted ranges: which meet a window, which is next or previous."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from annotator.text.ranges import RangeIndex


def test_rejects_empty_or_negative_ranges() -> None:
    with pytest.raises(ValueError):
        RangeIndex([(3, 3)])
    with pytest.raises(ValueError):
        RangeIndex([(-1, 2)])


def test_step_from_the_caret_and_from_a_selected_match() -> None:
    ranges = RangeIndex([(30, 34), (10, 14), (50, 52)])
    assert ranges.ranges == [(10, 14), (30, 34), (50, 52)]
    assert ranges.step_from(0, 0, +1, wrap=False) == 0
    assert ranges.step_from(10, 10, +1, wrap=False) == 0  # a match at the caret comes first
    assert ranges.step_from(10, 14, +1, wrap=False) == 1  # selected: the one after it
    assert ranges.step_from(10, 14, -1, wrap=False) is None
    assert ranges.step_from(10, 14, -1, wrap=True) == 2
    assert ranges.step_from(50, 52, +1, wrap=True) == 0
    assert ranges.step_from(40, 40, -1, wrap=False) == 1
    assert RangeIndex().step_from(0, 0, 1, wrap=True) is None
    assert ranges.index((30, 34)) == 1 and ranges.index((30, 35)) == -1


spans = st.tuples(st.integers(0, 200), st.integers(1, 60)).map(lambda p: (p[0], p[0] + p[1]))


@given(st.lists(spans, max_size=40), st.integers(0, 260), st.integers(0, 40))
def test_overlapping_is_exact_even_when_ranges_nest(
    found: list[tuple[int, int]], start: int, width: int
) -> None:
    index = RangeIndex(found)
    end = max(start + width, start + 1)
    expected = [i for i, (a, b) in enumerate(index.ranges) if a < end and b > start]
    assert index.overlapping(start, start + width) == expected
