"""The built-in template sets, and copying one out for a user to edit.

``drafter templates export KIND DIR`` writes the manifest and section templates of ``KIND`` into
``DIR``; ``drafter build DATA.json --templates DIR`` then uses them. Files already in ``DIR`` are
never overwritten unless the user says ``--force``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from drafter.atomic import write_bytes_atomic
from drafter.compose.sandbox.template_set import MANIFEST, SUFFIX, builtin_root, load_template_set, shared_directory
from drafter.errors import DrafterError, os_reason
from drafter.model import KINDS


@dataclass(frozen=True)
class SetSummary:
    kind: str
    name: str
    sections: tuple[str, ...]


def builtin_sets() -> list[SetSummary]:
    """One line of facts per built-in kind, in the order of :data:`~drafter.model.KINDS`."""
    summaries = []
    for kind in KINDS:
        template_set = load_template_set(kind)
        summaries.append(SetSummary(kind, template_set.name, tuple(template_set.sections)))
    return summaries


def template_files(kind: str) -> list[Path]:
    """The files of a built-in set: its manifest and its templates."""
    if kind not in KINDS:
        raise DrafterError.single(
            f"没有“{kind}”这个文种",
            hint="可选：" + "、".join(f"{k}（{name}）" for k, name in KINDS.items()),
        )
    own = [p for p in (builtin_root() / kind).iterdir() if p.name == MANIFEST or p.suffix == SUFFIX]
    names = {p.name for p in own}
    shared = [p for p in shared_directory().iterdir() if p.suffix == SUFFIX and p.name not in names]
    return sorted(own + shared)


def export_template_set(kind: str, target: Path, force: bool = False) -> list[Path]:
    """Copy ``kind``'s built-in set into ``target``; return the files written."""
    sources = template_files(kind)
    if target.exists() and not target.is_dir():
        raise DrafterError.single("这是一个文件，不是文件夹", str(target), "请换一个文件夹名")
    existing = [target / source.name for source in sources if (target / source.name).exists()]
    if existing and not force:
        names = "、".join(path.name for path in existing)
        raise DrafterError.single(
            f"文件夹里已有同名的模板文件（{names}），没有覆盖",
            str(target),
            "加 --force 覆盖它们，或换一个文件夹",
        )
    try:
        target.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DrafterError.single(f"无法创建文件夹（{os_reason(exc)}）", str(target)) from None
    written = []
    for source in sources:
        write_bytes_atomic(target / source.name, source.read_bytes())
        written.append(target / source.name)
    return written
