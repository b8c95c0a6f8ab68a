"""Doc -> money spans: the lexicon (lexicon.py), text -> Money (parse.py), the
``newsfacts_amounts`` component and its patterns (amounts.py, patterns.py), the
rules for what stands between two amounts (equivalents.py), USD rates (fx.py).
"""
