"""The newsfacts exception tree.

NewsfactsError
 +-- InputError        an input file or record cannot be read (names file and record)
 +-- StoreError        the database cannot be opened, created or written
 +-- QueryRefused      a query tried something other than reading
 +-- GoldError         a gold file is malformed
"""

from __future__ import annotations


class NewsfactsError(Exception):
    """Base of every error newsfacts raises on purpose."""


class InputError(NewsfactsError):
    """A file or one record in it could not be read.

    ``reason`` is a short machine-readable tag stored in the errors table
    (e.g. "decode", "json", "empty", "archive", "binary", "format", "missing").
    """

    def __init__(self, source: str, record: str, message: str, reason: str = "input") -> None:
        self.source = source
        self.record = record
        self.reason = reason
        self.message = message
        where = f"{source}" + (f" [record {record}]" if record else "")
        super().__init__(f"{where}: {message}")


class StoreError(NewsfactsError):
    """The database could not be opened or written."""


class QueryRefused(NewsfactsError):
    """A query asked for something other than reading the database."""


class GoldError(NewsfactsError):
    """A gold file line is malformed (names the file and line)."""
