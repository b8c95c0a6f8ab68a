"""A United States publisher's bare "$" is the US dollar, however often its story names
Australia or Canada: such papers write "A$" and "C$" for those dollars
(models/money/publishers.jsonl, pipeline/money/story_dollar.py). The same story with no
known publisher reads its "$" as the dollar of the country it names most. Invented."""

from pipeline.nlp.fastpipe import pipe_docs

TEXT = ("Australian miner Brolga Resources reported its biggest first-half profit in years. "
        "Other Australian miners should gain too, as a cyclone in Western Australia cut "
        "supply. Brolga's underlying earnings rose to $2.1 billion.")


def _currencies(nlp, url):
    doc = next(pipe_docs(nlp, [TEXT], dates=[""], urls=[url]))
    return [a._.money.currency for a in doc._.amounts]


def test_a_us_publisher_keeps_the_us_dollar(nlp):
    assert _currencies(nlp, "https://www.cnbc.com/2019/08/01/brolga.html") == ["USD"]


def test_no_known_publisher_takes_the_named_country_s_dollar(nlp):
    assert _currencies(nlp, "https://www.example.com/brolga.html") == ["AUD"]
