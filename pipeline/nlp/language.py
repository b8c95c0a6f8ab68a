"""Is an article English? newsfacts reads English news only.

A real dump mixes languages (CC-NEWS does). The English model run over French
or Chinese text makes garbage facts, so an article another language claims
with confidence is skipped with an error row (reason ``language``). The
identifier is py3langid (an offline model shipped in the package), restricted
to the major news languages of models/nlp/languages.jsonl; a text it cannot
place with confidence (an earnings table, a headline in capitals) is read.
"""

from __future__ import annotations

from functools import lru_cache

from py3langid.langid import MODEL_FILE, LanguageIdentifier

from pipeline.resources import MODELS_DIR, read_jsonl

# Another language must hold at least this probability (of the restricted set)
# before an article is skipped: wire tables score about 0.1 for their best guess.
MIN_CONFIDENCE = 0.9
# The opening characters decide: enough for the identifier, cheap on long texts.
SAMPLE_CHARS = 1000


@lru_cache(maxsize=1)
def _identifier() -> tuple[LanguageIdentifier, dict[str, str]]:
    names = {r["code"]: r["name"] for r in read_jsonl(MODELS_DIR / "nlp" / "languages.jsonl")}
    ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    ident.set_languages(list(names))
    return ident, names


def other_language(text: str) -> tuple[str, float] | None:
    """(language name, probability) when ``text`` is confidently not English, else None."""
    ident, names = _identifier()
    code, prob = ident.classify(text[:SAMPLE_CHARS])
    if code == "en" or prob < MIN_CONFIDENCE:
        return None
    return names.get(code, code), float(prob)
