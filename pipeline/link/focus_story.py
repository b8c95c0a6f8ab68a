"""Which ownerless amounts of an article may go to the company it is about.

The ``article-focus`` rule (FACTS.md ``company``: money whose sentence names no
owner belongs to the company the article is about) stays off where the story
tells of public money: a budget, a pledge, a bail-out. One amount a government
owned used to switch it off for the whole article. But a story about a company
that also gets a government's money is still about the company where it turns
back to it ("the federal government would be providing Ford Australia AU$52.5
million ... From the package, AU$40 million will be used for the design of the
next model"). So an ownerless amount follows the last amount before it that has
an owner: a government's keeps the story on public money ("Japan's $550 billion
pledge ... up to $400 billion of the total pledge will fund projects"), a
company's (the article's own, by a rule of that amount's sentence) after it brings
the story back to the company. Until the story so turns back, one government's
amount later in the story switches the rule off, as before; before it, an
amount its sentence gives the company ("Safaricom reported a net profit of
Sh48.4 billion") opens the story on the company. A round-up line labelled with its
company ("BlackBerry Ltd. (TSX:BB). Technology. Down 80 cents ...") is always its own.
"""

from __future__ import annotations

from pipeline.link.context import DocContext
from pipeline.link.known_names import bare
from pipeline.link.labels import line_label
from pipeline.link.rules.fallback import Plan

# Owners read from the article rather than the amount's own sentence: they never
# show the story turning back to its company.
FROM_ARTICLE = frozenset({"focus", "article-focus", "same-figure", "compared"})


def focus_allowed(ctx: DocContext, plans: list[Plan]) -> list[bool]:
    """Per plan (in text order): whether ``article-focus`` may give it an owner."""
    public_story = any(plan.verdict == "government" for plan in plans)
    lead = ctx.lead()
    name = bare(ctx.canonical(lead.name)) if lead is not None else None
    out: list[bool] = []
    last = ""  # "government", then "company" once the story turns back to its company
    for plan in plans:
        # a line's own label ("BlackBerry Ltd. (TSX:BB). Technology. Down 80 cents ...")
        # names its company whatever public money the story tells of elsewhere
        labelled = line_label(ctx, plan.span[0]) is not None
        out.append(not public_story or last == "company" or labelled)
        if plan.verdict == "government":
            last = "government"
        elif any(
            bare(lk.company) == name and lk.rule not in FROM_ARTICLE for lk in plan.links
        ):
            last = "company"
    return out
