"""The file every .docx starts from: python-docx's default template without its leftovers.

python-docx's default template defines 100 table styles and carries a 438 KB copy of its styles
(``stylesWithEffects.xml``); reading them cost a build more than writing the document, only for
:func:`~drafter.writers.word.package.drop_template_leftovers` to drop them again. ``base.docx``
is that template with the leftovers dropped, made once; ``tests/test_docx_base.py`` checks that
it is what the installed python-docx makes from the template it was made from.

Remake it after python-docx changes its template:  python -m drafter.writers.word.base
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import docx
from docx.document import Document as DocumentType

from drafter.writers.word.package import drop_template_leftovers, saved

BASE = Path(__file__).with_name("base.docx")
#: The SHA-256 of the python-docx template ``base.docx`` was made from (python-docx 1.1 and 1.2).
MADE_FROM = "2094b5bddffe9cf973d61fe03388413804f034160718494a65db7e98da40d35d"
#: The time on the base file's zip entries: a fixed one, so that remaking it gives the same bytes.
_MADE = dt.datetime(1980, 1, 1)


def new_document() -> DocumentType:
    """A new document, from ``base.docx``."""
    return docx.Document(str(BASE))


def made_base() -> bytes:
    """``base.docx`` made afresh from the installed python-docx's default template."""
    document = docx.Document()
    drop_template_leftovers(document)
    return saved(document, _MADE)


if __name__ == "__main__":  # pragma: no cover - run by hand after python-docx changes
    BASE.write_bytes(made_base())
    print(f"已生成：{BASE}")
