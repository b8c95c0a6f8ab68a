"""What ``models/pipeline/config.cfg`` names, registered with spaCy, and the
helpers the project's components share to be ordinary spaCy components.

Registered functions (also exposed as ``spacy_misc`` / ``spacy_callbacks``
entry points in pyproject.toml, so spaCy finds them by name once the package
is installed):

- ``newsfacts.models_dir.v1`` (``@misc``): the project's data folder,
  :data:`pipeline.resources.MODELS_DIR`; the config feeds it to each
  component's ``initialize`` as ``data_dir``.
- ``newsfacts.base_tokenizer.v1`` (``@callbacks``, ``[initialize.before_init]``):
  the base model's tokenizer and vocab (whose ``lexeme_norm`` table gives the
  NORM feature NER and the parser were trained on; sourcing a component does
  not bring it), then the project's tokenizer change: a semicolon glued between
  two characters is split off ("($214.6bn;£114.5bn)" is two amounts). It runs
  before the components' ``initialize`` (the gazetteer tokenizes its names),
  and the tokenizer it leaves is what ``nlp.to_disk`` saves, so a loaded
  pipeline has it without running any callback.

Helpers for the components:

- :func:`spacy_signature`: spaCy validates ``[initialize.components.*]``
  against ``initialize``'s signature with pydantic, which cannot read
  postponed annotations (``from __future__ import annotations``).
- :func:`write_data_files` / :func:`data_dir_of`: a component's ``to_disk``
  copies the data files it reads (its ``DATA_FILES``, paths relative to the
  data folder) into its own folder of the pipeline, keeping their layout;
  ``from_disk`` initializes from that folder, never from ``models/``.
"""

from __future__ import annotations

import inspect
import shutil
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Self, TypeVar, cast

from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex, compile_prefix_regex, registry

from pipeline.errors import InputError
from pipeline.resources import MODELS_DIR, read_jsonl

__all__ = [
    "DataFilesComponent",
    "base_tokenizer",
    "data_dir_of",
    "keep_currency_abbreviations",
    "models_dir",
    "spacy_signature",
    "split_glued_semicolons",
    "write_data_files",
]

F = TypeVar("F", bound=Callable)

GLUED_SEMICOLON = r"(?<=\S);(?=\S)"
# "a SGD 5.5 billion(USD 3.52 billion)", "£5m(about $9m)": an opening bracket glued to a
# word or figure before it opens an aside, as it does after a space
GLUED_PAREN = r"(?<=[a-z0-9])\((?=[A-Za-z0-9$€£¥])"
# "$5 million-$7 million": a dash between a scale word and the sign of a range's high end
# (only a scale word: "sub-$100" stays whole)
GLUED_RANGE = r"(?:(?<=illion)|(?<=ILLION)|(?<=\d[mb]n)|(?<=\d[mb]ln))[-–—](?=[$€£¥₹])"
# "Tokyo, Oct. 31 (Jiji Press)--Toyota Motor Corp. said": a dash glued between an agency's
# closing bracket and the name that starts the story (spaCy splits it only between letters)
GLUED_DATELINE_DASH = r"(?<=\w)[)\]](?=(?:--|—|–)[A-Z])|(?<=[)\]])(?:--|—|–)(?=[A-Z])"
# "will pay ~€71.6M", "~$5M in revenue": a tilde glued before a figure or its sign means
# "about" (models/money/qualifiers.jsonl); glued, it hides the amount from the matcher
GLUED_TILDE = r"~(?=[$€£¥₹\d])"


@registry.misc("newsfacts.models_dir.v1")
def models_dir() -> Path:
    """The project's data folder: the repo's ``models/``, or ``$NEWSFACTS_MODELS``."""
    return MODELS_DIR


@registry.callbacks("newsfacts.base_tokenizer.v1")
def base_tokenizer(
    base_model: str, split_semicolons: bool = True, currency_abbreviations: bool = True
) -> Callable[[Language], Language]:
    """``[initialize.before_init]``: the base model's tokenizer and vocab, plus our changes."""
    from spacy.training.callbacks import create_copy_from_base_model

    copy = create_copy_from_base_model(tokenizer=base_model, vocab=base_model)

    def before_init(nlp: Language) -> Language:
        copy(nlp)
        if split_semicolons:
            split_glued_semicolons(nlp)
        if currency_abbreviations:
            keep_currency_abbreviations(nlp)
        return nlp

    return before_init


