"""Article text -> Doc: the spaCy pipeline (load.py, assembled from
models/pipeline/config.cfg with the functions of registry.py), the fast path
that runs it (fastpipe.py, lemmas.py), line-break sentences and the Doc answers
kept once (sentences.py, doccache.py), the news layout every stage reads
(layout.py), and the check that an article is English at all (language.py).
"""
