"""The facts of a newsfacts database, read as predictions for scoring.

Takes an SQLAlchemy URL or a path, opened read-only (pipeline/store.py), and
gives each fact of the ``fact_report`` view with its equivalents.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pipeline.errors import StoreError
from pipeline.gold import doc_key

if TYPE_CHECKING:
    from sqlalchemy import Connection, RowMapping


def as_decimal(value: Decimal | float | int | str) -> Decimal:
    """A stored amount as the Decimal it stands for."""
    if isinstance(value, Decimal):
        return value
    # repr of a float is the shortest text that reads back as the same float, so
    # 0.1 from a REAL column becomes Decimal("0.1"), not 0.1000000000000000055511...
    return Decimal(repr(value) if isinstance(value, float) else str(value))


@dataclass(frozen=True)
class PredFact:
    """One extracted fact, as far as scoring needs it."""

    doc: str
    amount: Decimal | float
    currency: str
    company: str = ""
    sector: str = ""
    kind: str = "other"
    qualifier: str = "exact"
    amount_max: Decimal | float | None = None
    equivalents: tuple[tuple[Decimal | float, str], ...] = ()
    sentence: str = ""
    fact_id: str = field(default="", compare=False)  # shown beside wrong lines; not scored


def predictions_from_db(db_url_or_path: str | Path) -> list[PredFact]:
    """Every fact in a newsfacts database's ``fact_report`` view, as predictions.

    Takes an SQLAlchemy URL or a path (opened read-only by
    :func:`pipeline.store.read_only_engine`; a missing path is not created).
    Equivalents come from ``fact_equivalents`` when that table exists, and from
    the view's ``alt_amount``/``alt_currency``.
    """
    from sqlalchemy.exc import SQLAlchemyError

    from pipeline.store import read_only_engine

    engine = read_only_engine(db_url_or_path)
    try:
        with engine.connect() as conn:
            rows = _fact_rows(conn)
            extra = _stored_equivalents(conn)
    except SQLAlchemyError as exc:
        raise StoreError(
            f"cannot read facts from {db_url_or_path}: {getattr(exc, 'orig', None) or exc}; "
            "is it a database `newsfacts extract` wrote?"
        ) from exc
    finally:
        engine.dispose()
    return [_prediction(r, extra.get(r["fact_id"], [])) for r in rows if r["amount"] is not None]


def _fact_rows(conn: Connection) -> Sequence[RowMapping]:
    from sqlalchemy import text

    return (
        conn.execute(
            text(
                "SELECT fact_id, source, record, sentence, amount, amount_max, "
                "currency, alt_amount, alt_currency, qualifier, company, sector, kind "
                "FROM fact_report"
            )
        )
        .mappings()
        .all()
    )


def _stored_equivalents(conn: Connection) -> dict[str, list[tuple[Any, str]]]:
    """fact_id -> its (amount, currency) equivalents; empty for a database without the table."""
    from sqlalchemy import inspect, text

    out: dict[str, list[tuple[Any, str]]] = defaultdict(list)
    if inspect(conn).has_table("fact_equivalents"):
        for e in conn.execute(text("SELECT fact_id, amount, currency FROM fact_equivalents")):
            if e.amount is not None and e.currency:
                out[e.fact_id].append((e.amount, e.currency))
    return out


def _prediction(r: RowMapping, stored: Iterable[tuple[Any, str]]) -> PredFact:
    """One fact_report row as a prediction, with every equivalent once."""
    equivalents = dict.fromkeys(stored)
    if r["alt_amount"] is not None and r["alt_currency"]:
        equivalents[(r["alt_amount"], r["alt_currency"])] = None
    return PredFact(
        doc=doc_key(r["source"] or "", r["record"] or ""),
        amount=as_decimal(r["amount"]),
        currency=r["currency"] or "",
        company=r["company"] or "",
        sector=r["sector"] or "",
        kind=r["kind"] or "other",
        qualifier=r["qualifier"] or "exact",
        amount_max=None if r["amount_max"] is None else as_decimal(r["amount_max"]),
        equivalents=tuple((as_decimal(a), c) for a, c in equivalents),
        sentence=r["sentence"] or "",
        fact_id=r["fact_id"] or "",
    )
