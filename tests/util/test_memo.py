from __future__ import annotations

from journeymap.util.memo import cached


def test_a_value_is_made_once_while_the_cache_is_open_and_afresh_without_one() -> None:
    made: list[str] = []

    def make(key: str) -> int:
        made.append(key)
        return len(made)

    cache: dict[str, int] = {}
    assert [cached(cache, k, make) for k in ("a", "b", "a")] == [1, 2, 1]
    assert made == ["a", "b"]
    assert cached(None, "a", make) == 3  # no cache: made again
    assert cached(None, "a", make) == 4
