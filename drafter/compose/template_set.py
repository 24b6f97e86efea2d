"""A template set: one folder per kind of document, with a manifest and section templates.

``<kind>/manifest.toml`` says, for one kind of document::

    kind = "self_evaluation"            # which kind of report the set writes
    name = "履行教育职责情况自评报告"      # its Chinese name
    title = "{{ phrases.government }}{{ meta.year }}年履行教育职责情况自评报告"
    recipient = "市政府教育督导室"        # 主送机关 when the data file names none (optional)
    signature = "{{ phrases.government }}"
    opening = "opening"                 # written first, never numbered (optional)
    sections = ["work", "problems", "measures"]
    closing = "closing"                 # written last, e.g. 特此报告。 (optional)

    [numbering]                         # per heading level; {cn} = 一二三…, {n} = 1 2 3…
    1 = "{cn}、"
    2 = "（{cn}）"
    3 = "{n}."
    4 = "（{n}）"
    point = "{cn}是"                    # points written with "- " in the templates
    continuous = [3]                    # levels counted through the whole document

``title``, ``recipient`` and ``signature`` are one-line templates; every name in ``opening``,
``sections`` and ``closing`` is a ``<name>.j2`` file in the same folder. Built-in sets live in the
top-level ``templates/`` folder of the source tree and ship inside the wheel as
``drafter/templates``; a user's copy (``drafter templates export``) has the same layout.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from drafter.compose.markup import DEFAULT_NUMBERING, DEFAULT_POINT, Numbering
from drafter.errors import DrafterError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

MANIFEST = "manifest.toml"
SUFFIX = ".j2"


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
    kind: str
    name: str
    title: str
    sections: list[str]
    signature: str = "{{ meta.organ }}"
    recipient: str = ""
    opening: str = ""
    closing: str = ""
    numbering: Numbering = field(default_factory=Numbering)

    def template_name(self, section: str) -> str:
        return f"{section}{SUFFIX}"

    def parts(self) -> list[str]:
        """Template names in the order they are written: opening, sections, closing."""
        names = [self.opening, *self.sections, self.closing]
        return [self.template_name(name) for name in names if name]


def set_directory(kind: str, root: Path | None = None) -> Path:
    """The folder of ``kind``'s set under ``root``; ``root`` may also be that folder itself."""
    if root is None:
        return builtin_root() / kind
    if (root / MANIFEST).is_file():
        return root
    return root / kind


def load_template_set(kind: str, root: Path | None = None) -> TemplateSet:
    """Read the set for ``kind`` from ``root`` (default: the built-in templates)."""
    if root is not None and not root.is_dir():
        raise DrafterError.single("模板文件夹不存在", str(root), "请先用 drafter templates export 导出模板")
    directory = set_directory(kind, root)
    manifest_path = directory / MANIFEST
    if not manifest_path.is_file():
        raise DrafterError.single(
            f"模板文件夹里没有“{kind}”的模板清单 {MANIFEST}",
            str(root or directory),
            f"请用 drafter templates export {kind} 文件夹 导出这一文种的模板",
        )
    template_set = _from_manifest(directory, _read_manifest(manifest_path), kind)
    if template_set.kind != kind:
        raise DrafterError.single(
            f"这套模板写的是“{template_set.kind}”，数据文件的文种是“{kind}”",
            str(manifest_path),
            "请换用对应文种的模板，或修改数据文件 meta.kind",
        )
    return template_set


def _read_manifest(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise DrafterError.single(f"模板清单格式错误：{exc}", str(path)) from None


def _from_manifest(directory: Path, data: dict[str, Any], kind: str) -> TemplateSet:
    where = str(directory / MANIFEST)
    try:
        template_set = TemplateSet(
            directory=directory,
            kind=str(data.get("kind", kind)),
            name=str(data["name"]),
            title=str(data["title"]),
            sections=[str(s) for s in data["sections"]],
            signature=str(data.get("signature", "{{ meta.organ }}")),
            recipient=str(data.get("recipient", "")),
            opening=str(data.get("opening", "")),
            closing=str(data.get("closing", "")),
            numbering=_numbering(data.get("numbering", {}), where),
        )
    except KeyError as exc:
        raise DrafterError.single(f"模板清单缺少“{exc.args[0]}”", where) from None
    missing = [name for name in template_set.parts() if not (directory / name).is_file()]
    if missing:
        raise DrafterError.single(f"模板清单列出的文件不存在：{'、'.join(missing)}", where)
    return template_set


def _numbering(table: dict[str, Any], where: str) -> Numbering:
    levels = dict(DEFAULT_NUMBERING)
    point, continuous = DEFAULT_POINT, frozenset[int]()
    for key, value in table.items():
        if key == "point":
            point = str(value)
        elif key == "continuous":
            continuous = frozenset(int(level) for level in value)
        elif str(key).isdigit() and 1 <= int(key) <= 4:
            levels[int(key)] = str(value)
        else:
            raise DrafterError.single(
                f"模板清单 [numbering] 里不认识“{key}”", where, "可以写 1 到 4、point 和 continuous"
            )
    return Numbering(levels=levels, point=point, continuous=continuous)
