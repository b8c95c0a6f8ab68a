"""Wire copy wraps its lines near 65 characters: a name runs on over a wrap, never over
a headline's end, a paragraph's indent or a short table row (pipeline/companies/wraps.py).
Texts are from reut2-011, in no gold set."""

from pipeline.companies.wraps import one_line, soft_wrap

# reut2-011 #11102
AIRCAL = (
    "WASHINGTON, March 30 - The U.S. Department of\n"
    "Transportation (DOT) said it gave final clearance to the\n"
    "proposed 225 mln dlr acquisition of AirCal Inc by American\n"
    "Airlines Inc.\n"
)


def _owners(nlp, text: str, written: str) -> list[str]:
    doc = nlp(text)
    (span,) = [s for s in doc._.amounts if written in s.text]
    return [lk.company for lk in span._.links]


def test_a_name_runs_on_over_a_wrap(nlp):
    assert "American Airlines Inc." in _owners(nlp, AIRCAL, "225 mln dlr")


def test_a_public_body_s_name_over_a_wrap_is_still_public(nlp):
    # reut2-011 #11732: "Development" alone was taken for a company
    text = (
        "WASHINGTON, March 31 - Latin America's debt was in focus.\n"
        "    In its recent annual report, the Inter-American Development\n"
        "Bank said Latin American nations need to expand between four\n"
        "and five pct this year to service their 382 billion dlrs of\n"
        "foreign debt.\n"
    )
    assert _owners(nlp, text, "382 billion dlrs") == []


def test_headlines_indents_and_short_rows_are_breaks(base_nlp):
    doc = base_nlp("ACME CORP SETS PAYOUT\n\nNEW YORK - Acme Corp said its long sales line "
                   "then ran\nBeta.\n    Shr 28 cts vs 14 cts\nNet 3,110,000 vs 1,286,000\n")
    starts = {t.text: t.i for t in doc}
    assert soft_wrap(doc, starts["Beta"])  # a long line wrapped
    assert not soft_wrap(doc, starts["NEW"])  # after a headline's blank line
    assert not soft_wrap(doc, starts["Net"])  # a table's next row
    name = doc[starts["ran"] : starts["Beta"] + 1]
    assert one_line(name) == "ran Beta"


def test_a_story_s_first_line_runs_on_after_its_dateline(nlp):
    # reut2-013 #14000: the first line's capitals are a dateline and a name, no headline
    text = (
        "ATLANTIC RAISES HEAVY FUELS PRICES\n\n"
        "New York, April 7 - Atlantic Fuels Marketing Corp said\n"
        "today it raised the posted cargo prices for number six high\n"
        "sulphur fuels in the New York Habor 50 cts a barrel, effective\n"
        "today.\n"
    )
    assert _owners(nlp, text, "50 cts") == ["Atlantic Fuels Marketing Corp"]


def test_a_name_ends_before_a_person_s_title(nlp):
    # reut2-011 #11506
    text = (
        "PENNZOIL <PZL> SEES LOWER FIRST QTR\n\n"
        "NEW YORK, March 31 - Pennzoil Co Chairman J. Hugh Liedtke\n"
        "told a meeting of analysts that the company expects its first\n"
        "quarter net to be down considerably, before an unusual item,\n"
        "from the loss of 49 cts a share reported a year ago.\n"
    )
    assert _owners(nlp, text, "49 cts") == ["Pennzoil Co"]


def test_a_name_split_over_a_wrap_is_the_full_name_the_article_writes_elsewhere(nlp):
    # reut2-013 #13095: NER saw "Igon" after the wrap, the article writes the name whole below
    text = (
        "PARIS, April 3 - <Carburos Metalicos> of Spain has bid\n"
        "2,205 francs a share for French chemicals group <Duffour et\n"
        "Igon>, rivalling the 2,100 franc bid announced yesterday by\n"
        "Union Carbide France, the stockbrokers' assocation said here.\n"
        "    Duffour et Igon's capital is comprised of 133,100 shares\n"
        "with a nominal value of 100 francs each.\n"
    )
    assert _owners(nlp, text, "100 francs") == ["Duffour et Igon"]


def test_a_name_ner_cut_in_two_is_the_full_name_written_there(nlp):
    # reut2-011 #11033: NER saw "Society" and "Savings" in "Society for Savings said"
    text = (
        "SOCIETY FOR SAVINGS <SOCS> TO OFFER NOTES\n\n"
        "NEW YORK, March 30 - Society for Savings said it will offer\n"
        "up to 100 mln dlrs of medium-term notes with maturites of one\n"
        "to five years through Goldman, Sachs and Co and Shearson Lehman\n"
        "Brothers Inc.\n"
        "    The notes will be supported by an irrevocable letter of\n"
        "credit by the Federal Home Loan Bank of Boston. Each note will\n"
        "bear interest at a fixed-rate or variable rate formula\n"
        "established at the time of issuance, Society for Savings said.\n"
        "    Bankers Trust Co will act as fiscal and paying agent.\n"
    )
    assert _owners(nlp, text, "100 mln dlrs") == ["Society for Savings"]
