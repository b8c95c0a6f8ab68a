"""Owner rules of the linker, in the order it tries them: the parse (parse.py),
headline grammar (headline.py), then the fallbacks (fallback.py).
"""
