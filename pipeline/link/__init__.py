"""Money span -> owner, sector, kind, target year: the ``newsfacts_linker``
component (linker.py), the companies a doc names and the one in focus
(context.py), sectors (sectors.py), owner rules (rules/).
"""
