"""Reading: what the source is, and every kind of bad input gets one clear line."""

from __future__ import annotations

import pytest

from kg.errors import InputError
from kg.read import expand_inputs, read_document


def test_bom_is_dropped_and_line_endings_kept(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes("\ufeffLetter dated 1 May 2020\r\nfrom the Permanent Representative".encode())
    doc = read_document(path)
    assert doc.source.startswith("Letter")
    assert "\r\n" in doc.source


@pytest.mark.parametrize("content, reason", [
    (b"", "empty file"),
    (b"   \n\n  ", "empty file"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    ("Lettre datée du 12 juillet".encode("latin-1"), "not valid UTF-8"),
    (b"ab\x01\x02\x03\x04cd\x05\x06\x07\x08" * 20, "looks binary"),
    ("Lettre datée".encode("utf-16"), "UTF-16"),
])
def test_bad_input_is_refused_with_its_reason(tmp_path, content, reason):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(InputError, match=reason) as caught:
        read_document(path)
    assert str(path) in str(caught.value)


def test_huge_file_is_refused(tmp_path):
    path = tmp_path / "huge.txt"
    path.write_text("x" * 2000)
    with pytest.raises(InputError, match="too large"):
        read_document(path, max_bytes=1000)


def test_unknown_suffix_names_the_valid_ones(tmp_path):
    path = tmp_path / "a.docx"
    path.write_text("x")
    with pytest.raises(InputError, match=r"\.txt"):
        read_document(path)


def test_missing_file(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_document(tmp_path / "nope.txt")


def test_folders_expand_in_a_stable_order(tmp_path):
    for name in ("b.txt", "a.txt", "c.md", "sub/d.txt"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x")
    assert [p.name for p in expand_inputs([tmp_path])] == ["a.txt", "b.txt", "d.txt"]
