"""The command line: exit codes, one-line errors, batches that survive a bad file, byte-identical output."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys

from conftest import ROOT, SEED, run_kg


def test_build_seed_exits_0_and_says_it_validated(tmp_path):
    out = tmp_path / "g.ttl"
    result = run_kg("build", SEED, "-o", out)
    assert result.returncode == 0, result.stderr
    assert "all conform" in result.stderr
    assert out.read_text(encoding="utf-8").startswith("@prefix")
    assert (tmp_path / "g.validation.txt").exists()


def test_same_input_gives_the_same_bytes_across_processes(tmp_path):
    outputs = []
    for seed in ("1", "2"):
        out = tmp_path / f"g{seed}.ttl"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, "-m", "kg", "build", str(SEED), "-o", str(out)], check=True, env=env,
                       capture_output=True, cwd=ROOT)
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]


def test_a_bad_file_in_a_batch_does_not_lose_the_others(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a_empty.txt").write_bytes(b"")
    (folder / "b_binary.txt").write_bytes(b"\x00\x01\x02PK\x03\x04")
    (folder / "c_latin1.txt").write_bytes("Lettre datée".encode("latin-1"))
    (folder / "d_seed.txt").write_bytes(SEED.read_bytes())
    out = tmp_path / "g.ttl"
    result = run_kg("build", folder, "-o", out)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    errors = [line for line in result.stderr.splitlines() if line.startswith("kg: error:")]
    assert len(errors) == 3
    assert "a_empty.txt: empty file" in result.stderr
    assert "built 1 of 4 documents" in result.stderr
    assert "Ataeva" in out.read_text(encoding="utf-8")


def test_non_un_text_is_refused(tmp_path):
    path = tmp_path / "recipe.txt"
    path.write_text("Preheat the oven to 200 degrees.\nMix the flour and the butter.\nBake for twenty minutes.\n")
    result = run_kg("build", path, "-o", tmp_path / "g.ttl")
    assert result.returncode == 1
    assert "does not look like a UN letter" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "g.ttl").exists()


def test_truncated_letter_is_refused(tmp_path):
    text = SEED.read_text(encoding="utf-8")
    cut = text[: text.index("(Signé)") - 400]
    path = tmp_path / "cut.txt"
    path.write_text(cut, encoding="utf-8")
    result = run_kg("build", path, "-o", tmp_path / "g.ttl")
    assert result.returncode == 1
    assert "truncated" in result.stderr


def test_query_csv_has_the_contract_header(seed_ttl):
    result = run_kg("query", seed_ttl, "--named", "letters", "--format", "csv")
    assert result.returncode == 0, result.stderr
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert rows[0] == ["letter", "date", "sender", "sender_role", "sender_state", "addressee_role"]
    assert rows[1][1:] == ["2017-07-12", "Aksoltan Ataeva", "Permanent Representative", "TKM", "Secretary-General"]


def test_query_syntax_error_gives_line_and_column(seed_ttl):
    result = run_kg("query", seed_ttl, "-e", "SELECT ?x WHERE {\n ?x ?y\n}")
    assert result.returncode == 1
    assert "3:" in result.stderr and "syntax error" in result.stderr


def test_unknown_named_query_lists_the_known_ones(seed_ttl):
    result = run_kg("query", seed_ttl, "--named", "nope")
    assert result.returncode == 2
    assert "documents" in result.stderr and "mentions" in result.stderr


def test_validate_exit_codes(seed_ttl, tmp_path):
    assert run_kg("validate", seed_ttl).returncode == 0
    bad = tmp_path / "bad.ttl"
    bad.write_text(seed_ttl.read_text(encoding="utf-8").replace('"fr"', '"xx"'), encoding="utf-8")
    result = run_kg("validate", bad)
    assert result.returncode == 1
    assert "ISO 639-1" in result.stdout
    assert run_kg("validate", tmp_path / "missing.ttl").returncode == 2
    broken = tmp_path / "broken.ttl"
    broken.write_text("this is not turtle", encoding="utf-8")
    result = run_kg("validate", broken)
    assert result.returncode == 2 and "Traceback" not in result.stderr


def test_unknown_export_format_names_the_valid_ones(seed_ttl, tmp_path):
    result = run_kg("export", seed_ttl, "-o", tmp_path / "x.out", "--format", "yaml")
    assert result.returncode == 2
    assert "turtle" in result.stderr and "jsonld" in result.stderr


def test_failed_build_leaves_no_partial_output(tmp_path):
    out = tmp_path / "g.ttl"
    out.write_text("previous", encoding="utf-8")
    empty = tmp_path / "e.txt"
    empty.write_bytes(b"")
    assert run_kg("build", empty, "-o", out).returncode == 1
    assert out.read_text(encoding="utf-8") == "previous"
    assert not list(tmp_path.glob(".*.part"))
