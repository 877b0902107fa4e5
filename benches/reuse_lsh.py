"""How the MinHash LSH parameters of `isnad.reuse` (window, bands, rows) catch the
hardest planted copies: one sentence of 12 to 20 words, about one word in ten edited,
copied between random Wikipedia articles (tests/python/planted.py, with its noise).
For each setting, the LSH step alone, recomputed here from `isnad.signature` (buckets
of more than max_df = 64 documents dropped, as the core does): how many planted pairs
share no bucket, the buckets per article (the work and temporary file of indexing) and
the pairs LSH gives (the work of verification).

    target/venv/bin/python benches/reuse_lsh.py [--articles 2000] [W,R,B ...]

The default settings were chosen from its output (see src/compare/reuse/minhash.rs).
"""

from __future__ import annotations

import argparse
import collections
import itertools
import os
import sys

ROOT = os.path.normpath(os.path.join(os.path.dirname(__file__), ".."))
sys.path.insert(0, os.path.join(ROOT, "tests", "python"))
import planted  # noqa: E402

import isnad  # noqa: E402

GRID = ("8,2,24", "12,2,20", "12,2,16", "16,2,24", "8,3,24", "12,1,8")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("settings", nargs="*", default=list(GRID), help="window,rows,bands")
    args = ap.parse_args()
    if not os.path.exists(planted.ARWIKI):
        print(f"SKIP: no Wikipedia sample at {planted.ARWIKI}")
        return 0
    planted.LENGTHS = (("sentence", 12, 20),)
    c = planted.build(args.articles, args.articles // 10, seed=args.articles + 5)
    index = {d: i for i, (d, _) in enumerate(c.docs)}
    print(f"{len(c.docs)} articles, {len(c.plants)} planted one-sentence copies")
    for setting in args.settings:
        w, r, b = map(int, setting.split(","))
        buckets = collections.defaultdict(list)
        total = 0
        for i, (_, text) in enumerate(c.docs):
            _, bs = isnad.signature(text, window=w, rows=r, bands=b)
            total += len(bs)
            for k in bs:
                buckets[k].append(i)
        pairs = set()
        for docs in buckets.values():
            if 2 <= len(docs) <= 64:
                pairs.update(itertools.combinations(docs, 2))
        missed = sum(
            1 for p in c.plants if tuple(sorted((index[p.source], index[p.target]))) not in pairs
        )
        print(
            f"window {w}, rows {r}, bands {b}: {missed} of {len(c.plants)} planted pairs missed, "
            f"{total / len(c.docs):.0f} buckets per article, {len(pairs)} LSH pairs"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
