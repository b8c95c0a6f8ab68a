"""The name before a wire ticker starts after a word that only describes the company
(``_name_before`` in ``pipeline/companies/names.py``): Reuters-21578 headlines write
"FORMER SHEARSON <SHE> OFFICIAL PLEADS GUILTY" (reut2-019, in Reuters I), "FORMER
MERRILL LYNCH <MER> EMPLOYEE CHARGED" and "FORMER EMPIRE OF CAROLINA <EMP> EXEC
SENTENCED" (in no gold set)."""

from __future__ import annotations

import pytest

from pipeline.companies.mentions import CompanyData
from pipeline.companies.names import ticker_mentions
from pipeline.resources import MODELS_DIR


@pytest.fixture(scope="module")
def data() -> CompanyData:
    return CompanyData.from_dir(MODELS_DIR)


@pytest.mark.parametrize(
    ("headline", "name"),
    [
        ("FORMER SHEARSON <SHE> OFFICIAL PLEADS GUILTY", "SHEARSON"),
        ("FORMER MERRILL LYNCH <MER> EMPLOYEE CHARGED", "MERRILL LYNCH"),
        ("FORMER EMPIRE OF CAROLINA <EMP> EXEC SENTENCED", "EMPIRE OF CAROLINA"),
    ],
)
def test_a_headline_descriptor_is_no_part_of_the_name(nlp, data, headline, name) -> None:
    doc = nlp.make_doc(headline)
    assert [doc[m.start : m.end].text for m in ticker_mentions(doc, data, set())] == [name]
