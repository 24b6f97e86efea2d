"""A template set: one folder per kind of document, with a manifest and section templates.

``templates/<kind>/manifest.toml`` gives the title pattern, the section order, the numbering
scheme per heading level and the signature; each section is ``<name>.j2``. Built-in sets live in
the top-level ``templates/`` folder of the source tree and ship inside the wheel as
``drafter/templates``.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from drafter.compose.markup import DEFAULT_NUMBERING
from drafter.errors import DrafterError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

MANIFEST = "manifest.toml"


def builtin_root() -> Path:
    """The built-in template sets: inside the installed package, else the source checkout."""
    package = Path(__file__).resolve().parent.parent
    for candidate in (package / "templates", package.parent / "templates"):
        if (candidate / "summary" / MANIFEST).is_file():
            return candidate
    raise DrafterError.single("找不到内置模板", str(package), "安装可能不完整，请重新安装 drafter")


@dataclass
class TemplateSet:
    directory: Path
    name: str
    title: str
    sections: list[str]
    signature: str = "{{ meta.organ }}"
    numbering: dict[int, str] = field(default_factory=lambda: dict(DEFAULT_NUMBERING))

    def template_name(self, section: str) -> str:
        return f"{section}.j2"


def load_template_set(kind: str, root: Path | None = None) -> TemplateSet:
    """Read ``<root>/<kind>/manifest.toml`` (``root`` defaults to the built-in templates)."""
    directory = (root or builtin_root()) / kind
    manifest_path = directory / MANIFEST
    if not manifest_path.is_file():
        raise DrafterError.single(
            f"模板文件夹里没有“{kind}/{MANIFEST}”", str(root or directory), "请确认模板文件夹的结构"
        )
    try:
        data: dict[str, Any] = tomllib.loads(manifest_path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise DrafterError.single(f"模板清单格式错误：{exc}", str(manifest_path)) from None
    numbering = dict(DEFAULT_NUMBERING)
    numbering.update({int(level): pattern for level, pattern in data.get("numbering", {}).items()})
    try:
        return TemplateSet(
            directory=directory,
            name=str(data["name"]),
            title=str(data["title"]),
            sections=[str(s) for s in data["sections"]],
            signature=str(data.get("signature", "{{ meta.organ }}")),
            numbering=numbering,
        )
    except KeyError as exc:
        raise DrafterError.single(f"模板清单缺少“{exc.args[0]}”", str(manifest_path)) from None
