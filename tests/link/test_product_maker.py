"""A product's price is its maker's (``companies/products.py``, ``link/rules/product_price.py``,
rule ``product-maker``), on sentences written for these tests (none from a gold article)."""

from __future__ import annotations

import pytest
from owned import links_of

from pipeline.link.context import DocContext


def _products(nlp, text: str) -> dict[str, str]:
    doc = nlp(text)
    linker = nlp.get_pipe("newsfacts_linker")
    ctx = DocContext(doc, linker.company_words, sector_hits=[], cue_verbs=frozenset(),
                     cue_nouns=frozenset())  # fmt: skip
    return {name: p.maker for name, p in ctx.products.items()}


@pytest.mark.parametrize(
    ("text", "product", "maker"),
    [
        # "X's P" with a product noun after it
        ("Sony's Vaio handheld went on sale in Japan on Monday.", "Vaio", "Sony"),
        # "X's P" where the article also writes "the P"
        ("Microsoft's Zune is late. The Zune plays music and video.", "Zune", "Microsoft"),
        # an apposition after the maker's product noun
        ("Nokia's new gaming phone, the Ngage, has been delayed.", "Ngage", "Nokia"),
        # "P was launched ... by X"
        ("The Lumo Cube was launched last week by Panasonic in Osaka.", "Lumo Cube", "Panasonic"),
        # "X ... launch its first <noun>, the P"
        ("Sony has said it will launch its first tablet, the Xperia, in May.", "Xperia", "Sony"),
        # "X P" where the article names X alone and writes "the P"
        ("Samsung Galaxy phones sold well. Samsung said the Galaxy was its best seller.",
         "Galaxy", "Samsung"),
    ],
    ids=["possessive-noun", "possessive-the", "apposition", "made-by", "launch", "compound"],
)
def test_products_the_article_ties_to_a_maker(nlp, text, product, maker):
    assert _products(nlp, text).get(product) == maker


@pytest.mark.parametrize(
    "text",
    [
        # a person after a possessive is no product: nothing shows it is a thing
        "Microsoft's Bill Gates said profits rose. Gates spoke in Seattle.",
        # a name's last word the article writes as a plain word ("Radio" beside "radio")
        "Virgin Radio said its radio audience grew. Virgin said it was pleased.",
        # a passive launch verb: the name after it is the next clause's subject
        "Soon after the new Mini was launched, German car maker BMW invested £100m.",
        # a name a company's word follows is a company's, though "the P" reads like a thing
        "Deutsche Boerse's Euronext bid stalled. The Euronext shares rose.",
    ],
    ids=["person", "plain-word", "passive", "company-signs"],
)
def test_no_product_where_the_article_shows_none(nlp, text):
    assert _products(nlp, text) == {}


@pytest.mark.parametrize(
    ("text", "amount", "owner"),
    [
        # the product as subject of a price verb the parse rules leave to no one
        ("Microsoft's Zune player is due in Europe in June. The Zune will retail for £149.",
         "£149", "Microsoft"),
        # a price of a rival's product goes to the rival, not to the article's company
        ("Nintendo opens shop\n\nNintendo has opened a London store. Sony's Xperia tablet "
         "goes on sale next week. When it goes on sale the Xperia is likely to cost £199.",
         "£199", "Sony"),
        # "Priced at £N, X's P device ..."
        ("Dixons opens store\n\nDixons has opened a new store in Leeds. Sony's Vaio handheld "
         "went on sale on Monday and priced at £99 costs far less than rivals.", "£99", "Sony"),
        # "the service" refers back to the company's service
        ("Subscribers to Telewest's broadband service will get free calls. The service "
         "will cost an extra £5 a month.", "£5", "Telewest"),
        # a service launched by a company
        ("A ten megabit service has been launched by internet provider Zen Internet. The "
         "service comes with a £29.99 monthly price tag.", "£29.99", "Zen Internet"),
        # the article's company's product: "the launch price"
        ("Nintendo's new handheld console, the Zapp, will launch in March, the company "
         "said. The launch price of £129 compares well with rivals, according to John Smith, "
         "an analyst.", "£129", "Nintendo"),
    ],
    ids=["retail", "rival", "priced-at", "service-possessive", "service-launched", "lead-price"],
)
def test_a_products_price_is_its_makers(nlp, text, amount, owner):
    links = links_of(nlp, text, amount)
    assert [c for c, _ in links] == [owner]
    assert links[0][1] == "product-maker"


def test_a_link_found_on_a_products_name_is_renamed(nlp):
    """ "X expects the P to sell for $N": the subject rule finds the product, whose
    canonical name is its maker's; the rule is renamed, the path keeps the evidence."""
    text = "Samsung Galaxy phones sold well. Samsung expects the Galaxy to sell for $499 in the US."
    doc = nlp(text)
    (span,) = [s for s in doc._.amounts if "$499" in s.text]
    (link,) = span._.links
    assert (link.company, link.mention, link.rule) == ("Samsung", "Galaxy", "product-maker")
    assert "Galaxy made by Samsung (Samsung Galaxy phones)" in link.path


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Sony's Vaio handheld sold well. A used Vaio is priced from £40 on auction sites.",
         "£40"),
        ("Sony's Vaio handheld sold well. A Vaio bought in 2001 should still fetch £30.",
         "£30"),
    ],
    ids=["used", "bought"],
)
def test_a_resale_price_is_no_makers(nlp, text, amount):
    assert links_of(nlp, text, amount) == []


def test_a_name_cut_at_a_line_break_is_no_product():
    """A wire name wrapped over a line ("Zenith\\nFunding"): its tail is no product's name,
    and an empty one never breaks the finder (a record once failed on it)."""
    import spacy

    from pipeline.companies.mentions import CompanyData, Mention
    from pipeline.companies.products import find_products

    doc = spacy.blank("en")("Zenith said it would buy Zenith \nFunding and Zenith \n")
    mentions = [Mention(0, 1, "Zenith"), Mention(5, 8, "Zenith Funding"), Mention(9, 11, "Zenith")]
    assert [t.text for t in doc[5:8]] == ["Zenith", "\n", "Funding"]
    assert find_products(doc, mentions, CompanyData()) == {}


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # X no gazetteer knows, no product noun after "X P": people ("Republican Congressmen")
        ("Kelvar Scouts met . Kelvar said the Scouts would march .", {}),
        # a product noun after it says P is a thing whoever X is
        ("Kelvar Zapp phones sold . Kelvar said the Zapp would sell .", {"Zapp": "Kelvar"}),
    ],
    ids=["people", "phones"],
)
def test_a_name_x_p_is_a_product_only_with_evidence(text, found):
    import spacy

    from pipeline.companies.mentions import CompanyData, Mention
    from pipeline.companies.products import find_products

    doc = spacy.blank("en")(text)
    mentions = [Mention(0, 2, doc[0:2].text), Mention(5, 6, "Kelvar")]
    products = find_products(doc, mentions, CompanyData())
    assert {k: p.maker for k, p in products.items() if " " not in k} == found
