"""Build ``models/companies/gazetteer.jsonl``, the company list of ``newsfacts_companies``.

Sources, all offline and installed in the venv (see ``models/companies/README.md``):

- pytickersymbols (MIT): the members of ~20 stock indices with name, ticker,
  ISINs, industries, country and Wikipedia address;
- cleanco (MIT): legal-suffix stripping (``basename``);
- the base model's lemmatizer tables (WordNet-derived word lists, MIT as
  shipped with spaCy): which aliases are common English words;
- ``models/companies/gazetteer_extra.jsonl``: hand-kept companies the indices
  miss and corrections (former names, abbreviations, ambiguity overrides);
- ``models/companies/industry_sectors.jsonl``: industry text -> taxonomy id.

The output is sorted and byte-for-byte reproducible; rerun after editing the
extra file or upgrading pytickersymbols, and commit the result.

Example::

    .venv/bin/python scripts/build_gazetteer.py            # writes the file
    .venv/bin/python scripts/build_gazetteer.py --check    # exit 1 if stale
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path
from urllib.parse import unquote

ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = ROOT / "models"
OUT_NAME = "gazetteer.jsonl"

SECTORS = (
    "energy batteries ai_datacenters semiconductors electronics telecom automotive "
    "mining_metals chemicals infrastructure manufacturing shipbuilding aerospace_defense "
    "software financials healthcare consumer real_estate agriculture"
).split()

# Trailing words a short form drops ("Skyworks Solutions" -> "Skyworks"); the
# short form is kept only when no other company claims it.
GENERIC_TAIL = frozenset(
    "group holdings holding company corporation incorporated inc corp co technologies "
    "technology international industries global enterprises systems solutions platforms "
    "brands worldwide gruppe se plc ag sa nv".split()
)
# Words never taken as the initials of a name ("United Parcel Service" -> "UPS").
_INITIALS_SKIP = frozenset("and of the & de du la le for".split())
US_STATES = frozenset(
    "Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia "
    "Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts "
    "Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon "
    "Pennsylvania Tennessee Texas Utah Vermont Virginia Washington Wisconsin Wyoming".split()
    + ["New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina",
       "North Dakota", "Rhode Island", "South Carolina", "South Dakota", "West Virginia",
       "District of Columbia", "D.C."]
)  # fmt: skip
# ISIN prefix -> country, for records whose country field is missing.
ISIN_COUNTRY = {
    "US": "United States", "GB": "United Kingdom", "DE": "Germany", "FR": "France",
    "JP": "Japan", "NL": "Netherlands", "CH": "Switzerland", "ES": "Spain", "BE": "Belgium",
    "FI": "Finland", "SE": "Sweden", "IE": "Ireland", "LU": "Luxembourg", "IT": "Italy",
    "AT": "Austria", "DK": "Denmark", "NO": "Norway", "JE": "Jersey", "GG": "Guernsey",
    "BM": "Bermuda", "KY": "Cayman Islands", "CA": "Canada", "AU": "Australia",
    "PT": "Portugal", "CW": "Curaçao", "PA": "Panama", "IL": "Israel",
}  # fmt: skip


class BuildError(Exception):
    """A data file the build reads is malformed; the message names file and line."""


# ---------------------------------------------------------------- reading


def read_jsonl(path: Path) -> list[dict]:
    """Records of a JSONL file; blank lines and ``#`` comment lines are skipped."""
    out = []
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            try:
                out.append(json.loads(line))
            except json.JSONDecodeError as err:
                raise BuildError(
                    f"{path}:{n}: not JSON ({err.msg}); fix or remove the line"
                ) from err
    return out


def load_sector_rules(path: Path) -> list[dict]:
    rules = read_jsonl(path)
    for n, rule in enumerate(rules, 1):
        if rule.get("sector") not in SECTORS or not rule.get("match"):
            raise BuildError(
                f"{path}: rule {n} {rule!r} needs a 'match' and a sector among {SECTORS}"
            )
    # the first matching rule wins, so an earlier "oil" would silently take "toiletries"
    for n, rule in enumerate(rules, 1):
        for m, earlier in enumerate(rules[: n - 1], 1):
            if earlier["match"] in rule["match"] and earlier["sector"] != rule["sector"]:
                raise BuildError(
                    f"{path}: rule {n} {rule['match']!r} never fires, as rule {m} "
                    f"{earlier['match']!r} matches first; move rule {n} above rule {m}"
                )
    return rules


