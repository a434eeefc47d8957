"""One participant, one journal file, on every disk; saves write through a symlinked study.json.

Case-insensitive disks (NTFS, APFS, exFAT) open ``P01.jsonl`` for ``p01.jsonl``: opening p01
resumed P01's session and merged two people's data. These tests run on a real case-insensitive
file system (see conftest.py), not a mock.
"""

from __future__ import annotations

import hashlib
import json
import unicodedata
from pathlib import Path

import pytest

from uxlab.core.clock import FakeClock
from uxlab.core.errors import StudyError
from uxlab.core.participant_ids import check_participant_id, clashing_id, id_key
from uxlab.core.study import Study, Task, study_from_dict, study_to_dict
from uxlab.storage.journal import new_header, open_recorder, read_journal
from uxlab.storage.paths import safe_name
from uxlab.storage.study_files import journal_path, load_study, save_study


def _study() -> Study:
    return Study("names", [Task("a", {"en": "A"}, {"en": "Do A"})])


def _record(folder: Path, pid: str, text: str) -> Path:
    path = journal_path(folder, pid)
    rec = open_recorder(path, participant=pid, clock=FakeClock())
    rec.start_session(pid, ["a"])
    rec.marker("note", text)
    rec.sink.close()  # type: ignore[attr-defined]
    return path


def test_ids_differing_by_case_never_share_a_journal_on_a_case_insensitive_disk(case_insensitive_dir: Path) -> None:
    folder = case_insensitive_dir / "study"
    save_study(folder, _study())
    (folder / "sessions" / "Probe").write_text("x")
    assert (folder / "sessions" / "PROBE").exists()  # the disk really ignores case
    (folder / "sessions" / "Probe").unlink()

    p01 = _record(folder, "P01", "P01's note")
    before = p01.read_bytes()
    with pytest.raises(StudyError, match=r"'p01' differs from 'P01' only by upper / lower case") as info:
        journal_path(folder, "p01")
    assert str(folder / "sessions") in info.value.message and "Fix:" in info.value.message
    assert p01.read_bytes() == before  # P01's session untouched
    assert [e.data["participant"] for e in read_journal(p01).events if e.kind == "session_started"] == ["P01"]
    assert _record(folder, "P02", "another") != p01  # distinct ids still work on this disk


def test_ids_differing_by_case_or_encoding_are_refused_on_a_case_sensitive_disk_too(tmp_path: Path) -> None:
    """Data moves between disks: refuse on ext4 what would merge on the lab's NTFS drive."""
    _record(tmp_path, "P01", "one")
    with pytest.raises(StudyError, match="'p01' differs from 'P01'"):
        journal_path(tmp_path, "p01")
    composed = unicodedata.normalize("NFC", "Zoé")
    _record(tmp_path, composed, "two")
    with pytest.raises(StudyError, match="differs from 'Zoé'"):
        journal_path(tmp_path, unicodedata.normalize("NFD", "Zoé"))
    with pytest.raises(StudyError, match="differs from"):
        journal_path(tmp_path, "ZOÉ")
    # the same id finds its own journal again
    assert journal_path(tmp_path, "P01") == (tmp_path / "sessions" / "P01.jsonl").resolve()


def test_a_study_file_with_ids_differing_only_by_case_is_refused(tmp_path: Path) -> None:
    data = study_to_dict(_study())
    data["participants"] = [{"id": "P01"}, {"id": "P02"}, {"id": "p01"}]
    with pytest.raises(StudyError) as info:
        study_from_dict(data, "study.json")
    assert info.value.field == "participants[2].id" and "'p01' differs from 'P01'" in info.value.message


def test_the_check_the_editors_call() -> None:
    assert id_key("P01") == id_key("p01") and id_key("Straße") == id_key("STRASSE")
    assert id_key("ıd") == id_key("ID")  # Windows' upper-case table maps dotless i onto I
    assert clashing_id("p01", ["P02", "P01"]) == "P01"
    assert clashing_id("P01", ["P01", "P02"]) is None  # the id itself is no clash
    check_participant_id("P03", ["P01", "P02"])
    with pytest.raises(StudyError, match="use 'P02' for that participant"):
        check_participant_id("p02", ["P01", "P02"])


def test_a_mangled_id_and_the_literal_id_of_its_file_name_get_different_files(tmp_path: Path) -> None:
    literal = f"a_b-{hashlib.sha256(b'a/b').hexdigest()[:8]}"
    assert literal == "a_b-c14cddc0"
    a = _record(tmp_path, "a/b", "slash")
    b = _record(tmp_path, literal, "literal")
    assert a != b
    assert [e.data.get("text") for e in read_journal(a).events if e.kind == "marker"] == ["slash"]
    assert [e.data.get("text") for e in read_journal(b).events if e.kind == "marker"] == ["literal"]
    assert b.stem.startswith(literal + "-")  # still readable


def test_names_are_one_to_one() -> None:
    ids = ["P01", "a/b", "a_b", "a_b-c14cddc0", "a_b-C14CDDC0", "x-12345678", "x", "CON", "_CON", " P01",
           "P01 ", "مشارك ١", "é", unicodedata.normalize("NFD", "é"), "a" * 80, "a" * 81]
    names = [safe_name(i) for i in ids]
    assert len({n.casefold() for n in names}) == len(ids)  # distinct even where case is ignored


def test_a_journal_named_by_an_earlier_version_is_still_found(tmp_path: Path) -> None:
    """Ids ending like a hash tail (``P01-20261202``) used to be their own file name."""
    pid = "P01-20261202"
    d = tmp_path / "sessions"
    d.mkdir()
    old = d / f"{pid}.jsonl"
    old.write_text(json.dumps(new_header(pid, pid)) + "\n")
    assert journal_path(tmp_path, pid) == old
    assert journal_path(tmp_path, "P02-20261202").name != "P02-20261202.jsonl"


def test_a_file_holding_another_participants_session_is_refused(tmp_path: Path) -> None:
    d = tmp_path / "sessions"
    d.mkdir()
    (d / "P05.jsonl").write_text(json.dumps(new_header("P05", "someone else")) + "\n")
    with pytest.raises(StudyError, match="belongs to participant 'someone else'"):
        journal_path(tmp_path, "P05")


def test_saving_through_a_symlinked_study_file_keeps_the_link(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    folder = tmp_path / "study"
    save_study(shared, _study())
    folder.mkdir()
    (folder / "study.json").symlink_to(shared / "study.json")
    s = load_study(folder)
    s.title = "Renamed through the link"
    save_study(folder, s)
    assert (folder / "study.json").is_symlink()
    assert load_study(shared).title == "Renamed through the link"
    assert not [p for p in folder.iterdir() if p.name.endswith(".tmp")]