def split_glued_semicolons(nlp: Language) -> None:
    """ "($214.6bn;£114.5bn)" is two amounts: split a semicolon glued between characters,
    a tilde glued before a figure ("~€71.6M"),
    an opening bracket glued to the word before it ("billion(USD"), a dash glued between
    a word and a currency sign ("$5 million-$7 million") and one glued between an agency's
    bracket and a name ("(Jiji Press)--Toyota")."""
    infixes = [
        *(nlp.Defaults.infixes or ()),
        GLUED_SEMICOLON,
        GLUED_PAREN,
        GLUED_RANGE,
        GLUED_DATELINE_DASH,
    ]
    tokenizer = cast(Tokenizer, nlp.tokenizer)
    tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    prefixes = [GLUED_TILDE, *(nlp.Defaults.prefixes or ())]
    tokenizer.prefix_search = compile_prefix_regex(prefixes).search


def keep_currency_abbreviations(nlp: Language, data_dir: Path | None = None) -> None:
    """ "Rs. 775 crore", "SFr. 40 million": a currency symbol written with a period is one
    token, as "Mr." is; split, its period cuts "Rs" off the figure it belongs to. The forms
    are the currency symbols of models/money/ that end in a period, as written there and in
    lower, capitalised and upper case."""
    money = (data_dir or MODELS_DIR) / "money"
    tokenizer = cast(Tokenizer, nlp.tokenizer)
    for name in ("currencies_extra.jsonl", "currencies.jsonl"):
        for rec in read_jsonl(money / name):
            for sym in rec.get("symbols", []):
                if len(sym) > 2 and sym.endswith(".") and not sym[-2].isdigit():
                    for form in {sym, sym.lower(), sym.capitalize(), sym.upper()}:
                        tokenizer.add_special_case(form, [{ORTH: form}])


def spacy_signature(func: F) -> F:
    """Give ``func`` its evaluated signature, the one spaCy's settings validation can read."""
    func.__signature__ = inspect.signature(func, eval_str=True)  # type: ignore[attr-defined]
    return func


def data_dir_of(data_dir: Path | str | None) -> Path:
    """The data folder a component reads: ``data_dir``, else the project's ``models/``."""
    return Path(data_dir) if data_dir else MODELS_DIR


def write_data_files(src: Path, dest: Path | str, files: Iterable[str]) -> None:
    """Copy ``files`` (relative paths) from ``src`` to ``dest``, as they are."""
    dest = Path(dest)
    dest.mkdir(parents=True, exist_ok=True)
    for rel in files:
        source = src / rel
        if not source.exists():
            raise InputError(
                str(source), "", "a data file the pipeline needs is missing; restore it", "missing"
            )
        (dest / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, dest / rel)


class DataFilesComponent:
    """``to_disk``/``from_disk`` of a component built from data files: it saves the
    files it was initialized from (its ``DATA_FILES``, relative to the data folder)
    and is rebuilt from that copy, so a pipeline folder carries its own data."""

    DATA_FILES: tuple[str, ...] = ()
    nlp: Language
    data_dir: Path | None

    def initialize(
        self,
        get_examples: Callable[[], Iterable] | None = None,
        *,
        nlp: Language | None = None,
        data_dir: Path | str | None = None,
    ) -> None:
        raise NotImplementedError

    def to_disk(self, path: Path | str, *, exclude: Iterable[str] = ()) -> None:
        """Save the data files it was built from under ``path``."""
        write_data_files(data_dir_of(self.data_dir), path, self.DATA_FILES)

    def from_disk(self, path: Path | str, *, exclude: Iterable[str] = ()) -> Self:
        """Rebuild from what :meth:`to_disk` saved."""
        self.initialize(nlp=self.nlp, data_dir=path)
        return self
