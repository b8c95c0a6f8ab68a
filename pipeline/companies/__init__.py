"""Doc -> company mentions: the ``newsfacts_companies`` gazetteer component
(gazetteer.py), mentions and their names (mentions.py), names NER missed
(names.py), legal-form words (suffixes.py).
"""
