"""History in words: each undo step says what changed."""

from __future__ import annotations

from pathlib import Path

import pytest

from journeymap.formats import journey_file
from journeymap.model import builders
from journeymap.model.cascades import removal_plan
from journeymap.model.describe import describe, in_quotes
from journeymap.model.journey import Journey

EXAMPLE = Path(__file__).parents[2] / "resources" / "examples" / "online-shop.journey"


@pytest.fixture
def example() -> Journey:
    return journey_file.load(EXAMPLE)


def _done(journey: Journey, ops: list) -> list:  # type: ignore[type-arg]
    return journey.apply_all(ops)


def test_a_rename_says_the_kind_and_both_names(example: Journey) -> None:
    done = _done(example, builders.rename(example, "st-awareness", "Reach").ops)
    assert describe(done, example) == "Rename stage “Awareness” → “Reach”"


def test_an_added_card_is_named_by_the_title_it_ended_with(example: Journey) -> None:
    lane = next(ln.id for ln in example.lanes if ln.kind == "pain_points")
    add = _done(example, builders.new_card(example, "st-purchase", lane, title="New pain point").ops)
    ident = add[0].record.id
    typed = _done(example, builders.rename(example, ident, "Card declined twice").ops)
    assert describe(add + typed, example) == "Add pain point “Card declined twice”"


def test_a_delete_counts_what_went_with_it(example: Journey) -> None:
    done = _done(example, removal_plan(example, ["tp-checkout"]))
    text = describe(done, example)
    assert text == "Delete touchpoint “Checkout and payment” and 5 flows"


def test_a_field_change_names_the_field_and_a_flow_its_ends(example: Journey) -> None:
    flow = example["fl-room-guide-product-page"]
    done = _done(
        example,
        [
            __import__("journeymap.model.operations", fromlist=["Update"]).Update(
                flow, flow.updated(share=0.3)
            )
        ],
    )
    assert describe(done, example) == ("Change flow “Blog guide: storage…” → “Product page with r…”: share")


def test_a_name_with_double_quotes_of_its_own_is_quoted_in_single_ones(example: Journey) -> None:
    assert in_quotes("Search ad") == "“Search ad”"
    assert in_quotes('Search ad: "linen bedding"') == '‘Search ad: "linen bedding"’'
    assert in_quotes("Chatbot: “will it fit?”") == "‘Chatbot: “will it fit?”’"
    assert in_quotes("Nest Club's rewards") == "“Nest Club's rewards”"  # an apostrophe is no quote
    done = _done(example, builders.rename(example, "tp-search-ad", "Search ad: linen").ops)
    assert describe(done, example) == 'Rename touchpoint ‘Search ad: "linen bedding"’ → “Search ad: linen”'
