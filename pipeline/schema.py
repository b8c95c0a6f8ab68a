"""The database schema: SQLAlchemy Core tables and the ``fact_report`` view.

Every key comes from content (article text hash; article, amount offsets and
company for a fact) and every unique constraint is over NOT NULL columns, so
re-running the same inputs inserts nothing new (pipeline/store.py writes).
The column names of ``fact_report`` are a public contract (README, "The
fact_report view").
"""

from __future__ import annotations

from sqlalchemy import (
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    text,
)

metadata = MetaData()

runs = Table(
    "runs",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("started_at", String(32), nullable=False),
    Column("finished_at", String(32)),
    # running | finished | failed | interrupted (killed: found still "running" later)
    Column("status", String(16), nullable=False),
    Column("inputs", Text, nullable=False),  # JSON list of the paths as given
    Column("newsfacts_version", String(32), nullable=False),
    Column("spacy_version", String(32), nullable=False),
    Column("model", String(128), nullable=False),
    # Progress marker, moved in the same transaction as each batch's rows.
    Column("records_read", Integer, nullable=False, default=0),
    Column("last_source", Text, nullable=False, default=""),
    Column("last_record", Text, nullable=False, default=""),
    Column("articles_new", Integer, nullable=False, default=0),
    Column("articles_duplicate", Integer, nullable=False, default=0),
    Column("facts", Integer, nullable=False, default=0),
    Column("errors", Integer, nullable=False, default=0),
    # records refused (by a reader, or by the NLP): read = new + duplicate + rejected
    Column("records_rejected", Integer, nullable=False, server_default="0"),
    # of those rejected, the articles the NLP could not process (timeout, worker-died, memory, nlp)
    Column("articles_failed", Integer, nullable=False, server_default="0"),
    # who runs it: a later run on the same host marks it interrupted once the pid is gone
    Column("host", String(255), nullable=False, server_default=""),
    Column("pid", Integer, nullable=False, server_default="0"),
)

articles = Table(
    "articles",
    metadata,
    Column("id", String(16), primary_key=True),  # sha256(text)[:16]
    Column("source", Text, nullable=False),
    Column("record", Text, nullable=False),
    Column("title", Text, nullable=False),
    Column("url", Text, nullable=False),
    Column("published", String(10), nullable=False),  # ISO date or ''
    Column("text", Text, nullable=False),
    Column("sha256", String(64), nullable=False, unique=True),
    Column("run_id", Integer, ForeignKey("runs.id"), nullable=False),
)

# Every place an article's text was met: the same text under two sources is
# processed once but both provenances are kept.
article_sources = Table(
    "article_sources",
    metadata,
    Column("article_id", String(16), ForeignKey("articles.id"), nullable=False),
    Column("source", Text, nullable=False),
    Column("record", Text, nullable=False),
    Column("run_id", Integer, ForeignKey("runs.id"), nullable=False),
    UniqueConstraint("article_id", "source", "record", name="uq_article_source"),
)

facts = Table(
    "facts",
    metadata,
    Column("id", String(16), primary_key=True),  # sha256(article|start|end|company)[:16]
    Column("article_id", String(16), ForeignKey("articles.id"), nullable=False),
    Column("sentence_start", Integer, nullable=False),
    Column("sentence_end", Integer, nullable=False),
    Column("sentence", Text, nullable=False),
    Column("amount_text", Text, nullable=False),
    Column("amount_start", Integer, nullable=False),
    Column("amount_end", Integer, nullable=False),
    Column("amount", Float, nullable=False),
    Column("amount_exact", Text, nullable=False),  # the Decimal as text, never rounded
    Column("amount_max", Float),
    Column("currency", String(3), nullable=False),
    # where the currency came from (pipeline/money/local.py SOURCES); '' in older databases
    Column("currency_source", String(8), nullable=False, server_default=""),
    # USD equivalent at the rate of the article's date (pipeline/fx.py); NULL when no
    # rate covers the currency and date. The rate and its day make it auditable.
    Column("amount_usd", Float),
    Column("usd_rate", Text),  # USD per unit, exact decimal as text
    Column("usd_rate_date", String(10), nullable=False),
    Column("qualifier", String(8), nullable=False),
    Column("company", Text, nullable=False),  # '' when no company (NULLs break unique keys)
    Column("company_canonical", Text, nullable=False),  # one spelling across articles
    Column("company_ticker", Text, nullable=False),
    Column("sector", String(32), nullable=False),
    Column("kind", String(16), nullable=False),
    # the rules' kind before the kind model (pipeline/link/kind_model.py); '' in older databases
    Column("kind_rule", String(16), nullable=False, server_default=""),
    # the company's part in the amount (FACTS.md "role"); '' with no company or in older databases
    Column("role", String(8), nullable=False, server_default=""),
    Column("rule", Text, nullable=False),
    Column("sector_words", Text, nullable=False),
    Column("target_year", Integer),
    Column("run_id", Integer, ForeignKey("runs.id"), nullable=False),
    UniqueConstraint("article_id", "amount_start", "amount_end", "company", name="uq_fact"),
)

