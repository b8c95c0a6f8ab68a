"""`newsfacts serve` in headless Chromium (Debian's chromium and chromium-driver, via Selenium).

Nothing is downloaded: the driver path is given, so Selenium Manager is not
asked for one. Screenshots go to tests/artifacts/ (git-ignored).
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "tests" / "artifacts"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not (Path(CHROMIUM).exists() and Path(CHROMEDRIVER).exists()),
        reason="needs Debian's chromium and chromium-driver (.ci/run installs them: "
        "apt-get install chromium chromium-driver)",
    ),
]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def server(corpus_db: Path) -> Iterator[str]:
    """``newsfacts serve`` on a free loopback port; its base URL."""
    port = _free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "pipeline.cli",
            "serve",
            "--db",
            str(corpus_db),
            "--port",
            str(port),
        ],
        env=env,
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                with urllib.request.urlopen(url + "/-/versions.json", timeout=1):
                    break
            except OSError:
                if proc.poll() is not None:
                    pytest.fail(
                        f"serve exited: {proc.stdout.read().decode() if proc.stdout else ''}"
                    )
                time.sleep(0.2)
        else:
            pytest.fail("serve did not answer within 60 s")
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=20)
    log = proc.stdout.read().decode() if proc.stdout else ""
    copy = re.search(r"read-only copy of .* in (\S+) for search", log)
    assert copy and not Path(copy.group(1)).exists(), log  # SIGTERM removes the copy
    assert proc.returncode == 128 + signal.SIGTERM and "Traceback" not in log, log


@pytest.fixture(scope="module")
def browser():  # type: ignore[no-untyped-def]
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    os.environ["SE_OFFLINE"] = "true"  # Selenium Manager must never download
    options = webdriver.ChromeOptions()
    for arg in (
        "--headless=new",
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--window-size=1280,1100",
        "--disable-gpu",
    ):
        options.add_argument(arg)
    options.binary_location = CHROMIUM
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    driver.implicitly_wait(5)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    yield driver
    driver.quit()


def _shot(driver, name: str) -> None:  # type: ignore[no-untyped-def]
    driver.save_screenshot(str(ARTIFACTS / f"{name}.png"))


def _css(driver, selector: str) -> list:  # type: ignore[no-untyped-def]
    from selenium.webdriver.common.by import By

    return list(driver.find_elements(By.CSS_SELECTOR, selector))


def _submitted(driver, field, text: str, wanted: str) -> None:  # type: ignore[no-untyped-def]
    """Type into a form field and submit it, then wait for the page the form leads to
    (``wanted`` in its address): reading rows before it loads reads the old page."""
    from selenium.webdriver.support.ui import WebDriverWait

    field.send_keys(text)
    field.submit()
    WebDriverWait(driver, 30).until(
        lambda d: wanted in d.current_url
        and d.execute_script("return document.readyState") == "complete"
    )


def _one(db: Path, sql: str) -> sqlite3.Row:
    con = sqlite3.connect(db)
    con.row_factory = sqlite3.Row
    row = con.execute(sql).fetchone()
    con.close()
    assert row is not None, sql
    return row


def test_browser_facts_table_and_facet(server, browser, corpus_db):
    browser.get(server + "/facts/fact_report")
    assert _css(browser, "h1")[0].text.startswith("Facts")
    assert "One row per money fact" in browser.page_source  # the description
    assert len(_css(browser, "table.rows-and-columns tbody tr")) > 20
    link = _css(browser, '.facet-info[data-column="kind"] li a')[0]
    kind = link.text
    link.click()
    assert f"kind={kind}" in browser.current_url
    cells = [td.text for td in _css(browser, "table.rows-and-columns td.col-kind")]
    assert cells and set(cells) == {kind}
    count = _one(corpus_db, f"SELECT count(*) AS n FROM fact_report WHERE kind = '{kind}'")["n"]
    assert f"{count} row" in browser.page_source
    _shot(browser, "facts-facet")


def test_browser_fact_page_highlights_amount_and_company(server, browser, corpus_db):
    fact = _one(
        corpus_db,
        "SELECT * FROM fact_report WHERE company != '' AND instr(lower(sentence), lower(company)) "
        "AND currency != 'USD' AND amount_usd IS NOT NULL ORDER BY amount_usd DESC LIMIT 1",
    )
    browser.get(server + f"/facts/fact_report?fact_id={fact['fact_id']}")
    _css(browser, f'td.col-fact_id a[href$="/fact/{fact["fact_id"]}"]')[0].click()
    assert _css(browser, "#sentence mark.nf-amount")[0].text == fact["amount_text"].strip()
    assert _css(browser, "#sentence mark.nf-company")[0].text.lower() == fact["company"].lower()
    assert fact["usd_rate"] in _css(browser, "#usd")[0].text
    assert fact["rule"] in _css(browser, "#rule")[0].text
    _shot(browser, "fact-page")
    _css(browser, "#article-link")[0].click()
    current = _css(browser, "mark#current")[0]
    assert current.text == fact["amount_text"].strip()
    _shot(browser, "article-page")


def test_browser_canned_query_and_search(server, browser, corpus_db):
    company = _one(
        corpus_db,
        "SELECT company_canonical AS c, count(*) AS n FROM fact_report "
        "WHERE company_canonical != '' "
        "GROUP BY c ORDER BY n DESC LIMIT 1",
    )
    browser.get(server + "/facts/company_facts")
    box = _css(browser, 'input[name="company"]')[0]
    _submitted(browser, box, company["c"].upper(), "company=")  # the query ignores case
    assert len(_css(browser, "table.rows-and-columns tbody tr")) == company["n"]
    _shot(browser, "canned-query")
    browser.get(server + "/facts/articles")
    search = _css(browser, 'input[name="_search"]')[0]
    _submitted(browser, search, "hydrogen", "_search=hydrogen")
    rows = _css(browser, "table.rows-and-columns tbody tr")
    want = _one(corpus_db, "SELECT count(*) AS n FROM articles WHERE text LIKE '%hydrogen%'")["n"]
    assert len(rows) == want > 0
    browser.get(server + "/facts/search_sentences?q=plant")
    assert _css(browser, "table.rows-and-columns tbody tr")
    _shot(browser, "search")


def test_browser_dashboard_charts_render(server, browser):
    browser.get(server + "/-/newsfacts/dashboard")
    charts = _css(browser, "svg.nf-chart")
    assert len(charts) == 3
    bars = _css(browser, "svg.nf-chart rect")
    assert len(bars) >= 3 and max(b.size["width"] for b in bars) > 100
    _shot(browser, "dashboard")


def test_browser_script_in_an_article_renders_as_text(server, browser, corpus_db):
    article = _one(corpus_db, "SELECT id, title FROM articles WHERE text LIKE '%<script>%'")
    fact = _one(corpus_db, f"SELECT fact_id FROM fact_report WHERE article_id = '{article['id']}'")
    for path in (
        f"/-/newsfacts/article/{article['id']}",
        f"/-/newsfacts/fact/{fact['fact_id']}",
        "/facts/articles?_search=Acme",
        f"/facts/fact_report?article_id={article['id']}",
    ):
        browser.get(server + path)
        assert browser.execute_script("return document.body.getAttribute('data-pwned')") is None
        assert "<script>" in browser.find_element("tag name", "body").text, path
    browser.get(server + f"/-/newsfacts/article/{article['id']}")
    assert "<script>alert('title')</script>" in _css(browser, "h1")[0].text
    assert "<img src=x" in _css(browser, "#article-text")[0].text
    _shot(browser, "hostile-article")
