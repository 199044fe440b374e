"""Tests for extract.numbers: Vietnamese number parsing and formatting."""

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extract.numbers import format_number, parse_number


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2.919,8", 2919.8),
        ("5.030", 5030.0),
        ("22.994,1", 22994.1),
        ("4,52", 4.52),
        ("780", 780.0),
        ("02", 2.0),
        ("1.250.000", 1250000.0),
        ("3.876,5", 3876.5),
        ("1,234.5", 1234.5),
        ("12,500,000.75", 12500000.75),
        ("2.16", 2.16),
        ("12.5", 12.5),
        ("-1.234,5", -1234.5),
        ("\u22122,5", -2.5),
        (" 45 ", 45.0),
        ("1.500", 1500.0),
    ],
)
def test_parse_number(text, expected):
    assert parse_number(text) == expected


@pytest.mark.parametrize(
    "text", ["", "abc", "63/NQ-CP", "1.2.3", "16:09", "5K", "1,2,3", "2.919,8,1", "-", "1.23.456"]
)
def test_parse_number_rejects(text):
    assert parse_number(text) is None


def test_parse_number_accepts_nfd_and_never_raises_on_non_text():
    assert parse_number(unicodedata.normalize("NFD", "2.919,8")) == 2919.8
    assert parse_number(None) is None


@pytest.mark.parametrize(
    ("value", "decimals", "expected"),
    [
        (2919.8, 1, "2.919,8"),
        (5030, 0, "5.030"),
        (22994.1, 1, "22.994,1"),
        (4.52, 2, "4,52"),
        (2160000, 0, "2.160.000"),
        (-1234.5, 1, "-1.234,5"),
        (0.5, 3, "0,500"),
    ],
)
def test_format_number(value, decimals, expected):
    assert format_number(value, decimals) == expected


@given(st.text())
def test_parse_number_never_raises(text):
    result = parse_number(text)
    assert result is None or isinstance(result, float)


@given(st.integers(min_value=-(10**15), max_value=10**15))
def test_format_then_parse_integers(number):
    assert parse_number(format_number(number)) == number


@given(st.integers(min_value=-(10**12), max_value=10**12), st.integers(min_value=1, max_value=3))
def test_format_then_parse_decimals(units, decimals):
    value = units / 10**decimals
    assert parse_number(format_number(value, decimals)) == value