def common_words() -> frozenset[str]:
    """Lower-case English words (the lemmatizer's WordNet index of the base model)."""
    import spacy

    from pipeline.companies.casing import english_words
    from pipeline.nlp.load import BASE_MODEL

    nlp = spacy.load(BASE_MODEL, exclude=["tok2vec", "tagger", "parser", "ner", "attribute_ruler"])
    return english_words(nlp)


# ---------------------------------------------------------------- names


def fold(text: str) -> str:
    """ASCII form of a name ("Nestlé" -> "Nestle")."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def display_name(name: str) -> str:
    """The record's name without a Wikipedia-style qualifier ("Rio Tinto (corporation)")."""
    return re.sub(r"\s*\([^)]*\)?\s*$", "", name).strip()


def strip_legal(name: str) -> str:
    from cleanco import basename

    base = basename(name).strip(" ,.")
    return base or name


def short_forms(name: str) -> tuple[list[str], list[str]]:
    """Derived short forms: (legal suffix or leading "The" dropped, generic tail words dropped).

    >>> short_forms("The Coca-Cola Company")
    (['Coca-Cola', 'Coca Cola'], [])
    >>> short_forms("Skyworks Solutions")
    (['Skyworks Solutions'], ['Skyworks'])
    """
    base = strip_legal(name)
    if base.lower().startswith("the "):  # the matcher never takes the article
        base = base[4:]
    legal = [base]
    if "-" in base:  # "Coca-Cola" is also written "Coca Cola"
        legal.append(base.replace("-", " "))
    tail = []
    words = base.split()
    while len(words) > 1 and words[-1].lower().strip(".,") in GENERIC_TAIL:
        words.pop()
        while words and words[-1] in ("&", "and", ","):
            words.pop()
        if words:
            form = " ".join(words).rstrip(",")
            (legal if form == strip_legal(base) else tail).append(form)
    return legal, tail


def initials(name: str) -> str:
    words = [w for w in re.split(r"[\s\-]+", name) if w and w.lower() not in _INITIALS_SKIP]
    return "".join(w[0] for w in words if w[0].isalpha()).upper() if len(words) >= 2 else ""


def ticker_base(symbol: str | None) -> str:
    return re.split(r"[.\-]", symbol or "")[0]


def wiki_title(url: str | None) -> str:
    if not url or "en.wikipedia.org/wiki/" not in url:
        return ""
    return display_name(unquote(url.rsplit("/", 1)[1]).replace("_", " "))


def country_of(raw: str | None, isins: list[str]) -> str:
    raw = (raw or "").strip()
    if raw.lower() in ("", "none"):
        return ISIN_COUNTRY.get(isins[0][:2], "") if isins else ""
    last = raw.rsplit(",", 1)[-1].strip()
    return "United States" if last in US_STATES else last


def sector_of(industries: list[str], rules: list[dict]) -> str:
    """Most voted taxonomy id over the industries; specific rules beat generic ones."""
    specific: Counter[str] = Counter()
    generic: Counter[str] = Counter()
    rank = {}
    for ind in industries:
        low = ind.lower()
        for i, rule in enumerate(rules):
            if rule["match"] in low:
                (generic if rule.get("generic") else specific)[rule["sector"]] += 1
                rank.setdefault(rule["sector"], i)
                break
    votes = specific or generic
    if not votes:
        return ""
    return min(votes, key=lambda s: (-votes[s], rank[s]))


# ---------------------------------------------------------------- records


