"""Build ``models/money/currencies.jsonl`` and ``models/money/territory_currencies.jsonl``
from the Unicode CLDR data shipped with babel (see ``models/money/README.md``).

``currencies.jsonl``: one record per ISO 4217 currency babel knows, in use or
historic (FRF, DEM, ITL, ESP, NLG, BEF, ATS, IEP, FIM, PTE, GRD, ...), minus
the units that are not money (metals, funds and test codes): ``code``,
``name``, ``symbols`` (from the English locale and from the locales of the
territories that use it), ``words`` (English display names, CLDR's singular
and plural, lower-cased: "kuwaiti dinar", "kuwaiti dinars"), ``minor_words``
(CLDR has no minor-unit names: only "<country> cent(s)" for a dollar named for
its country, "canadian cents"), ``minor_factor`` (10 ** -digits, CLDR's
currency fractions: 0.001 for KWD, 1 for JPY), ``decimal`` (the decimal mark
most of its territories' locales write), and ``code_in_text`` false for codes
that are ordinary English words.

``models/money/currencies_extra.jsonl`` (hand-kept, one ``reason`` a line)
adds what CLDR lacks: wire forms ("dlrs", "stg"), bare words ("dollars",
"francs") and the currency each one means by default, abbreviations of news
("Rs", "SR", "Dh"), minor units ("cents", "fils"). It is read by the loader
next to the generated file; this script only makes sure the two never claim
the same form for two currencies.

The ambiguity rule (also in the README): every form (symbol or word,
compared lower-cased) means one currency.

1. A form listed in the extra file belongs to the currency listed there. Bare
   words and shared symbols are listed there with the currency of the largest
   economy (IMF nominal GDP) that uses them: "$" USD, "£" GBP, "kr" and
   "crowns" SEK, "kroner" NOK, "francs" CHF, "pesos" MXN, "rupees" and "Rs"
   INR, "riyals" SAR, "rials" IRR, "shillings" KES, "dirhams" AED. A word
   with no clear largest user ("dinars": Algeria and Iraq) is not listed and
   stays unknown; only its country forms ("kuwaiti dinars") are read.
2. Otherwise a CLDR form claimed by several currencies goes to the one whose
   English-locale symbol it is ("¥" is JPY in CLDR's ``en``), else to the only
   one of them still in use; else it is left out.
3. Alphabetic symbols of one or two letters ("K", "L", "Br", "Le", "kn") are
   initials and ordinary words more often than money; they are left out unless
   the extra file lists them (news glues "R20", "Rs500" to a figure, see
   ``words.jsonl`` ``fused_prefixes``). So are symbols and codes that are
   English words ("den", "ALL", "TOP", "CUP", "MAD", "PEN").

4. A currency in use that its own territories write as a bare "$" (CLDR's
   ``es_CO`` writes the Colombian peso "$") also gets its code glued to the
   sign: "COP$", "CLP$", "NZD$". News of those countries writes it so to tell
   its "$" from the US dollar.

The output is sorted and byte-for-byte reproducible; rerun after editing the
extra file or upgrading babel, and commit the result.

Example::

    .venv/bin/python scripts/build_currencies.py            # writes both files
    .venv/bin/python scripts/build_currencies.py --check    # exit 1 if stale
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from babel import Locale, UnknownLocaleError, localedata
from babel.core import get_cldr_version, get_global
from babel.numbers import get_currency_name, get_currency_precision, list_currencies

ROOT = Path(__file__).resolve().parent.parent
MONEY_DIR = ROOT / "models" / "money"

# Units that are not money news counts in: precious metals, bond-market and
# funds units, test and "no currency" codes. Written without names ("troy
# ounces of gold"), symbols or a readable code. XDR (IMF special drawing
# rights) and XEU (the ECU) are money.
NOT_MONEY = frozenset(
    "XAG XAU XPD XPT XBA XBB XBC XBD XTS XXX XRE XSU XUA XFO XFU "
    "BOV CHE CHW CLF COU ECV MXV UYI UYW USN USS BEC BEL LUC LUL ESA ESB ZAL CNX".split()
)
# ISO codes that are ordinary English words ("ALL 5 million" is not Albanian
# money): written with code_in_text false, their names are still read. These
# are the codes the base model's WordNet lemma list knows as words, minus the
# codes the pre-CLDR hand list read as codes (CAD, INR, TRY, COP, ...), which
# news writes in capitals before a figure.
CODE_WORDS = frozenset(
    "ADP ALL ARA ARM ARP BAD BAM BAN BEL BOB BOP CUP GEL MAD MOP MVP PEI PEN PES RHD "
    "SLE SOS SUR TOP".split()
)
# Symbols that are English words, checked against the same lemma list at build
# time; listed here so the build does not need the spaCy model to agree.
SYMBOL_WORDS = frozenset(["den", "lei", "tsh"])
# CLDR territory codes that are groupings, not countries (EU, the eurozone, unknown)
GROUPINGS = frozenset(["EA", "EU", "QO", "UN", "ZZ"])
_INVISIBLE = {"\u200b", "\u200e", "\u200f", "\u061c"}


def cldr_version() -> str:
    return str(get_cldr_version())


def current_territories() -> dict[str, list[str]]:
    """Currency code -> territories where it is legal tender today (sorted)."""
    out: dict[str, set[str]] = {}
    for terr, rows in get_global("territory_currencies").items():
        for code, _start, end, tender in rows:
            if end is None and tender:
                out.setdefault(code, set()).add(terr)
    return {code: sorted(t) for code, t in out.items()}


def all_territories() -> dict[str, list[str]]:
    """Currency code -> every territory that ever used it (sorted)."""
    out: dict[str, set[str]] = {}
    for terr, rows in get_global("territory_currencies").items():
        for code, *_ in rows:
            out.setdefault(code, set()).add(terr)
    return {code: sorted(t) for code, t in out.items()}


def territory_locales(terr: str) -> list[Locale]:
    """The locales of a territory's languages (``fr_FR``, ``ar_KW``...) babel has."""
    known = set(localedata.locale_identifiers())
    langs = get_global("territory_languages").get(terr, {})
    return [Locale.parse(f"{lang}_{terr}") for lang in sorted(langs) if f"{lang}_{terr}" in known]


