"""Reading numbers written the ways the four languages write them.

"1,000.5" and "1.000,5", "1 000" with thin spaces, "330’000", "17,6", "2.5bn":
the grouping and decimal marks are told apart by their positions, and by the
language's own decimal mark when a single mark could be either.
"""
from __future__ import annotations

import re

GROUP_MARKS = ",.\u00a0\u202f\u2009 '’"
NUMBER = re.compile(
    r"(?<![\w.,])(?<![^\W\d_][-‐‑])(?:\d{1,3}(?:(?P<group>[,.\u00a0\u202f\u2009 '’])\d{3})(?:(?P=group)\d{3})*(?:[.,]\d+)?"
    r"|\d+(?:[.,]\d+)?)(?![\d])"
)


def parse_number(text: str, decimal: str = ".") -> float | None:
    """The value of a written number, or None when it is not one.

    `decimal` is the language's decimal mark, used only when a single mark
    followed by exactly three digits could be either ("1,500" in English is
    1500, in French 1.5).
    """
    text = text.strip()
    if not text or not re.fullmatch(r"\d[\d,.\u00a0\u202f\u2009 '’]*", text) or not text[-1].isdigit():
        return None
    marks = [(i, c) for i, c in enumerate(text) if not c.isdigit()]
    if not marks:
        return float(text)
    kinds = {c for _, c in marks}
    last_index, last_mark = marks[-1]
    digits_after = len(text) - last_index - 1
    if len(kinds) > 1:
        if last_mark not in ",." or digits_after == 3 and len(marks) > 1 and last_mark == marks[-2][1]:
            return _grouped(text, decimal_mark=None)
        return _grouped(text, decimal_mark=last_mark)
    if len(marks) > 1:
        return _grouped(text, decimal_mark=None)
    if last_mark not in ",.":
        return _grouped(text, decimal_mark=None) if digits_after == 3 else None
    if digits_after != 3:
        return _grouped(text, decimal_mark=last_mark)
    return _grouped(text, decimal_mark=last_mark if last_mark == decimal else None)


def _grouped(text: str, decimal_mark: str | None) -> float | None:
    """Remove grouping marks (each group after the first has three digits), keep the decimal part."""
    integer, fraction = (text.rsplit(decimal_mark, 1) if decimal_mark else (text, ""))
    groups = re.split(r"[,.\u00a0\u202f\u2009 '’]", integer)
    if len(groups) > 1 and (not 1 <= len(groups[0]) <= 3 or any(len(g) != 3 for g in groups[1:])):
        return None
    if fraction and not fraction.isdigit():
        return None
    return float("".join(groups) + ("." + fraction if fraction else ""))


def format_number(value: float, decimal: str = ".", group: str = ",", decimals: int = 0) -> str:
    """Write a number the way a language does (the inverse of `parse_number`, for tests and display)."""
    whole, _, fraction = f"{value:.{decimals}f}".partition(".")
    grouped = f"{int(whole):,}".replace(",", group)
    return grouped + (decimal + fraction if fraction else "")
