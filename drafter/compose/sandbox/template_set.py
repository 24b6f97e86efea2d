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
``sections`` and ``closing`` is a ``<name>.j2`` file in the same folder. The manifest is checked
by :class:`~drafter.compose.sandbox.manifest.Manifest`, and its files are read by the rules of
:mod:`drafter.compose.sandbox.loader` (regular files inside the folder, no links). Built-in sets live in the
top-level ``templates/`` folder of the source tree and ship inside the wheel as
``drafter/templates``; a user's copy (``drafter templates export``) has the same layout.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass, field
from pathlib import Path

import jinja2

from drafter.compose.sandbox.loader import TemplateFileError, find, read_set_file
from drafter.compose.sandbox.manifest import MANIFEST, Manifest, line_of, parse_manifest
from drafter.compose.sandbox.markup import Numbering
from drafter.errors import DrafterError

SUFFIX = ".j2"


def builtin_root() -> Path:
    """The built-in template sets: inside the installed package, else the source checkout."""
    package = Path(__file__).resolve().parent.parent.parent
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
    #: Line of each one-line template (title, recipient, signature) in the manifest.
    lines: dict[str, int] = field(default_factory=dict)

    def where(self, key: str) -> str:
        """``…/manifest.toml 第4行（title）``: where a manifest value is, for messages."""
        line = self.lines.get(key)
        return f"{self.directory / MANIFEST} " + (f"第{line}行（{key}）" if line else f"的 {key}")

    def template_name(self, section: str) -> str:
        return f"{section}{SUFFIX}"

    def parts(self) -> list[str]:
        """Template names in the order they are written: opening, sections, closing."""
        names = [self.opening, *self.sections, self.closing]
        return [self.template_name(name) for name in names if name]


#: The folder of templates every kind's set may include (基本情况 …), beside the kinds' folders.
SHARED = "shared"


def shared_directory() -> Path:
    return builtin_root() / SHARED


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
    if _is_link(directory) or not manifest_path.is_file():
        raise DrafterError.single(
            f"模板文件夹里没有“{kind}”的模板清单 {MANIFEST}",
            str(root or directory),
            f"请用 drafter templates export {kind} 文件夹 导出这一文种的模板",
        )
    try:
        text = read_set_file(directory, MANIFEST)
    except jinja2.TemplateNotFound as exc:
        reason = exc.reason if isinstance(exc, TemplateFileError) else "找不到模板清单"
        raise DrafterError.single(reason, str(manifest_path)) from None
    template_set = _from_manifest(directory, parse_manifest(text, manifest_path), kind)
    keys = ("title", "recipient", "signature", "opening", "sections", "closing")
    template_set.lines = {key: line for key in keys if (line := line_of(text, [key]))}
    if template_set.kind != kind:
        raise DrafterError.single(
            f"这套模板写的是“{template_set.kind}”，数据文件的文种是“{kind}”",
            str(manifest_path),
            "请换用对应文种的模板，或修改数据文件 meta.kind",
        )
    _check_files(template_set)
    return template_set


def _is_link(path: Path) -> bool:
    try:
        return stat.S_ISLNK(os.lstat(path).st_mode)
    except OSError:
        return False


def _from_manifest(directory: Path, manifest: Manifest, kind: str) -> TemplateSet:
    return TemplateSet(
        directory=directory,
        kind=manifest.kind or kind,
        name=manifest.name,
        title=manifest.title,
        sections=list(manifest.sections),
        signature=manifest.signature,
        recipient=manifest.recipient,
        opening=manifest.opening or "",
        closing=manifest.closing or "",
        numbering=manifest.numbering.numbering(),
    )


def _check_files(template_set: TemplateSet) -> None:
    """Every file the manifest names is a regular file of the set."""
    for key in ("opening", "sections", "closing"):
        names = getattr(template_set, key)
        for name in [names] if isinstance(names, str) else names:
            if not name:
                continue
            file_name = template_set.template_name(name)
            try:
                find(template_set.directory, file_name, shared_directory())
            except TemplateFileError as exc:
                raise DrafterError.single(f"模板清单列出的 {file_name} 不能用：{exc.reason}", template_set.where(key)) from None
            except jinja2.TemplateNotFound:
                raise DrafterError.single(
                    f"模板清单列出的文件不存在：{file_name}", template_set.where(key), "请检查文件名，或把它从清单里删去"
                ) from None
