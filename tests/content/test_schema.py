"""Reading YAML into the model: every mistake named with its place, nothing guessed."""

from __future__ import annotations

import datetime as dt

import pytest

from ipm_viewer.content.model import Review
from ipm_viewer.content.problems import Problems
from ipm_viewer.content.procedure_model import Frequency, Procedure, Risk
from ipm_viewer.content.schema import NodeReader, json_schema
from ipm_viewer.content.yaml_reader import compose_text


def read(text: str, cls: type) -> tuple[object, list[str]]:
    problems = Problems()
    document = compose_text(text, "x.yaml")
    assert document.root is not None
    value = NodeReader("x.yaml", problems).read(document.root, cls)
    return value, [str(p) for p in problems.sorted()]


def test_a_typo_in_a_key_is_reported_with_a_suggestion() -> None:
    value, problems = read("reviewed_on: 2026-01-01\nnext_reveiw: 2027-01-01\n", Review)
    assert value is None
    assert problems == [
        "x.yaml:1:1: error: review is missing required key 'next_review'",
        "x.yaml:2:1: error: unknown key 'next_reveiw' in review; did you mean 'next_review'? "
        "(expected: reviewed_on, next_review, reviewed_by)",
    ]


def test_yes_and_no_are_text_where_the_schema_wants_text() -> None:
    value, problems = read(
        "reviewed_on: 2026-01-01\nnext_review: 2027-01-01\nreviewed_by: No\n", Review
    )
    assert problems == []
    assert isinstance(value, Review)
    assert value.reviewed_by == "No"
    assert value.next_review == dt.date(2027, 1, 1)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("n: five\nper: 100\n", "x.yaml:1:4: error: 'n' is 'five'; expected a number"),
        ("n: 5\nper: 1.5\n", "x.yaml:2:6: error: 'per' is '1.5'; expected a whole number"),
        (
            "none_reliable: yes\n",
            "x.yaml:1:16: error: 'none_reliable' is 'yes'; expected true or false",
        ),
        ("n: [5]\nper: 100\n", "x.yaml:1:4: error: 'n' must be a number, not a list"),
    ],
)
def test_wrong_types_are_rejected_with_their_position(text: str, message: str) -> None:
    value, problems = read(text, Frequency)
    assert value is None
    assert problems == [message]


def test_duplicate_keys_are_rejected() -> None:
    _, problems = read("n: 5\nper: 100\nn: 6\n", Frequency)
    assert problems == [
        "x.yaml:3:1: error: duplicate key 'n' (first at line 1); each key may appear once"
    ]


def test_an_unknown_choice_suggests_the_closest() -> None:
    text = (
        "id: r\nname: R\nseverity: serius\nfrequency: {none_reliable: true}\n"
        "feels_like: f\nwhat_to_do: w\n"
    )
    _, problems = read(text, Risk)
    assert problems == [
        "x.yaml:3:11: error: 'severity' is 'serius'; expected one of mild, moderate, serious;"
        " did you mean 'serious'?"
    ]


def test_empty_text_is_an_error() -> None:
    _, problems = read(
        "reviewed_on: 2026-01-01\nnext_review: 2027-01-01\nreviewed_by: ''\n", Review
    )
    assert problems == ["x.yaml:3:14: error: 'reviewed_by' is empty; expected text"]


def test_json_schema_lists_required_fields_and_forbids_unknown_keys() -> None:
    schema = json_schema(Procedure, "Procedure")
    assert schema["$schema"].startswith("http://json-schema.org/draft-07")
    assert {"id", "title", "steps", "risks", "review"} <= set(schema["required"])
    assert schema["additionalProperties"] is False
    step = schema["definitions"]["Step"]
    assert step["properties"]["phase"]["enum"] == [
        "before",
        "day-of",
        "during",
        "after",
        "recovery",
    ]
    assert "language" not in schema["properties"]  # loader-filled fields are not for authors
