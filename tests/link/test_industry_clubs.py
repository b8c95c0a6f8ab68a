"""A company the article calls a club is a sports club, whose money is consumer (FACTS.md:
media and entertainment; models/link/industry_words.jsonl); crops beyond wheat and corn
("sorghum", "barley") say agriculture (models/sectors.jsonl); a company named for its
bread is a food company. Sentences are invented."""


def _sectors(nlp, text):
    return [s._.sector for s in nlp(text)._.amounts]


def test_a_club_named_so_before_its_name_is_consumer(nlp):
    text = ("English League One club Harbury Rovers have agreed a £4.5 million takeover by a "
            "local consortium.")
    assert _sectors(nlp, text) == ["consumer"]


def test_crops_beyond_the_staples_say_agriculture(nlp):
    text = ("Chicago-based Sorgenta, which breeds sorghum and barley for growers, said it had "
            "raised $12 million from investors.")
    assert _sectors(nlp, text) == ["agriculture"]


def test_a_baker_named_for_its_bread_is_consumer(nlp):
    assert _sectors(nlp, "Prairie Bread said it will close its plant, taking a $3.1m charge.") == [
        "consumer"]
