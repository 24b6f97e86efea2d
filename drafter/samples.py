"""The example data files, found where drafter is installed: ``drafter example`` writes one.

The wheel ships the repository's ``examples/`` as ``drafter/examples``; a source checkout has them
beside the package. So the example that ``drafter --help`` ends with works from any folder after
``pip install``: ``drafter example`` writes the data file, ``drafter build`` makes the document.
"""

from __future__ import annotations

from pathlib import Path

from drafter.errors import DrafterError

#: The example ``drafter example`` writes when no name is given: a whole year of a real district.
DEFAULT = "dongli-2024"


def examples_folder() -> Path:
    package = Path(__file__).resolve().parent
    for candidate in (package / "examples", package.parent / "examples"):
        if candidate.is_dir():
            return candidate
    raise DrafterError.single("找不到示例数据文件", str(package / "examples"), "安装可能不完整，请重新安装 drafter")


def example_names() -> list[str]:
    """The examples' names (their file names without ``.json``), in file-name order."""
    try:
        return sorted(path.stem for path in examples_folder().glob("*.json"))
    except DrafterError:
        return []


def example_file(name: str) -> Path:
    """The data file of the example called ``name`` (``dongli-2024`` or ``dongli-2024.json``)."""
    stem = name.removesuffix(".json")
    names = example_names()
    if stem not in names:
        raise DrafterError.single(f"没有叫“{name}”的示例", "drafter example", f"可以选：{'、'.join(names)}")
    return examples_folder() / f"{stem}.json"
