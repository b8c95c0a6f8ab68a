"""The work a contract pays for (FACTS.md Sector, step 1, before the owner's industry).

A deal's amount usually takes its company's industry (step 2: "results, deals,
valuations ... almost always take this route"), but a contract's amount says where
the money works when the contract names its work: "received a 53.0 mln dlr contract
for jamming system work for the EA-6B electronic warfare aircraft", "a 30.6 mln dlr
contract for work on development of the standoff land attack missile", "awarded it a
contract valued at 28 mln dlrs to develop flight control systems". The sector term
inside what the contract is "for", or inside its "to ..." clause, decides, whoever
the contractor is (an industrial group, a maker of electronics).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from pipeline.link.sectors import SectorHit

_CONTRACTS = frozenset({"contract", "subcontract"})
_UP = 3  # amount -> "worth"/"valued" -> "at" -> contract


def _contract_of(span: Span) -> Token | None:
    """The contract noun the amount is the value of ("a N contract", "contracts worth
    N", "a contract valued at N"), or None."""
    tok = span.root
    for _ in range(_UP):
        if tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.lemma_.lower() in _CONTRACTS and tok.pos_ == "NOUN":
            return tok
    return None


def _work(contract: Token) -> list[Token]:
    """What the contract is for: its "for" phrases and its "to ..." clause."""
    out: list[Token] = []
    for child in contract.children:
        if child.dep_ == "prep" and child.lower_ == "for":
            out += list(child.subtree)
        elif child.dep_ in ("acl", "relcl") and any(a.lower_ == "to" for a in child.children):
            out += list(child.subtree)
        elif child.dep_ == "acl":  # "a contract valued at N to develop ...": the clause
            for clause in child.children:
                if clause.dep_ in ("xcomp", "advcl") and any(
                    a.lower_ == "to" for a in clause.children
                ):
                    out += list(clause.subtree)
    return out


def contract_hit(
    span: Span, hits: list[SectorHit], named: Callable[[Token], bool]
) -> SectorHit | None:
    """The sector term closest to the contract inside the work it pays for, not inside
    a company's name (``named``)."""
    contract = _contract_of(span)
    if contract is None:
        return None
    work = {t.i for t in _work(contract)}
    doc = span.doc
    inside = [h for h in hits if doc[h.start : h.end].root.i in work and not named(doc[h.start])]
    return min(inside, key=lambda h: abs(h.start - contract.i), default=None)
