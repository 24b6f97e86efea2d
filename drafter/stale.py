"""Leftovers of a drafter that was killed (``kill -9``, a closed laptop): is their owner gone?

A temporary file or folder drafter makes carries the id of the process that made it. The next
run removes the ones whose process no longer exists; where that cannot be asked (Windows, or no
id in the name, as with older versions) the ones older than :data:`MAX_AGE_S`.
"""

from __future__ import annotations

import os
import time

#: Older than any write or conversion drafter makes (a PDF conversion stops after 3 minutes).
MAX_AGE_S = 3600


def is_stale(pid: int | None, modified: float) -> bool:
    """Whether something made by process ``pid`` (``None``: unknown) and last changed at
    ``modified`` (a ``st_mtime``) is left over from a run that ended."""
    if pid == os.getpid():
        return False
    if pid is not None and os.name == "posix":
        return not _running(pid)
    return time.time() - modified > MAX_AGE_S


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)  # signal 0: only asks whether the process exists (never on Windows: it kills)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process
    except OverflowError:
        return False
    return True
