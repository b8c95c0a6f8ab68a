"""Token patterns of the amount finder, built from the money lexicon.

Four labels: ``MONEY`` (an amount atom with its currency: "$5 billion",
"12.5 mln dlrs", "HK$10"), ``BARE`` (a figure and a scale that may take a
currency from context: "6.2 mln"), ``CTX`` (a figure after a comparison
word: "vs 1.10") and ``UNIT`` (one unit with no figure, "a dollar", "billion
dollars", kept only where pipeline/money/lone.py finds its context says money).
"""

from __future__ import annotations

import re

from pipeline.money.lexicon import Lexicon


def money_patterns(lex: Lexicon) -> dict[str, list[list[dict]]]:
    """Token patterns: MONEY atoms (with a currency), BARE (figure + scale), CTX ("vs 1.10")."""
    single_cur = sorted({p for p in lex.currencies if " " not in p})
    # words before the last word of a multi-word currency name ("swiss", "hong", "kong")
    mods = sorted({w for p in lex.currencies if " " in p for w in p.split()[:-1]})
    pre = sorted(
        {p for p in single_cur if p not in lex.bare_words and p not in lex.minor_words}
        | {c.lower() for c in lex.codes}
    )
    post = sorted(set(single_cur) - lex.words["not_after_figure"])
    # "$500m." ends a sentence: the tokenizer keeps the period on the scale
    scales = sorted(set(lex.scales) | {f"{w}." for w in lex.scales if "." not in w})
    numwords = sorted(lex.numbers)
    sym = "|".join(
        re.escape(s)
        for s in sorted(
            lex.symbols | {c.lower() for c in lex.codes} | lex.words["fused_prefixes"],
            key=len,
            reverse=True,
        )
    )
    scl = "|".join(re.escape(s) for s in sorted(lex.scales, key=len, reverse=True))
    num = r"\d[\d,.']*"
    # one token holding a figure and its currency: "HK$10", "1.2bn" is BARE, "50p", "24-$26"
    fused_cur = (
        rf"(?i)^(?:(?:{sym})\.?-?{num}(?:{scl})?(?:-(?:{sym})?{num}(?:{scl})?)?"
        rf"|{num}(?:{scl})?-(?:{sym}){num}(?:{scl})?"
        rf"|{num}(?:p|c|¢|cts?))$"
    )
    # "$50M." ends a sentence: the tokenizer keeps the period on a capital scale letter
    fused_num = rf"(?i)^-?{num}(?:{scl})?(?:-{num}(?:{scl})?)?(?<=[a-z])\.?$|^-?{num}$"
    scaled_num = rf"(?i)^{num}(?:{scl})\.?$"
    NUM = {"TEXT": {"REGEX": fused_num}}
    NUMW = {"LOWER": {"IN": numwords}, "OP": "+"}
    NUMW_FIRST = {"LOWER": {"IN": [w for w in numwords if not lex.numbers[w][1]]}}
    SCALE = {"LOWER": {"IN": scales}, "OP": "*"}
    SCALE1 = {"LOWER": {"IN": scales}, "OP": "+"}
    MOD = {"LOWER": {"IN": mods}, "OP": "{0,2}"}
    POST = {"LOWER": {"IN": post}}
    # a unit hyphenated to its figure is a word ("a 4bn-euro hole"); "$5 million - $7 million"
    # is a range whose high end starts with its sign
    POST_WORD_UNIT = {"LOWER": {"IN": [p for p in post if p.isalpha()]}}
    PRE = {"LOWER": {"IN": pre}}
    POST_WORD = {"LOWER": {"IN": sorted(lex.bare_words | lex.minor_words)}}
    FUSED = {"TEXT": {"REGEX": fused_cur}}
    HYPH = {"TEXT": {"IN": ["-", "‐", "‑"]}}  # "$1.5-billion", Canadian press style
    AND = {"LOWER": "and"}  # "one and a half billion dollars"
    INT = {"TEXT": {"REGEX": r"^\d{1,4}$"}}
    FRAC = {"TEXT": {"REGEX": r"^\d{1,2}/\d{1,3}$"}}  # "12-7/8 dlrs", wire-style prices
    money: list[list[dict]] = [
        [INT, {"TEXT": "-", "OP": "?"}, FRAC, MOD, POST],
        [PRE, INT, {"TEXT": "-", "OP": "?"}, FRAC],
        [PRE, NUM, HYPH, SCALE1],
        [NUM, SCALE, HYPH, POST_WORD_UNIT],  # "a 4bn-euro hole", "a 10-dollar bill"
        # "a 50-mln dlr stake", "the three-mln dlr cost", "a ten-mln-dlr loan"
        [NUM, HYPH, SCALE1, {**HYPH, "OP": "?"}, POST_WORD_UNIT],
        [NUMW, HYPH, SCALE1, {**HYPH, "OP": "?"}, POST_WORD],
        [FUSED, HYPH, SCALE1],
        [NUMW, AND, NUMW, SCALE1, MOD, POST_WORD],
        [PRE, NUMW, AND, NUMW, SCALE1],
        [PRE, NUM, SCALE],
        [PRE, {"TEXT": {"REGEX": r"^\.\d+$"}}, SCALE],  # "€ .75": the figure's 0 left out
        [PRE, NUM, SCALE, MOD, POST],
        [PRE, NUMW, SCALE1],
        [NUM, SCALE, MOD, POST],
        [NUMW, SCALE1, MOD, POST_WORD],
        # no scale: a number word first ("one dollar"); "a dollar", "a euro zone" are no amount
        [NUMW_FIRST, {"LOWER": {"IN": numwords}, "OP": "*"}, MOD, POST_WORD],
        [FUSED, SCALE],
        [FUSED, SCALE, MOD, POST],
        [PRE, FUSED, SCALE],
        # a broadcast transcript's spelled decimal point: "10-point-4 trillion won"
        [INT, HYPH, {"TEXT": {"REGEX": r"(?i)^point-\d+$"}}, SCALE1, MOD, POST],
        [PRE, INT, HYPH, {"TEXT": {"REGEX": r"(?i)^point-\d+$"}}, SCALE1],
        # "SEK 1 234 million": the tokenizer splits digit groups written with spaces
        [PRE, {"TEXT": {"REGEX": r"^\d{1,3}$"}}, {"TEXT": {"REGEX": r"^\d{3}$"}, "OP": "+"}, SCALE],
    ]
    # "ringgit 42", "Malaysian ringgits 42": a name read before a bare figure (names.py)
    name_first = {"LOWER": {"IN": sorted(lex.words["names_before_figure"])}}
    money.append([MOD, name_first, {"TEXT": {"REGEX": r"^\d[\d,.]*$"}}])
    # "pounds 14.7m", "dollars 5bn": a British archive's "£" and "$" spelled out, read only
    # before a scaled figure ("50 pounds 2 ounces" is a weight)
    named_scaled = {"LOWER": {"IN": sorted(lex.words["names_before_scaled_figure"])}}
    money += [[MOD, named_scaled, {"TEXT": {"REGEX": scaled_num}}],  # "Australian dollars 648m"
              [MOD, named_scaled, {"TEXT": {"REGEX": rf"^{num}$"}}, SCALE1]]
    # "$A27.16", "$NZ1.2bn": the tokenizer splits the sign from the letters of a "$A" symbol
    tails = sorted(s[1:] for s in lex.symbols if s.startswith("$") and s[1:].isalpha())
    if tails:
        glued = rf"(?i)^(?:{'|'.join(map(re.escape, tails))}){num}(?:{scl})?\.?$"
        money.append([{"TEXT": "$"}, {"TEXT": {"REGEX": glued}}, SCALE])
    bare: list[list[dict]] = [
        [{"TEXT": {"REGEX": fused_num}}, SCALE1],
        [{"TEXT": {"REGEX": scaled_num}}],
    ]
    # words before a figure that compare it with another ("vs 1.10", "from 8.9"), or add it
    # up ("Div 11p vs 7 making 16 vs 10": the year's total, in the unit of the figure before)
    cues = sorted(lex.words["versus_words"] | lex.words["compare_words"])
    ctx: list[list[dict]] = [
        [{"LOWER": {"IN": cues}}, {"TEXT": {"REGEX": rf"^-?{num}$"}}],
        # "2,100 dlrs compared with 1,200": only right after an amount's unit or scale
        [
            {"LOWER": {"IN": sorted(set(post) | set(scales) | lex.minor_words)}},
            {"TEXT": ",", "OP": "?"},
            {"LOWER": {"IN": sorted(lex.words["compared_words"])}},
            {"LOWER": {"IN": sorted(lex.words["versus_preps"])}},
            {"TEXT": {"REGEX": rf"^-?{num}$"}},
        ],
        # "vs loss 15,900,000", "vs profit 250 mln", "making yr 24": the cue word is dropped
        [
            {"LOWER": {"IN": cues}},
            {"LOWER": {"IN": ["loss", "profit", "gain", "income", "yr", "year", "total"]}},
            {"TEXT": {"REGEX": rf"^-?{num}$"}},
        ],
        [{"LOWER": {"IN": cues}}, NUMW, SCALE1],  # "Assets 4.5 billion vs four billion"
    ]
    # "MSEK 45.7", "250 MUSD": the million-prefixed codes, matched with their case
    if lex.scaled_codes:
        mcode = {"TEXT": {"IN": sorted(lex.scaled_codes)}}
        money += [[mcode, NUM], [NUM, mcode]]
    # one unit with no figure, money only where its context says so (lone.py)
    unit_words = sorted(lex.words["lone_unit_words"])
    full_scales = [w for w in ("million", "billion", "trillion") if w in lex.scales]
    unit: list[list[dict]] = [
        [{"LOWER": {"IN": ["a", "an"]}}, {"LOWER": {"IN": unit_words}}],  # "costs a pound"
        [{"LOWER": {"IN": full_scales}}, MOD, POST_WORD],  # "invested billion dollars"
    ]
    return {
        "UNIT": unit,
        "MONEY": [spaced(p) for p in money],
        "BARE": [spaced(p) for p in bare],
        "CTX": [spaced(p) for p in ctx],
    }


def spaced(pattern: list[dict]) -> list[dict]:
    """Allow the newline tokens of wire copy ("12\\nmln dlrs") between pattern tokens."""
    out: list[dict] = []
    for k, tok in enumerate(pattern):
        if k:
            out.append({"IS_SPACE": True, "OP": "?"})
        out.append(tok)
    return out
