"""A name NER calls a place or a person is a company where the article sets a company
noun beside it across hyphened words ("Zephyr, a California-based company"; "Kolade
Agbaje, a Lagos-listed power-generating firm": pipeline/companies/owned_names.py), then
wherever it writes the name. A nationality before a company noun ("The Emirati firm") and
a region ("The South Yorkshire company") name none. Sentences are invented."""


def _owners(nlp, text):
    return [[lk.company for lk in s._.links] for s in nlp(text)._.amounts]


def test_a_name_set_beside_a_hyphened_company_noun_is_a_company(nlp):
    text = ("The Zephyr corporation was accused of funnelling more than $2m into the "
            "campaign. Zephyr, a California-based company, pleaded guilty.")
    assert _owners(nlp, text) == [["Zephyr"]]


def test_an_apposition_counts_hyphened_words_once(nlp):
    text = ("Kolade Agbaje, a Lagos-listed power-generating firm, said its after-tax profit "
            "rose to N5.51 billion.")
    assert _owners(nlp, text) == [["Kolade Agbaje"]]


def test_a_nationality_or_a_region_before_a_company_noun_is_no_name(nlp):
    text = ("The Emirati firm's initial approaches included a takeover price of 55 euros per "
            "share. The South Yorkshire company said it lost £12m.")
    names = {c for owners in _owners(nlp, text) for c in owners}
    assert not names & {"Emirati", "South Yorkshire"}