def index_records(rules: list[dict]) -> list[dict]:
    """One raw record per company of pytickersymbols, merged by display name."""
    from pytickersymbols import PyTickerSymbols

    tickers = PyTickerSymbols()
    indices_of: dict[str, set[str]] = defaultdict(set)
    for index in tickers.get_all_indices():
        for stock in tickers.get_stocks_by_index(index):
            indices_of[stock["name"]].add(index)
    by_name: dict[str, dict] = {}
    for stock in sorted(tickers.get_all_stocks(), key=lambda s: s["name"]):
        name = display_name(stock["name"])
        isins = list(stock.get("isins") or [])
        meta = stock.get("metadata") or {}
        rec = by_name.setdefault(
            name,
            {
                "name": name,
                "aliases": set(),
                "derived": set(),
                "tail": set(),
                "ticker": stock.get("symbol") or "",
                "isin": isins[0] if isins else "",
                "country": country_of(stock.get("country"), isins),
                "industries": set(),
                "indices": set(),
                "source": "pytickersymbols",
            },
        )
        rec["industries"].update(i.strip() for i in stock.get("industries") or [] if i.strip())
        rec["indices"].update(indices_of.get(stock["name"], ()))
        _add_forms(rec, name)
        title = wiki_title(meta.get("wikipedia_url"))
        base = strip_legal(name).lower()
        if title and (
            strip_legal(title).lower().startswith(base)
            or base.startswith(strip_legal(title).lower())
        ):
            _add_forms(rec, title)
        # The ticker is a name when it spells the initials ("United Parcel Service" UPS);
        # two letters are too often something else ("IP", "IR", "AL").
        acro = ticker_base(rec["ticker"])
        if len(acro) >= 3 and acro.isalpha() and acro == initials(strip_legal(name)):
            rec["derived"].add(acro)
            rec["initials"] = acro
    return list(by_name.values())


def _add_forms(rec: dict, name: str) -> None:
    legal, tail = short_forms(name)
    rec["derived"].add(name)
    rec["derived"].update(legal)
    rec["tail"].update(tail)


def merge_extras(records: list[dict], extras: list[dict], path: Path) -> None:
    """Add hand-kept companies; a record whose name exists amends that company."""
    by_name = {r["name"]: r for r in records}
    for n, extra in enumerate(extras, 1):
        name = extra.get("name")
        if not name:
            raise BuildError(f"{path}: record {n} has no 'name': {extra!r}")
        if extra.get("sector", "") not in ("", *SECTORS):
            raise BuildError(f"{path}: record {n} ({name}): sector must be one of {SECTORS}")
        rec = by_name.get(name)
        if rec is None:
            if extra.get("amend"):
                raise BuildError(f"{path}: record {n} amends {name!r}, which is not in the data")
            rec = by_name[name] = {
                "name": name,
                "aliases": set(),
                "derived": set(),
                "tail": set(),
                "ticker": "",
                "isin": "",
                "country": "",
                "industries": set(),
                "indices": set(),
                "source": "gazetteer_extra",
            }
            _add_forms(rec, name)
            records.append(rec)
        rec["aliases"].update(extra.get("aliases", ()))
        for key in ("ticker", "isin", "country", "sector"):
            if key in extra:
                rec[key] = extra[key]
        rec["industries"].update(extra.get("industries", ()))
        rec.setdefault("force_ambiguous", set()).update(extra.get("ambiguous_aliases", ()))
        rec.setdefault("not_ambiguous", set()).update(extra.get("not_ambiguous", ()))
        rec.setdefault("drop", set()).update(extra.get("drop_aliases", ()))
    # a hand-kept sector is a person's word for the company, whatever name an index lists
    # it under ("Subaru", 7270.T, is the index's "Subaru Corporation")
    kept = {r["ticker"]: r["sector"] for r in records
            if r.get("source") == "gazetteer_extra" and r.get("ticker") and r.get("sector")}
    for rec in records:
        if rec.get("source") != "gazetteer_extra" and rec.get("ticker") in kept:
            rec["sector"] = kept[rec["ticker"]]


def _unsafe(alias: str, blocked: frozenset[str]) -> bool:
    """Too short, no letters, or a place / non-company name ("Japan", "IMF")."""
    if sum(ch.isalnum() for ch in alias) < 2 or not any(ch.isalpha() for ch in alias):
        return True
    if alias.lower() in blocked:
        return True
    return len(alias) < 3 and not (alias.isupper() or alias[0].isdigit())


