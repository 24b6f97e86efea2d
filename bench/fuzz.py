"""Build many broken data files (mutations of the examples) and list every wrong outcome.

Right is: exit 0 with a .docx that opens, or exit 1 with a Chinese message and no file; never
"内部出错" or a traceback, never a changed data file. The suite runs a few dozen of these cases
(tests/test_fuzz.py); this script runs as many as asked.

Run:  python3 bench/fuzz.py [--cases 2000] [--seed 2024] [--no-huge-numbers]
"""

from __future__ import annotations

import argparse
import collections
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.mutations import cases, check


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=2024)
    parser.add_argument("--no-huge-numbers", action="store_true", help="leave out the numbers the amount parser caps")
    args = parser.parse_args()
    failures = []
    slowest = (0.0, "")
    start = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        for case in cases(args.cases, args.seed, huge_numbers=not args.no_huge_numbers):
            began = time.perf_counter()
            problem = check(case, Path(tmp))
            took = time.perf_counter() - began
            slowest = max(slowest, (took, str(case)))
            if problem:
                failures.append((case, problem))
                print(f"FAIL {case}\n     {problem.strip()[:300]}", flush=True)
    total = time.perf_counter() - start
    kinds = collections.Counter(problem.strip().split("\n")[0][:80] for _, problem in failures)
    print(f"\n{args.cases} cases in {total:.0f} s, {len(failures)} wrong; slowest {slowest[0]:.1f} s: {slowest[1][:200]}")
    for kind, count in kinds.most_common(20):
        print(f"{count:5}  {kind}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
