"""Legal-form words that end a company name, from models/companies/legal_suffixes.jsonl.

:data:`LEGAL_SUFFIXES` are the ones FACTS.md says matching ignores ("Toyota
Motor Corp" is "Toyota Motor"); :data:`COMPANY_SUFFIXES` adds those that mark
a company but stay part of its name ("Siemens Energy SE", "Adani Group");
:data:`SUFFIX_DISPLAY` spells a form in a name read from capitals ("GMBH" -> "GmbH").
"""

from __future__ import annotations

from pipeline.resources import MODELS_DIR, read_jsonl

_RECORDS = read_jsonl(MODELS_DIR / "companies" / "legal_suffixes.jsonl")
LEGAL_SUFFIXES = frozenset(r["text"] for r in _RECORDS if r["strip"])
COMPANY_SUFFIXES = frozenset(r["text"] for r in _RECORDS)
SUFFIX_DISPLAY = {r["text"]: r["display"] for r in _RECORDS if "display" in r}
