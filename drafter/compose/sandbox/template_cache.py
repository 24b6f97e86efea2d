"""Compiled templates kept between runs, in the user's cache folder.

Compiling the section templates is a large share of a build's time, and the templates rarely
change. jinja2 stores each compiled template under a key and a checksum of its source, so an
edited template (built-in or the user's own) is compiled afresh. The key here also covers
everything else the compiled code depends on — the jinja2 and drafter versions and the
environment's options — so an upgrade never runs stale code.

The cache is a convenience: a folder that cannot be created or written, or a damaged cache file,
only means the template is compiled again. It never fails a build.
"""

from __future__ import annotations

import os
import sys
from hashlib import sha1
from pathlib import Path

import jinja2
from jinja2.bccache import Bucket, FileSystemBytecodeCache

from drafter import __version__


def user_cache_dir() -> Path:
    """drafter's folder in the user's cache folder, as each system names it (``XDG_CACHE_HOME``
    wins where it is set)."""
    if os.environ.get("XDG_CACHE_HOME"):
        return Path(os.environ["XDG_CACHE_HOME"]) / "drafter"
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local"
        return Path(base) / "drafter" / "Cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "drafter"
    return Path.home() / ".cache" / "drafter"


class TemplateCache(FileSystemBytecodeCache):
    """jinja2's file cache of compiled templates that never lets a build fail."""

    def __init__(self, directory: Path) -> None:
        super().__init__(str(directory), "%s.j2c")

    def get_bucket(self, environment: jinja2.Environment, name: str, filename: str | None, source: str) -> Bucket:
        key = self.get_cache_key(f"{name}|{_fingerprint(environment)}", filename)
        bucket = Bucket(environment, key, self.get_source_checksum(source))
        self.load_bytecode(bucket)
        return bucket

    def load_bytecode(self, bucket: Bucket) -> None:
        try:
            super().load_bytecode(bucket)
        except Exception:  # noqa: BLE001 - unreadable or damaged: compile again
            bucket.reset()

    def dump_bytecode(self, bucket: Bucket) -> None:
        try:
            Path(self.directory).mkdir(parents=True, exist_ok=True)
            super().dump_bytecode(bucket)
        except (OSError, ValueError):  # no folder, no permission, disk full: next run compiles again
            pass


def template_cache() -> TemplateCache:
    return TemplateCache(user_cache_dir() / "templates")


def _fingerprint(env: jinja2.Environment) -> str:
    """What the compiled code of a template depends on besides its source."""
    options = (
        jinja2.__version__,
        __version__,
        type(env).__module__,
        type(env).__qualname__,
        env.block_start_string,
        env.block_end_string,
        env.variable_start_string,
        env.variable_end_string,
        env.comment_start_string,
        env.comment_end_string,
        env.line_statement_prefix,
        env.line_comment_prefix,
        env.trim_blocks,
        env.lstrip_blocks,
        env.newline_sequence,
        env.keep_trailing_newline,
        env.optimized,
        env.finalize is not None,
        bool(env.autoescape),
        env.is_async,
        sorted(getattr(env, "intercepted_binops", ())),
        sorted(getattr(env, "intercepted_unops", ())),
        sorted(env.extensions),
        sorted(env.filters),
        sorted(env.tests),
    )
    return sha1(repr(options).encode("utf-8")).hexdigest()
