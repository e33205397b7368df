"""The two text helpers under verify(): the raw `data` span and JavaScript's number format."""

from __future__ import annotations

import pytest

from ecartpay_auth.webhooks._jsjson import js_number, js_stringify
from ecartpay_auth.webhooks._span import member_span


@pytest.mark.parametrize(
    ("raw", "span"),
    [
        (b'{"event":"a","data":{"x":1}}', b'{"x":1}'),
        (b' {\n "data" :\t[1, "]}", {"data": 2}] , "event": "a"}', b'[1, "]}", {"data": 2}]'),
        (b'{"event":"say \\"data\\": 1","data":"a\\\\"}', b'"a\\\\"'),
        (b'{"d\\u0061ta":1.50e+3}', b"1.50e+3"),
        (b'{"data":1,"data":null}', b"null"),  # the last one wins, as in JSON.parse
        (b'{"meta":{"data":1}}', None),  # only top-level members count
        (b'{"data":"\xc3\xa9\\u00e9"}', b'"\xc3\xa9\\u00e9"'),
        (b'["data", 1]', None),
        (b"{}", None),
    ],
)
def test_member_span_returns_the_exact_bytes(raw: bytes, span: bytes | None) -> None:
    assert member_span(raw, "data") == span


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (1e-7, "1e-7"),
        (0.000001, "0.000001"),
        (1e21, "1e+21"),
        (1e20, "100000000000000000000"),
        (1.0, "1"),
        (-0.0, "0"),
        (123.456, "123.456"),
        (1.5e-7, "1.5e-7"),
        (2.5e300, "2.5e+300"),
        (5e-324, "5e-324"),
        (float("inf"), "null"),
        (float("nan"), "null"),
    ],
)
def test_numbers_are_written_as_javascript_writes_them(value: float, text: str) -> None:
    assert js_number(value) == text


def test_ints_are_doubles_and_strings_follow_javascript_escapes() -> None:
    assert js_stringify([2**53 + 1, 10**400, True, None]) == "[9007199254740992,null,true,null]"
    assert (
        js_stringify('é\u2028\x7f\x00\x1f\b\f"\\/') == '"é\u2028\x7f\\u0000\\u001f\\b\\f\\"\\\\/"'
    )
    assert js_stringify("\ud83d\ude00 \udc00") == '"😀 \\udc00"'  # a pair is one character
    deep = [[[[[[{"a": 1.0}]]]]]]
    assert js_stringify(deep) == '[[[[[[{"a":1}]]]]]]'
    nested: list[object] = []
    cursor = nested
    for _ in range(5000):  # deeper than Python's recursion limit: the writer is iterative
        cursor.append([])
        cursor = cursor[0]  # type: ignore[assignment]
    assert js_stringify(nested) == "[" * 5001 + "]" * 5001
