""""Builder" alone names a property developer as often as a contractor, so the article's own
words decide (models/link/industry_words.jsonl); "construction company" still says
infrastructure. Sentences are invented."""


def _sectors(nlp, text):
    return [s._.sector for s in nlp(text)._.amounts]


def test_a_builder_selling_flats_is_real_estate(nlp):
    text = ("Hong Kong builder Kowloon Pearl Holdings said core profit fell as property sales "
            "dropped. Revenue from property sales was HK$9.9 billion, and its investment "
            "properties rose in value.")
    assert _sectors(nlp, text) == ["real_estate"]


def test_a_construction_company_is_infrastructure(nlp):
    text = "Construction company Kowloon Pearl Holdings said revenue rose to HK$9.9 billion."
    assert _sectors(nlp, text) == ["infrastructure"]
