"""A proper name before "shares" or "stock" owns the price NER gave no label ("Westpac
shares lost 2.1% to $25.40": pipeline/link/rules/parse.py), where a trade word before
"shares" names no one ("Mining shares rose"); "NAB" the bank is a name though "nab" is a
headline verb (models/link/words.jsonl acronym_verbs). Sentences are invented."""


def _owners(nlp, text):
    return [[lk.company for lk in s._.links] for s in nlp(text)._.amounts]


def test_a_name_before_shares_owns_their_price(nlp):
    text = "Westpac shares lost 2.1% to $25.40 on Tuesday, while Qantas closed 1% higher at $6.12."
    assert _owners(nlp, text) == [["Westpac"], ["Qantas"]]


def test_a_trade_before_shares_owns_nothing(nlp):
    assert _owners(nlp, "Mining shares rose 2% to $12.5 on Monday.") == [[]]


def test_an_acronym_spelled_like_a_headline_verb_is_a_name(nlp):
    linker = next(p for _, p in nlp.pipeline if hasattr(p, "companies"))
    assert linker.companies.is_company_name("NAB")
