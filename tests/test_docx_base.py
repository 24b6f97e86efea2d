"""base.docx, the file every document starts from, is python-docx's default template without
its leftovers, and a document written from it keeps none of them."""

from __future__ import annotations

import hashlib
import zipfile
from pathlib import Path

import docx
import pytest

from drafter.writers.word.base import BASE, MADE_FROM, made_base

DEFAULT_TEMPLATE = Path(docx.__file__).parent / "templates" / "default.docx"


def test_base_is_what_the_default_template_makes() -> None:
    if hashlib.sha256(DEFAULT_TEMPLATE.read_bytes()).hexdigest() != MADE_FROM:
        pytest.skip("this python-docx has another default template: remake base.docx (python -m drafter.writers.word.base)")
    assert made_base() == BASE.read_bytes()


def test_a_document_keeps_none_of_the_templates_leftovers(run_cli, tmp_path: Path) -> None:
    code, _, err = run_cli("example", "-o", str(tmp_path / "data.json"))
    assert code == 0, err
    code, _, err = run_cli("build", str(tmp_path / "data.json"), "-o", str(tmp_path / "out.docx"))
    assert code == 0, err
    with zipfile.ZipFile(tmp_path / "out.docx") as archive:
        names = archive.namelist()
        styles = archive.read("word/styles.xml").decode()
    assert not [name for name in names if "stylesWithEffects" in name or "customXml" in name or "thumbnail" in name]
    assert styles.count('w:type="table"') == 1  # Word's default table style only
    document = docx.Document(str(tmp_path / "out.docx"))
    assert {"Normal", "Heading 1", "Title"} <= {style.name for style in document.styles}
