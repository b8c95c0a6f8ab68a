"""Article text -> Doc: the spaCy pipeline (load.py), the fast path that runs it
(fastpipe.py, lemmas.py), line-break sentences and the Doc answers kept once
(sentences.py, doccache.py).
"""
