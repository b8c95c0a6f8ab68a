"""Doc -> money spans: the lexicon (lexicon.py), text -> Money (parse.py), the
``newsfacts_amounts`` component and its patterns (amounts.py, patterns.py), USD
rates (fx.py).
"""
