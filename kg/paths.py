"""Where the project's model files are: shapes/ and ontology/ beside the package in a
checkout or an editable install, or shipped inside the package (kg/resources/) in a wheel."""

from __future__ import annotations

from pathlib import Path

PACKAGE = Path(__file__).resolve().parent


def _find(name: str) -> Path:
    for candidate in (PACKAGE.parent / name, PACKAGE / "resources" / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"cannot find the {name}/ folder beside the kg package")


def shapes_dir() -> Path:
    return _find("shapes")


def ontology_dir() -> Path:
    return _find("ontology")
