"""A company opening its sentence with an apposition, which the parser makes the root when
the sentence drops its possessive ("Benue Power, a Nigerian power-generating firm,
after-tax profit rose to ..."), is that sentence's topic, not the company of the sentence
before (pipeline/link/context.py). Sentences are invented."""


def test_the_company_opening_a_misparsed_sentence_owns_its_figure(nlp):
    doc = nlp("Akin Foods reported a loss of N48 million.\n\nBenue Power, a Nigerian "
              "power-generating firm, after-tax profit rose to N5.51 billion in Q2 from N4.51 "
              "billion in the same period of last year.")
    owners = {s.text: [lk.company for lk in s._.links] for s in doc._.amounts}
    assert owners["N5.51 billion"] == ["Benue Power"]
    assert owners["N48 million"] == ["Akin Foods"]
