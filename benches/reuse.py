"""`make bench`: corpus-scale text reuse on the Arabic Wikipedia sample with planted
passages (one planted pair per ten articles, of four lengths from one sentence to
several paragraphs, with boilerplate and date lines as noise; tests/python/planted.py
builds the corpus and scores it): `isnad reuse --jsonl` at 1k, 3k and all ~10.7k articles, wall time,
peak memory, recall and precision at each size; then the Spark job (`isnad.spark
.find_reuse`, local mode) on the same corpora when pyspark and the package are
installed in the running Python.

    python3 benches/reuse.py [--sizes 1000,3000,all] [--no-spark] [--options JSON] [--cli PATH]

`--cli` runs another build of the CLI (an older commit's, to compare) instead of
building this one.

Sizes are the first N articles of 80 words or more ("all": the 7,225 such articles,
8.09 M of the sample's 8.1 M words). Budgets (PASS/FAIL): recall >= 0.95 and
precision >= 0.9 at every size, and time growing near-linearly: time per word at the
largest size at most 3x that at the smallest.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

ROOT = os.path.normpath(os.path.join(os.path.dirname(__file__), ".."))
sys.path.insert(0, os.path.join(ROOT, "tests", "python"))
import planted  # noqa: E402

CLI = os.path.join(ROOT, "target", "release", "isnad")


def run_cli(path: str, options: str, cli: str = CLI) -> tuple[list[dict], float, int, str]:
    """Passages, wall seconds, peak resident memory (KiB) and the `--stats` line (LSH
    pairs and those with a region; empty for an older CLI without it) of one CLI run."""
    with tempfile.NamedTemporaryFile("w+", suffix=".txt") as tf:
        t = time.perf_counter()
        p = subprocess.run(
            ["/usr/bin/time", "-f", "%M", "-o", tf.name, cli, "reuse", "--jsonl", path, "--options", options]
            + (["--stats"] if cli == CLI else []),
            capture_output=True,
            text=True,
        )
        wall = time.perf_counter() - t
        if p.returncode != 0:
            raise SystemExit(f"isnad reuse failed: {p.stderr}")
        peak = int(open(tf.name).read().split()[-1])
    stats = p.stderr.strip().splitlines()[-1] if p.stderr.strip() else ""
    return [json.loads(line) for line in p.stdout.splitlines()], wall, peak, stats


def run_spark(corpus, options: dict) -> tuple[list[dict], float]:
    import isnad.spark
    spark = planted.local_spark("isnad-bench", 8)
    t = time.perf_counter()
    df = spark.createDataFrame(corpus.docs, ["id", "text"]).repartition(8)
    found = [r.asDict() for r in isnad.spark.find_reuse(df, **options).collect()]
    return found, time.perf_counter() - t


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="1000,3000,all")
    ap.add_argument("--no-spark", action="store_true")
    ap.add_argument("--options", default="{}", help="reuse options as JSON, for the CLI and Spark")
    ap.add_argument("--cli", default=None, help="an isnad CLI to run instead of building this one")
    args = ap.parse_args()
    if not os.path.exists(planted.ARWIKI):
        print(f"SKIP: no Wikipedia sample at {planted.ARWIKI}")
        return 0
    if args.cli is None:
        subprocess.run(["cargo", "build", "--release", "--bin", "isnad"], cwd=ROOT, check=True)
    spark = not args.no_spark
    if spark:
        try:
            import isnad.spark  # noqa: F401
            import pyspark  # noqa: F401
        except ImportError as e:
            print(f"(Spark skipped: {e}; run from the venv of make test-spark)")
            spark = False
    sizes = [10**9 if s == "all" else int(s) for s in args.sizes.split(",")]
    ok = True
    per_word = []
    with tempfile.TemporaryDirectory() as d:
        for n in sizes:
            arts = planted.load_articles(n)
            corpus = planted.build(len(arts), max(10, len(arts) // 10), seed=2024)
            path = os.path.join(d, f"corpus-{n}.jsonl")
            planted.write_jsonl(corpus, path)
            words = sum(len(t.split()) for _, t in corpus.docs)
            found, wall, peak, stats = run_cli(path, args.options, args.cli or CLI)
            s = planted.score(corpus, found)
            per_word.append(wall / words)
            good = s.recall >= 0.95 and s.precision >= 0.9
            ok &= good
            print(
                f"isnad reuse --jsonl: {len(corpus.docs)} articles ({words:,} words, {len(corpus.plants)} planted): "
                f"{wall:.2f} s, peak {peak / 1024:.1f} MiB, {len(found)} passages in {s.pairs} pairs, "
                f"recall {s.recall:.3f}, precision {s.precision:.3f} {'PASS' if good else 'FAIL'}"
                + (f" ({stats})" if stats else "")
            )
            if spark:
                found, wall = run_spark(corpus, json.loads(args.options))
                s = planted.score(corpus, found)
                good = s.recall >= 0.95 and s.precision >= 0.9
                ok &= good
                print(
                    f"isnad.spark.find_reuse local[2]: {len(corpus.docs)} articles: {wall:.1f} s, "
                    f"recall {s.recall:.3f}, precision {s.precision:.3f} {'PASS' if good else 'FAIL'}"
                )
    if len(per_word) > 1:
        growth = per_word[-1] / per_word[0]
        good = growth <= 3
        ok &= good
        print(f"CLI time per word, largest over smallest size: {growth:.2f}x (budget 3x) {'PASS' if good else 'FAIL'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
