"""Reading numbers across locales (property tests): 1,000.5 against 1.000,5; 1 000 with thin spaces."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diplo.facts.numbers import format_number, parse_number

STYLES = [(".", ","), (",", "."), (",", "\u202f"), (",", "\u00a0"), (",", " "), (".", "’"), (",", "\u2009")]


@settings(max_examples=300)
@given(value=st.integers(min_value=1000, max_value=10**12), cents=st.integers(min_value=0, max_value=99),
       style=st.sampled_from(STYLES))
def test_grouped_numbers_with_decimals(value, cents, style):
    decimal, group = style
    written = format_number(value + cents / 100, decimal=decimal, group=group, decimals=2)
    assert parse_number(written, decimal) == pytest.approx(value + cents / 100)


@settings(max_examples=300)
@given(value=st.integers(min_value=1000, max_value=10**12), style=st.sampled_from(STYLES))
def test_grouped_integers(value, style):
    decimal, group = style
    assert parse_number(format_number(value, decimal=decimal, group=group), decimal) == value


@settings(max_examples=200)
@given(whole=st.integers(min_value=0, max_value=999), fraction=st.integers(min_value=1, max_value=9),
       decimal=st.sampled_from([".", ","]))
def test_short_decimals_in_either_style(whole, fraction, decimal):
    assert parse_number(f"{whole}{decimal}{fraction}", decimal) == pytest.approx(whole + fraction / 10)


@pytest.mark.parametrize("text,decimal,value", [
    ("1,500", ".", 1500), ("1,500", ",", 1.5), ("2.000", ",", 2000), ("14.3", ".", 14.3), ("17,6", ",", 17.6),
    ("330’000", ",", 330000), ("1.234.567,89", ",", 1234567.89), ("1,234,567.89", ".", 1234567.89),
])
def test_examples(text, decimal, value):
    assert parse_number(text, decimal) == pytest.approx(value)


@pytest.mark.parametrize("text", ["", "1,2,3", "12,34,567", "1.2.3", "abc", "1,"])
def test_not_numbers(text):
    assert parse_number(text) is None
