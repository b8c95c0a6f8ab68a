"""Gold files: the annotated facts of ``FACTS.md`` ("Gold files"), read and checked.

>>> doc_key("dumps/a.zip!2025/x.txt", "")
'x.txt'
>>> doc_key("reut2-001.sgm", "17")
'reut2-001.sgm#17'
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from pipeline.errors import GoldError
from pipeline.types import KINDS, QUALIFIERS

Equivalent = tuple[Decimal, str]


@dataclass(frozen=True)
class GoldFact:
    """One line of a gold file (see ``FACTS.md``, "Gold files")."""

    doc: str
    amount: Decimal
    currency: str
    qualifier: str
    company: tuple[str, ...]  # every acceptable name; () = no company
    sector: tuple[str, ...]  # every acceptable sector id; () = no sector
    kind: str
    sentence: str
    amount_max: Decimal | None = None
    equivalents: tuple[Equivalent, ...] = ()
    source: str = field(default="", compare=False)  # "file:line" it was read from


def doc_key(source: str, record: str) -> str:
    """The gold ``doc`` of an article: file name, plus ``#record`` for a record.

    An archive member ``a.zip!dir/x.txt`` is named by its own file name.
    """
    base = re.split(r"[/!]", source)[-1]
    return f"{base}#{record}" if record else base


# --- gold files ----------------------------------------------------------------

_REQUIRED = ("doc", "amount", "currency", "qualifier", "company", "sector", "kind", "sentence")


def load_gold(paths: str | Path | Iterable[str | Path]) -> list[GoldFact]:
    """Read gold JSONL files (one fact a line; blank lines skipped).

    Raises :class:`GoldError` naming the file and line of the first bad line.
    """
    if isinstance(paths, str | Path):
        paths = [paths]
    facts: list[GoldFact] = []
    for path in paths:
        path = Path(path)
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError as exc:
            raise GoldError(f"{path}: no such gold file") from exc
        except (OSError, UnicodeDecodeError) as exc:
            raise GoldError(f"{path}: cannot read the gold file: {exc}") from exc
        for lineno, line in enumerate(text.splitlines(), 1):
            if line.strip():
                facts.append(_parse_gold_line(line, f"{path}:{lineno}"))
    return facts


def _parse_gold_line(line: str, where: str) -> GoldFact:
    def bad(message: str) -> GoldError:
        return GoldError(f"{where}: {message}")

    try:
        obj = json.loads(line, parse_float=Decimal)
    except json.JSONDecodeError as exc:
        raise bad(f"not valid JSON ({exc.msg} at column {exc.colno})") from exc
    if not isinstance(obj, dict):
        raise bad("expected a JSON object, one fact a line")
    missing = [k for k in _REQUIRED if k not in obj]
    if missing:
        raise bad(f"missing {', '.join(missing)} (a gold line needs {', '.join(_REQUIRED)})")

    def text(key: str, *, empty: bool = False) -> str:
        value = obj[key]
        if not isinstance(value, str) or (not empty and not value.strip()):
            raise bad(f"{key} must be a non-empty string, got {value!r}")
        return value

    def number(value: Any, key: str) -> Decimal:
        if isinstance(value, bool) or not isinstance(value, int | Decimal):
            raise bad(f"{key} must be a number, got {value!r}")
        d = Decimal(value)
        if not d.is_finite() or d < 0:
            raise bad(f"{key} must be a finite number >= 0, got {value!r}")
        return d

    def names(key: str) -> tuple[str, ...]:
        value = obj[key]
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            raise bad(f"{key} must be a list of non-empty strings ([] for none), got {value!r}")
        return tuple(value)

    def currency(value: Any, key: str) -> str:
        if not isinstance(value, str) or not re.fullmatch(r"[A-Z]{3}", value):
            raise bad(f'{key} must be an ISO 4217 code like "USD", got {value!r}')
        return value

    qualifier = text("qualifier")
    if qualifier not in QUALIFIERS:
        raise bad(f"qualifier {qualifier!r} is not one of {', '.join(QUALIFIERS)}")
    kind = text("kind")
    if kind not in KINDS:
        raise bad(f"kind {kind!r} is not one of {', '.join(KINDS)}")
    amount_max = None
    if obj.get("amount_max") is not None:
        amount_max = number(obj["amount_max"], "amount_max")
    equivalents: list[Equivalent] = []
    raw_eq = obj.get("equivalents") or []
    if not isinstance(raw_eq, list):
        raise bad('equivalents must be a list of {"amount": ..., "currency": ...}')
    for i, eq in enumerate(raw_eq):
        if not isinstance(eq, dict) or "amount" not in eq or "currency" not in eq:
            raise bad(f'equivalents[{i}] must be {{"amount": ..., "currency": ...}}')
        equivalents.append(
            (
                number(eq["amount"], f"equivalents[{i}].amount"),
                currency(eq["currency"], f"equivalents[{i}].currency"),
            )
        )
    return GoldFact(
        doc=text("doc"),
        amount=number(obj["amount"], "amount"),
        currency=currency(obj["currency"], "currency"),
        qualifier=qualifier,
        company=names("company"),
        sector=names("sector"),
        kind=kind,
        sentence=text("sentence"),
        amount_max=amount_max,
        equivalents=tuple(equivalents),
        source=where,
    )
