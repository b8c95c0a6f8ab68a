"""newsfacts: news dumps in, an auditable database of money facts out."""

from pipeline.types import Article, Fact, Money

__version__ = "0.1.0"
__all__ = ["Article", "Fact", "Money", "__version__"]