def build_records(data_dir: Path = DATA_DIR, *, words: frozenset[str] | None = None) -> list[dict]:
    """The gazetteer records, sorted by name; deterministic for fixed inputs."""
    folder = Path(data_dir) / "companies"
    rules = load_sector_rules(folder / "industry_sectors.jsonl")
    extra_path = folder / "gazetteer_extra.jsonl"
    records = index_records(rules)
    if extra_path.exists():
        merge_extras(records, read_jsonl(extra_path), extra_path)
    words = common_words() if words is None else words
    blocked = {r["name"].lower() for r in read_jsonl(folder / "places.jsonl")}
    blocked |= {
        r["text"].lower()
        for r in read_jsonl(folder / "not_companies.jsonl")
        if r.get("type") in ("name", "source")  # agencies: companies only where they act
    }
    blocked_f = frozenset(blocked)

    # Who may use each string: a hand-kept alias or the company's own name wins;
    # a derived short form claimed by two companies is dropped from both.
    strong: dict[str, set[int]] = defaultdict(set)
    weak: dict[str, set[int]] = defaultdict(set)
    for i, rec in enumerate(records):
        strong[rec["name"]].add(i)
        for alias in rec["aliases"]:
            strong[alias].add(i)
        for form in list(rec["derived"]):
            folded = fold(form)
            if folded != form and folded.strip():
                rec["derived"].add(folded)
            if "&" in form:
                rec["derived"].add(form.replace("&", "and"))
        # A generic word left alone ("American" from "American International
        # Group", "Employers" from "Employers Holdings") is not a name.
        for form in rec["tail"]:
            low = form.lower()
            if " " in form or (low not in words and low.removesuffix("s") not in words):
                rec["derived"].add(form)
        rec["derived"] -= rec.get("drop", set())
        for form in rec["derived"]:
            weak[form].add(i)
    owned: dict[int, set[str]] = defaultdict(set)
    for alias in set(strong) | set(weak):
        alias = alias.strip()
        if _unsafe(alias, blocked_f):
            continue
        claim = strong.get(alias) or weak.get(alias, set())
        if len(claim) == 1:
            owned[next(iter(claim))].add(alias)
        elif strong.get(alias):  # two companies of the same name: first by name keeps it
            owned[min(claim, key=lambda j: records[j]["name"])].add(alias)

    out = []
    for i, rec in enumerate(records):
        sector = rec.get("sector") or sector_of(sorted(rec["industries"]), rules)
        aliases = sorted(owned[i] - {rec["name"]} - rec.get("drop", set()))
        every = [rec["name"], *aliases] if rec["name"] in owned[i] else aliases
        if not every:
            continue
        ambiguous = sorted(
            a
            for a in every
            if a in rec.get("force_ambiguous", ())
            or (
                a not in rec.get("not_ambiguous", ())
                and " " not in a
                and a.lower().rstrip(".") in words
            )
        )
        out.append(
            {
                "name": rec["name"],
                "aliases": aliases,
                "ticker": rec["ticker"],
                "isin": rec["isin"],
                "country": rec["country"],
                "industries": sorted(rec["industries"]),
                "sector": sector,
                "ambiguous": bool(ambiguous),
                "ambiguous_aliases": ambiguous,
                "indices": sorted(rec["indices"]),
                "source": rec["source"],
            }
        )
        # A ticker taken as initials ("AEP") names the company only on its own: the
        # tagger lets it claim no longer name ("AEP Industries", "AMR Corp").
        acro = rec.get("initials", "")
        if acro in aliases and acro not in rec["aliases"]:
            out[-1]["initials"] = [acro]
    out.sort(key=lambda r: (r["name"].lower(), r["name"]))
    return out


def dumps(records: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n" for r in records)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0],
        epilog="example: .venv/bin/python scripts/build_gazetteer.py --check",
    )
    parser.add_argument("--data-dir", type=Path, default=DATA_DIR, help="models/ folder")
    parser.add_argument("--out", type=Path, help="output file (default: <data-dir>/companies/"
                        f"{OUT_NAME})")  # fmt: skip
    parser.add_argument("--check", action="store_true", help="fail if the file is out of date")
    args = parser.parse_args(argv)
    out = args.out or args.data_dir / "companies" / OUT_NAME
    try:
        text = dumps(build_records(args.data_dir))
    except BuildError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    n_rec = text.count("\n")
    n_alias = sum(1 + len(json.loads(line)["aliases"]) for line in text.splitlines())
    if args.check:
        same = out.exists() and out.read_text(encoding="utf-8") == text
        print(f"{out}: {'up to date' if same else 'OUT OF DATE; rerun without --check'}")
        return 0 if same else 1
    out.write_text(text, encoding="utf-8")
    print(f"wrote {out}: {n_rec} companies, {n_alias} names and aliases")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
