"""Which articles a run reads (``--include``/``--exclude`` globs) and their default date.

A glob is matched against the article's source as given, its path inside an
archive, and the file name alone, so ``--exclude 'README*'`` and ``--include
'*.txt'`` mean what they say anywhere in a tree or an archive.
"""

from __future__ import annotations

import posixpath
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from datetime import date
from fnmatch import fnmatchcase

from pipeline.types import Article


def _names(source: str) -> list[str]:
    """The strings a glob may match: the whole source, each archive level, the base name."""
    parts = source.replace("\\", "/").split("!")
    return [source, *parts[1:], posixpath.basename(parts[-1])]


def matches(source: str, include: Sequence[str], exclude: Sequence[str]) -> bool:
    """True when ``source`` passes: some include glob (or none given) and no exclude glob."""
    names = _names(source)
    hit = lambda globs: any(fnmatchcase(n, g) for g in globs for n in names)  # noqa: E731
    return (not include or hit(include)) and not hit(exclude)


def source_filter(
    include: Sequence[str], exclude: Sequence[str]
) -> Callable[[Article], bool] | None:
    """A ``keep`` for :func:`pipeline.extract.extract`, or None when nothing is filtered."""
    if not include and not exclude:
        return None
    return lambda article: matches(article.source, include, exclude)


def check_date(value: str) -> str:
    """``value`` as an ISO date; a ValueError says what is expected."""
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError as exc:
        raise ValueError(f"{value!r} is not a date YYYY-MM-DD, e.g. 2024-03-01") from exc


def with_default_date(articles: Iterable[Article], default: str) -> Iterator[Article]:
    """The articles, those without a publication date dated ``default`` ('' changes nothing)."""
    for article in articles:
        yield replace(article, published=default) if default and not article.published else article
