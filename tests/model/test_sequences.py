"""Orders of ids: which ids moved, and the three-way merge of orders."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from journeymap.model.sequences import anchors, merge_order, stable_ids

IDS = st.lists(st.sampled_from("abcdefgh"), unique=True, max_size=8)


def test_stable_ids_are_a_longest_run_kept_in_order() -> None:
    assert stable_ids(list("abcde"), list("abcde")) == set("abcde")
    assert stable_ids(list("abcde"), list("eabcd")) == set("abcd")  # e moved, the rest stayed
    assert stable_ids(list("abc"), list("xbz")) == {"b"}  # new ids are never stable


@given(IDS, st.permutations(list("abcdefgh")))
def test_stable_ids_keep_their_relative_order(old: list[str], new: list[str]) -> None:
    kept = stable_ids(old, new)
    assert [i for i in old if i in kept] == [i for i in new if i in kept]


def test_anchors_name_the_present_id_before() -> None:
    assert anchors(list("abc")) == {"a": None, "b": "a", "c": "b"}
    assert anchors(list("abc"), {"a", "c"}) == {"a": None, "c": "a"}


def test_insertions_at_one_place_from_both_sides_do_not_conflict_and_commute() -> None:
    base = list("ab")
    ours, theirs = list("axb"), list("ayb")
    one = merge_order(base, ours, theirs, "abxy")
    other = merge_order(base, theirs, ours, "abxy")
    assert one.order == other.order == list("axyb")
    assert not one.conflicts


def test_one_side_moves_the_other_inserts() -> None:
    merged = merge_order(list("abcd"), list("bcda"), list("abxcd"), "abcdx")
    assert merged.order == list("bxcda")
    assert not merged.conflicts


def test_an_id_moved_to_two_places_is_a_conflict_and_ours_wins() -> None:
    merged = merge_order(list("abcd"), list("bcda"), list("bcad"), "abcd")
    assert merged.order == list("bcda")
    assert merged.conflicts == {"a": ("d", "c")}


def test_anchors_in_a_ring_are_broken_towards_ours() -> None:
    # ours moves x to the end (after y); theirs moves y before z, just after x
    merged = merge_order(list("xzy"), list("zyx"), list("xyz"), "xyz")
    assert sorted(merged.order) == list("xyz")
    assert merged.conflicts


@given(IDS, st.data())
def test_merge_with_an_unchanged_side_gives_the_other(base: list[str], data: st.DataObject) -> None:
    changed = data.draw(st.permutations(base))
    changed = (
        changed[: data.draw(st.integers(0, len(changed)))] + ["new1", "new2"][: data.draw(st.integers(0, 2))]
    )
    assert merge_order(base, changed, base, changed).order == changed
    assert merge_order(base, base, changed, changed).order == changed
