"""`make bench`: time of the CLI on repetitive inputs at two sizes, the larger four
times the smaller, so that a step that grows with the square of the repeated names,
mentions or lines shows (a 4x input should take about 4x the time, not 16x).

    python3 benches/scaling.py [--cli PATH] [--scale F]

Inputs, generated here (no data needed; the name lists are the committed gazetteers):
- `dateline`: one dateline line (بغداد - النهار: قال الوزير إن الاجتماع انتهى.)
  repeated 10,000 and 40,000 times (0.8 and 3.2 MB);
- `name`: one person named in a line, 25,000 and 100,000 lines;
- `one-line`: one name repeated 25,000 and 100,000 times on one line;
- `names`: lines that each name two people drawn from the given and family name
  lists (seeded), 6,250 and 25,000 lines: many different names sharing words;
- `name-line`: one line of such names, 100 KB and 400 KB.
`entities` runs on each, `quotes --json` and `analyze --json` on `dateline` and
`names`, each twice, the shorter CPU time kept. Budget (PASS/FAIL): the larger input
takes at most 5x the smaller one's CPU time (4x is linear; the margin is for noise
on a shared machine). `--scale`
multiplies both sizes (0.25 for a quick run). `--cli` runs another build (an older
commit's, to compare).
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import subprocess
import sys
import tempfile

ROOT = os.path.normpath(os.path.join(os.path.dirname(__file__), ".."))
CLI = os.path.join(ROOT, "target", "release", "isnad")
BUDGET = 5.0


def names(path: str) -> list[str]:
    with open(os.path.join(ROOT, "models", "gazetteers", path), encoding="utf-8") as f:
        return [line.split("\t")[0].strip() for line in f if line.strip() and not line.startswith("#")]


def inputs(scale: float) -> dict[str, tuple[str, str]]:
    """Name -> (smaller text, larger text)."""
    given, family = names("given_names.tsv"), names("family_names.tsv")

    def people(n: int, sep: str, seed: int) -> list[str]:
        r = random.Random(seed)
        return [sep.format(g1=r.choice(given), f1=r.choice(family), g2=r.choice(given), f2=r.choice(family)) for _ in range(n)]

    def sized(n: int) -> int:
        return max(1, int(n * scale))

    line = "قال {g1} {f1} إن {g2} {f2} وصل إلى بغداد.\n"
    out = {
        "dateline": lambda n: "بغداد - النهار: قال الوزير إن الاجتماع انتهى.\n" * sized(n),
        "name": lambda n: "قال دونالد ترامب إن الاجتماع انتهى.\n" * sized(n // 4 * 10),
        "one-line": lambda n: "ترامب " * sized(n // 4 * 10) + "\n",
        "names": lambda n: "".join(people(sized(n // 8 * 5), line, 1)),
    }
    texts = {k: (f(10_000), f(40_000)) for k, f in out.items()}

    def name_line(kb: int) -> str:
        r, words, size = random.Random(2), [], 0
        while size < kb * 1000 * scale:
            words.append(f"{r.choice(given)} {r.choice(family)}")
            size += len(words[-1].encode()) + 3
        return "، ".join(words) + "\n"

    texts["name-line"] = (name_line(100), name_line(400))
    return texts


def run(cli: str, command: list[str], text: str) -> float:
    """The shorter CPU time of two runs (less noise from other work)."""
    with tempfile.NamedTemporaryFile("w", suffix=".txt", encoding="utf-8") as f:
        f.write(text)
        f.flush()
        best = float("inf")
        for _ in range(2):
            t = cpu()
            subprocess.run([cli, *command, f.name], check=True, stdout=subprocess.DEVNULL)
            best = min(best, cpu() - t)
        return best


def cpu() -> float:
    """CPU seconds (user and system) of the children that have ended: less sensitive
    than wall time to what else runs on the machine."""
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", default=CLI)
    ap.add_argument("--scale", type=float, default=1.0)
    args = ap.parse_args()
    if args.cli == CLI:
        subprocess.run(["cargo", "build", "--release", "--quiet", "--bin", "isnad"], cwd=ROOT, check=True)
    ok = True
    for name, (small, large) in inputs(args.scale).items():
        commands = [["entities"]] + ([["quotes", "--json"], ["analyze", "--json"]] if name in ("dateline", "names") else [])
        for command in commands:
            a, b = run(args.cli, command, small), run(args.cli, command, large)
            good = b <= BUDGET * a
            ok &= good
            print(
                f"{command[0]:8} {name:9} {len(small.encode()) / 1e6:6.2f} MB {a:7.2f} s, "
                f"{len(large.encode()) / 1e6:6.2f} MB {b:7.2f} s: {b / a:5.2f}x (budget {BUDGET:g}x) {'PASS' if good else 'FAIL'}"
            )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
