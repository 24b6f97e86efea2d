"""The template writing guide (docs/templates.md), found where drafter is installed.

The wheel ships it as ``drafter/docs/templates.md``; a source checkout has it in ``docs/``.
``drafter templates guide`` prints it, so a clerk who installed drafter can read it without the
source folder.
"""

from __future__ import annotations

from pathlib import Path

from drafter.errors import DrafterError

GUIDE = "templates.md"


def templates_guide() -> Path:
    package = Path(__file__).resolve().parent
    for candidate in (package / "docs" / GUIDE, package.parent / "docs" / GUIDE):
        if candidate.is_file():
            return candidate
    raise DrafterError.single("找不到模板编写说明", str(package / "docs" / GUIDE), "安装可能不完整，请重新安装 drafter")