def clean_symbol(sym: str) -> str:
    sym = "".join(" " if unicodedata.category(c) == "Zs" else c for c in sym)
    return "".join(c for c in sym if c not in _INVISIBLE).strip()


def symbol_ok(sym: str, code: str) -> bool:
    """Whether a CLDR symbol can be read in English news as this currency (rule 3)."""
    if not sym or sym.upper() == code or sym == "¤":
        return False
    letters = sym.replace(".", "")
    if letters.isalpha() and (len(letters) <= 2 or letters.lower() in SYMBOL_WORDS):
        return False
    return True


def name_ok(name: str) -> bool:
    """CLDR names with dates or notes ("turkish lira (1922–2005)") are not news words."""
    return bool(name) and not any(c in name for c in "()0123456789")


def main_locale(terr: str) -> Locale | None:
    """The locale of a territory's main language (CLDR likely subtags: RU -> ru_RU)."""
    try:
        return Locale.parse(f"und_{terr}")
    except (ValueError, UnknownLocaleError):
        return None


def decimal_mark(code: str, terr: dict[str, list[str]]) -> str:
    """The decimal mark of the currency's own country ("USD": US) or, for a shared
    currency (EUR, XOF), the one most of its territories' main locales write."""
    places = [t for t in terr.get(code, []) if t not in GROUPINGS]
    if code[:2] in places:
        places = [code[:2]]
    votes: Counter[str] = Counter()
    for t in places:
        loc = main_locale(t)
        if loc is not None:
            votes[loc.number_symbols.get("latn", {}).get("decimal", ".")] += 1
    return "," if votes[","] > votes["."] else "."


def minor_factor(code: str) -> str:
    digits = get_currency_precision(code)
    return "1" if digits == 0 else "0." + "0" * (digits - 1) + "1"


def dollar_cents(name: str, factor: str) -> list[str]:
    """ "canadian dollar" -> "canadian cent(s)": a dollar named for its country is
    divided into cents of that name ("lost 65 Canadian cents"); CLDR has no minor names."""
    words = name.split()
    if len(words) < 2 or words[-1] != "dollar" or factor != "0.01" or not name_ok(name):
        return []
    prefix = " ".join(words[:-1])
    return [f"{prefix} cent", f"{prefix} cents"]


