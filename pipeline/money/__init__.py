"""Doc -> money spans: the lexicon (lexicon.py), text -> Money (parse.py), Money -> text
(format.py), the ``newsfacts_amounts`` component and its patterns (amounts.py, patterns.py), the
rules for what stands between two amounts (equivalents.py), the story's own
currency (local.py), earnings-table rows (tables.py), USD rates (fx.py).
"""
