#!/usr/bin/env python3
"""Dumps the Arabic word frequencies of PyPI `wordfreq` 3.1.1 to target/wordfreq_ar.tsv
(word, then its frequency in centibels: frequency = 10 ** (-cB / 100)), for
`cargo run --release --example general_freq` to turn into models/general_freq.tsv.

wordfreq's data (Wikipedia, OPUS OpenSubtitles, NewsCrawl and GlobalVoices, OSCAR web
text and Twitter for Arabic) is licensed CC BY-SA 4.0 (Robyn Speer et al.). The wheel
and msgpack are installed into target/wf-py, never committed.

Usage (from the repository root):
  python3 tools/wordfreq.py --install
  python3 tools/wordfreq.py
"""
import gzip
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PY_DIR = os.path.join(ROOT, "target", "wf-py")
OUT = os.path.join(ROOT, "target", "wordfreq_ar.tsv")


def install():
    os.makedirs(PY_DIR, exist_ok=True)
    # wordfreq's own dependencies (regex, langcodes, ftfy) are not needed to read its data.
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", PY_DIR,
                    "wordfreq==3.1.1", "msgpack==1.1.0"], check=True)


def main():
    if "--install" in sys.argv:
        install()
        return
    sys.path.insert(0, PY_DIR)
    import msgpack
    path = os.path.join(PY_DIR, "wordfreq", "data", "large_ar.msgpack.gz")
    with gzip.open(path) as f:
        data = msgpack.unpackb(f.read(), raw=False)
    header, bins = data[0], data[1:]
    assert header.get("format") == "cB", header
    n = 0
    with open(OUT, "w", encoding="utf-8") as out:
        for cb, words in enumerate(bins):
            for w in words:
                out.write(f"{w}\t{cb}\n")
                n += 1
    print(f"{OUT}: {n} words")


if __name__ == "__main__":
    main()
