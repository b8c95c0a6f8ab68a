"""The newsfacts Datasette plugin: fact and article pages, a dashboard, links from ids.

Pages are Jinja templates in ``templates/`` rendered by Datasette, which
autoescapes every value: article text is attacker-controlled and is only ever
passed as plain strings.
"""

from __future__ import annotations

from typing import Any

from datasette import hookimpl
from datasette.utils.asgi import NotFound, Response
from markupsafe import Markup, escape

from pipeline.web.charts import bar_chart
from pipeline.web.highlight import article_pieces, sentence_pieces
from pipeline.web.metadata import DB_NAME

PREFIX = "/-/newsfacts"


def fact_url(fact_id: str) -> str:
    return f"{PREFIX}/fact/{fact_id}"


def article_url(article_id: str, fact_id: str = "") -> str:
    return f"{PREFIX}/article/{article_id}" + (f"?fact={fact_id}#current" if fact_id else "")


async def _rows(datasette: Any, sql: str, params: dict | None = None) -> list[dict]:
    result = await datasette.get_database(DB_NAME).execute(sql, params or {})
    return [dict(r) for r in result.rows]


async def fact_page(request: Any, datasette: Any) -> Response:
    fact_id = request.url_vars["fact_id"]
    found = await _rows(datasette, "SELECT * FROM fact_report WHERE fact_id = :id", {"id": fact_id})
    if not found:
        raise NotFound(f"no fact {fact_id}")
    fact = found[0]
    context = {
        "fact": fact,
        "sentence": sentence_pieces(fact),
        "sources": await _rows(
            datasette,
            "SELECT source, record FROM article_sources WHERE article_id = :a "
            "ORDER BY source, record",
            {"a": fact["article_id"]},
        ),
        "equivalents": await _rows(
            datasette,
            "SELECT amount_exact, currency FROM fact_equivalents WHERE fact_id = :id "
            "ORDER BY position",
            {"id": fact_id},
        ),
        "extra": (
            await _rows(datasette, "SELECT target_year FROM facts WHERE id = :id", {"id": fact_id})
        )[0],
        "article_link": article_url(fact["article_id"], fact_id),
    }
    html = await datasette.render_template("newsfacts_fact.html", context, request=request)
    return Response.html(html)


async def article_page(request: Any, datasette: Any) -> Response:
    article_id = request.url_vars["article_id"]
    found = await _rows(datasette, "SELECT * FROM articles WHERE id = :id", {"id": article_id})
    if not found:
        raise NotFound(f"no article {article_id}")
    article = found[0]
    facts = await _rows(
        datasette,
        "SELECT * FROM fact_report WHERE article_id = :id ORDER BY amount_start",
        {"id": article_id},
    )
    current = request.args.get("fact", "")
    context = {
        "article": article,
        "pieces": article_pieces(article["text"], facts, current),
        "facts": facts,
        "fact_url": fact_url,
    }
    html = await datasette.render_template("newsfacts_article.html", context, request=request)
    return Response.html(html)


_CHARTS = (
    (
        "Money by sector (USD)",
        "SELECT CASE sector WHEN '' THEN '(none)' ELSE sector END AS label, "
        "sum(amount_usd) AS value FROM fact_report GROUP BY sector ORDER BY value DESC",
    ),
    (
        "Money by year (USD)",
        "SELECT CASE substr(published, 1, 4) WHEN '' THEN '(undated)' "
        "ELSE substr(published, 1, 4) END AS label, sum(amount_usd) AS value "
        "FROM fact_report GROUP BY label ORDER BY label",
    ),
    (  # one kind (a deal's value is never added to per-share cents), each figure once an
        # article, a company however its articles capitalize it (as `newsfacts summary`)
        "Top companies by deal value (USD)",
        "SELECT min(name) AS label, sum(usd) AS value FROM ("
        "SELECT DISTINCT article_id, lower(company_canonical) AS company, "
        "company_canonical AS name, amount, currency, amount_usd AS usd FROM fact_report "
        "WHERE company_canonical != '' AND kind = 'deal' AND amount_usd IS NOT NULL"
        ") AS figures GROUP BY company ORDER BY value DESC LIMIT 15",
    ),
)


async def dashboard_page(request: Any, datasette: Any) -> Response:
    charts = []
    for heading, sql in _CHARTS:
        rows = await _rows(datasette, sql)
        charts.append({"title": heading, "chart": bar_chart(rows), "sql": sql})
    html = await datasette.render_template(
        "newsfacts_dashboard.html", {"charts": charts}, request=request
    )
    return Response.html(html)


@hookimpl
def register_routes() -> list[tuple[str, Any]]:
    return [
        (rf"^{PREFIX}/fact/(?P<fact_id>[0-9a-f]{{1,64}})$", fact_page),
        (rf"^{PREFIX}/article/(?P<article_id>[0-9a-f]{{1,64}})$", article_page),
        (rf"^{PREFIX}/dashboard$", dashboard_page),
    ]


@hookimpl
def render_cell(value: Any, column: str, table: str | None) -> Markup | None:
    """Fact and article ids link to their pages, wherever they are shown."""
    if not isinstance(value, str) or not value:
        return None
    if column == "fact_id" or (table == "facts" and column == "id"):
        return Markup(f'<a href="{escape(fact_url(value))}">{escape(value)}</a>')
    if column == "article_id" or (table == "articles" and column == "id"):
        return Markup(f'<a href="{escape(article_url(value))}">{escape(value)}</a>')
    return None


@hookimpl
def menu_links(datasette: Any) -> list[dict[str, str]]:
    return [{"href": datasette.urls.path(f"{PREFIX}/dashboard"), "label": "Dashboard"}]
