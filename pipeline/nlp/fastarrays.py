"""Array helpers of the fast path (pipeline/nlp/fastpipe.py): figures, sentence
starts, runs of chosen sentences, and writing the parsed regions back into a doc."""

from __future__ import annotations

import re
from typing import cast

import numpy as np
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, SENT_START, TAG
from spacy.tokens import Doc
from thinc.types import Ints2d

_DIGIT = re.compile(r"\d+")
PARSE_ATTRS = [TAG, POS, MORPH, LEMMA, DEP, HEAD]


def figures(cols: np.ndarray, text: str) -> np.ndarray:
    """Tokens that are or hold a figure: LIKE_NUM, or any digit ("$20bn", "950p")."""
    numeric = cols[:, 1].astype(bool)
    digits = [m.start() for m in _DIGIT.finditer(text)]
    if digits:
        numeric[np.searchsorted(cols[:, 2], np.array(digits), side="right") - 1] = True
    return numeric


def runs(chosen: np.ndarray, bounds: np.ndarray) -> list[tuple[int, int]]:
    """Token ranges of the runs of chosen sentences."""
    regions: list[tuple[int, int]] = []
    for s in np.flatnonzero(chosen):
        a, b = int(bounds[s]), int(bounds[s + 1])
        if regions and regions[-1][1] == a:
            regions[-1] = (regions[-1][0], b)
        else:
            regions.append((a, b))
    return regions


def punct_starts(punct: np.ndarray, is_punct: np.ndarray) -> np.ndarray:
    """spaCy's Sentencizer without a Python loop: a sentence starts at the first token
    that is no punctuation after a sentence-final character ("." "!" "?" ...)."""
    quiet = punct | is_punct
    out = np.zeros(len(punct), dtype=bool)
    words = np.flatnonzero(~quiet)
    if not words.size:
        return out
    cs = np.concatenate(([0], np.cumsum(punct)))
    prev = np.concatenate(([-1], words[:-1]))
    out[words[cs[words] - cs[prev + 1] > 0]] = True
    return out


def preset_sentences(doc: Doc, starts: np.ndarray) -> None:
    """Mark ``starts`` as sentence starts, leaving the other tokens unknown (0)."""
    if len(doc):
        col = starts.astype("uint64").reshape(-1, 1)
        doc.from_array([SENT_START], cast(Ints2d, col))


def merge(doc: Doc, starts: np.ndarray, regions: list[tuple[int, int]], subs: list[Doc]) -> None:
    """Write the regions' tags, lemmas, parse and sentences back into ``doc``."""
    n = len(doc)
    if regions:
        arr = np.zeros((n, len(PARSE_ATTRS)), dtype="uint64")
        for (a, b), sub in zip(regions, subs, strict=True):
            arr[a:b] = sub.to_array(PARSE_ATTRS)
        doc.from_array(PARSE_ATTRS, cast(Ints2d, arr))
    sent = np.where(starts, 1, -1).astype("int64")
    for (a, b), sub in zip(regions, subs, strict=True):
        sent[a:b] = sub.to_array([SENT_START]).ravel().astype("int64")
    if n:
        doc.from_array([SENT_START], cast(Ints2d, sent.astype("uint64").reshape(-1, 1)))