def cldr_records() -> list[dict]:
    """One record per currency, straight from CLDR (before the ambiguity rule)."""
    en = Locale.parse("en")
    now = current_territories()
    ever = all_territories()
    out = []
    for code in sorted(list_currencies()):
        names = [get_currency_name(code, count=n, locale="en").lower() for n in (1, 2)]
        words = sorted({n for n in names if name_ok(n)})
        syms = {clean_symbol(en.currency_symbols.get(code, ""))}
        for terr in ever.get(code, []):
            for loc in territory_locales(terr):
                syms.add(clean_symbol(loc.currency_symbols.get(code, "")))
        if code in now and any(
            clean_symbol(loc.currency_symbols.get(code, "")) == "$"
            for terr in now[code]
            for loc in territory_locales(terr)
        ):
            syms.add(f"{code}$")  # rule 4: "COP$5.9 trillion", "NZD$12m"
        rec = {
            "code": code,
            "name": get_currency_name(code, locale="en"),
            "symbols": sorted(s for s in syms if symbol_ok(s, code)),
            "words": words,
            "minor_words": dollar_cents(names[0], minor_factor(code)) if names[0] in words else [],
            "minor_factor": minor_factor(code),
            "decimal": decimal_mark(code, now if code in now else ever),
        }
        if code in NOT_MONEY:
            rec["symbols"], rec["words"], rec["minor_words"] = [], [], []
        if code in CODE_WORDS or code in NOT_MONEY:
            rec["code_in_text"] = False
        out.append(rec)
    return out


def read_extra(path: Path) -> list[dict]:
    recs = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        rec = json.loads(line)
        if not rec.get("code") or not rec.get("reason"):
            raise SystemExit(f"{path}:{n}: every record needs a code and a reason")
        recs.append(rec)
    return recs


def forms(rec: dict) -> Iterable[str]:
    for key in ("symbols", "words", "minor_words"):
        yield from (f.lower() for f in rec.get(key, []))


def resolve(records: list[dict], extra: list[dict]) -> list[dict]:
    """Apply the ambiguity rule: every lower-cased form keeps one currency."""
    owner: dict[str, str] = {}
    for rec in extra:
        for f in forms(rec):
            if owner.setdefault(f, rec["code"]) != rec["code"]:
                raise SystemExit(f"currencies_extra.jsonl: {f!r} listed for two currencies")
    en = Locale.parse("en")
    in_use = set(current_territories())
    claims: dict[str, set[str]] = {}
    for rec in records:
        for f in forms(rec):
            claims.setdefault(f, set()).add(rec["code"])
        if rec.get("code_in_text", True):
            claims.setdefault(rec["code"].lower(), set()).add(rec["code"])
    for f, codes in sorted(claims.items()):
        if f in owner:
            continue
        if len(codes) == 1:
            owner[f] = next(iter(codes))
            continue
        by_en = sorted(c for c in codes if en.currency_symbols.get(c, "").lower() == f)
        current = sorted(c for c in codes if c in in_use)
        if len(by_en) == 1:
            owner[f] = by_en[0]
        elif len(current) == 1:
            owner[f] = current[0]
        else:
            owner[f] = ""  # left out
    out = []
    for rec in records:
        rec = dict(rec)
        for key in ("symbols", "words"):
            rec[key] = [f for f in rec[key] if owner.get(f.lower()) == rec["code"]]
        out.append(rec)
    return out


def territory_rows() -> list[dict]:
    """Territory -> currency with the dates CLDR gives (tender currencies only)."""
    rows = []
    for terr, lst in sorted(get_global("territory_currencies").items()):
        for code, start, end, tender in lst:
            if not tender:
                continue
            rows.append(
                {
                    "territory": terr,
                    "code": code,
                    "from": "{:04d}-{:02d}-{:02d}".format(*start) if start else None,
                    "to": "{:04d}-{:02d}-{:02d}".format(*end) if end else None,
                }
            )
    rows.sort(key=lambda r: (r["territory"], r["from"] or "", r["code"]))
    return rows


def dumps(rows: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def build(money_dir: Path = MONEY_DIR) -> dict[str, str]:
    extra = read_extra(money_dir / "currencies_extra.jsonl")
    head = (
        f"# Generated by scripts/build_currencies.py from CLDR {cldr_version()} (babel); "
        "do not edit.\n"
    )
    return {
        "currencies.jsonl": head + dumps(resolve(cldr_records(), extra)),
        "territory_currencies.jsonl": head + dumps(territory_rows()),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true", help="exit 1 if the files are stale")
    ap.add_argument("--dir", type=Path, default=MONEY_DIR)
    args = ap.parse_args(argv)
    stale = []
    for name, text in build(args.dir).items():
        path = args.dir / name
        if args.check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                stale.append(name)
        else:
            path.write_text(text, encoding="utf-8")
            print(f"wrote {path} ({text.count(chr(10)) - 1} records)")
    if stale:
        print("stale: " + ", ".join(stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
