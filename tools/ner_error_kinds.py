#!/usr/bin/env python3
"""Counts the kinds of errors in `train_ner --dev --errors*` lists (one or more files):
for a gold mention missed (`-`), whether something overlaps it with the same type
(boundary), the same span with another type (type), another type and span (both) or
nothing (missed); for a predicted mention that is wrong (`+`), likewise, or nothing
(spurious). Prints the counts per kind and type, and the most frequent words of each kind.

usage: tools/ner_error_kinds.py FILE... [--top N]
"""
import sys
from collections import Counter

def kinds(path):
    for line in open(path, encoding="utf-8"):
        parts = line.rstrip("\n").split("\t")
        if len(parts) < 3 or parts[0][:1] not in "-+":
            continue
        sign, ty = parts[0].split()
        words, other = parts[1], parts[2]
        other = other.split(": ", 1)[1] if ": " in other else ""
        over = [o.split(":", 1) for o in other.split(" | ") if ":" in o]
        if not over:
            kind = "missed" if sign == "-" else "spurious"
        elif any(t == ty for t, _ in over):
            kind = "boundary"
        elif any(w == words for _, w in over):
            kind = "type"
        else:
            kind = "type+boundary"
        yield sign, ty, kind, words

def main():
    args = sys.argv[1:]
    top = 0
    if "--top" in args:
        i = args.index("--top"); top = int(args[i + 1]); del args[i:i + 2]
    counts, examples = Counter(), {}
    for path in args:
        for sign, ty, kind, words in kinds(path):
            counts[(sign, kind, ty)] += 1
            examples.setdefault((sign, kind), Counter())[words] += 1
    for sign, name in (("-", "gold mentions not found"), ("+", "predicted mentions wrong")):
        total = sum(v for k, v in counts.items() if k[0] == sign)
        print(f"{name}: {total}")
        for kind in ("boundary", "type", "type+boundary", "missed", "spurious"):
            row = {ty: counts[(sign, kind, ty)] for ty in ("PER", "LOC", "ORG", "MISC")}
            n = sum(row.values())
            if n:
                print(f"  {kind:14} {n:5}  " + "  ".join(f"{t} {c}" for t, c in row.items()))
                if top:
                    print("      " + ", ".join(f"{w} ({c})" for w, c in examples[(sign, kind)].most_common(top)))

main()