fact_equivalents = Table(
    "fact_equivalents",
    metadata,
    Column("fact_id", String(16), ForeignKey("facts.id"), nullable=False),
    Column("position", Integer, nullable=False),
    Column("amount", Float, nullable=False),
    Column("amount_exact", Text, nullable=False),
    Column("currency", String(3), nullable=False),
    UniqueConstraint("fact_id", "position", name="uq_equivalent"),
)

errors = Table(
    "errors",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("run_id", Integer, ForeignKey("runs.id"), nullable=False),
    Column("source", Text, nullable=False),
    Column("record", Text, nullable=False),
    Column("reason", String(32), nullable=False),
    Column("message", Text, nullable=False),
    # sha256(source, record, reason, message)[:16]: a re-run meeting the same error adds
    # no row but counts it in ``seen`` and notes its run; '' in older databases
    Column("key", String(16), nullable=False, server_default=""),
    Column("seen", Integer, nullable=False, server_default="1"),
    Column("last_run_id", Integer),
)
ERROR_KEY_INDEX = Index(
    "uq_error_key",
    errors.c.key,
    unique=True,
    sqlite_where=text("key != ''"),  # a literal: SQLite wants no bound value here
    postgresql_where=text("key != ''"),
)

# The first equivalent of a fact (its position 0), as one scalar column.
_FIRST_EQUIVALENT = (
    "(SELECT e.{column} FROM fact_equivalents e WHERE e.fact_id = f.id ORDER BY e.position LIMIT 1)"
)

# The fact_report view as (column, SQL expression) pairs, in order: the one source
# of both the view's SELECT list and FACT_REPORT_COLUMNS, so the two cannot drift.
# Column names are a public contract (README "The fact_report view").
_FACT_REPORT_SELECT: tuple[tuple[str, str], ...] = (
    ("fact_id", "f.id"),
    ("article_id", "f.article_id"),
    ("source", "a.source"),
    ("record", "a.record"),
    ("title", "a.title"),
    ("published", "a.published"),
    ("sentence", "f.sentence"),
    ("sentence_start", "f.sentence_start"),
    ("sentence_end", "f.sentence_end"),
    ("amount_text", "f.amount_text"),
    ("amount_start", "f.amount_start"),
    ("amount_end", "f.amount_end"),
    ("amount", "f.amount"),
    ("amount_exact", "f.amount_exact"),
    ("amount_usd", "f.amount_usd"),
    ("usd_rate", "f.usd_rate"),
    ("usd_rate_date", "f.usd_rate_date"),
    ("amount_max", "f.amount_max"),
    ("currency", "f.currency"),
    ("currency_source", "f.currency_source"),
    ("alt_amount", _FIRST_EQUIVALENT.format(column="amount")),
    ("alt_currency", _FIRST_EQUIVALENT.format(column="currency")),
    ("qualifier", "f.qualifier"),
    ("company", "f.company"),
    ("role", "f.role"),
    ("company_canonical", "f.company_canonical"),
    ("company_ticker", "f.company_ticker"),
    ("sector", "f.sector"),
    ("sector_words", "f.sector_words"),
    ("kind", "f.kind"),
    ("kind_rule", "f.kind_rule"),
    ("rule", "f.rule"),
)

FACT_REPORT_COLUMNS: list[str] = [column for column, _ in _FACT_REPORT_SELECT]


def _select_item(column: str, expression: str) -> str:
    """``f.kind`` already names its column ``kind``; anything else gets an ``AS``."""
    return expression if expression.rpartition(".")[2] == column else f"{expression} AS {column}"


# ``{create}`` is filled per dialect when the view is made (see Store.__init__).
FACT_REPORT_SQL = (
    "\nCREATE {create} fact_report AS\nSELECT "
    + ",\n       ".join(_select_item(c, e) for c, e in _FACT_REPORT_SELECT)
    + "\nFROM facts f JOIN articles a ON a.id = f.article_id\n"
)
