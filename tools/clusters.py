#!/usr/bin/env python3
"""Learns the word clusters of the entity tagger (`make clusters`; see
src/entities/clusters.rs).

Reads target/clusters/corpus.txt (one paragraph a line, words as the tagger looks them
up; written by `examples/cluster_corpus.rs` from Arabic Wikipedia and WikiFANE's
text), trains word2vec (gensim 4.4.0, CBOW, one worker, fixed seed: deterministic with
PYTHONHASHSEED=0 and one BLAS thread, which the Makefile sets), keeps the Arabic words
seen at least MIN_COUNT times (the MAX_WORDS most frequent), groups their unit vectors
by spherical k-means into FINE clusters, and the fine clusters' centres into MID and
COARSE ones. Writes target/clusters/ids.tsv (`word<TAB>fine`) and
target/clusters/parents.tsv (`@mid` and `@coarse` lines: one number per fine cluster),
which `cluster_corpus --table` front-codes into models/clusters.tsv.

gensim is installed into target/w2v-py (a venv), never committed:
  python3 tools/clusters.py --install
  target/w2v-py/bin/python tools/clusters.py
"""
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DIR = os.path.join(ROOT, "target", "clusters")
VENV = os.path.join(ROOT, "target", "w2v-py")
FINE, MID, COARSE = 1024, 256, 64
MIN_COUNT = 8
MAX_WORDS = 60000
SEED = 7


def install():
    subprocess.run([sys.executable, "-m", "venv", VENV], check=True)
    subprocess.run([os.path.join(VENV, "bin", "pip"), "install", "--quiet", "gensim==4.4.0"], check=True)


def kmeans(x, k, weights, iters, rng):
    """Spherical k-means of the unit rows of x (weighted); returns labels and centres."""
    import numpy as np
    # Start from k distinct rows, the heavier ones likelier.
    p = weights / weights.sum()
    centres = x[rng.choice(len(x), size=k, replace=False, p=p)].copy()
    labels = None
    for _ in range(iters):
        sims = x @ centres.T
        new = sims.argmax(axis=1)
        if labels is not None and (new == labels).all():
            break
        labels = new
        for c in range(k):
            members = labels == c
            if members.any():
                v = (x[members] * weights[members, None]).sum(axis=0)
                centres[c] = v / max(np.linalg.norm(v), 1e-9)
            else:
                # An empty cluster takes the row farthest from its centre.
                far = sims[np.arange(len(x)), labels].argmin()
                centres[c] = x[far]
    return labels, centres


def is_arabic_word(w):
    return all("\u0621" <= ch <= "\u064a" for ch in w)


def main():
    if "--install" in sys.argv:
        install()
        return
    import numpy as np
    from gensim.models import Word2Vec
    from gensim.models.word2vec import LineSentence

    corpus = os.path.join(DIR, "corpus.txt")
    model = Word2Vec(LineSentence(corpus), vector_size=100, window=3, min_count=MIN_COUNT, sg=0,
                     negative=5, sample=1e-4, epochs=5, workers=1, seed=SEED)
    kv = model.wv
    words = [w for w in kv.index_to_key if is_arabic_word(w) and len(w) >= 2][:MAX_WORDS]
    x = np.array([kv[w] for w in words], dtype=np.float64)
    x /= np.linalg.norm(x, axis=1, keepdims=True) + 1e-9
    counts = np.array([kv.get_vecattr(w, "count") for w in words], dtype=np.float64)
    rng = np.random.default_rng(SEED)
    labels, centres = kmeans(x, FINE, np.log1p(counts), 25, rng)
    size = np.bincount(labels, minlength=FINE).astype(np.float64) + 1.0
    mid, _ = kmeans(centres, MID, size, 50, rng)
    coarse, _ = kmeans(centres, COARSE, size, 50, rng)
    with open(os.path.join(DIR, "ids.tsv"), "w", encoding="utf-8") as f:
        for w, l in sorted(zip(words, labels)):
            f.write(f"{w}\t{l}\n")
    with open(os.path.join(DIR, "parents.tsv"), "w", encoding="utf-8") as f:
        f.write("@mid\t" + " ".join(str(m) for m in mid) + "\n")
        f.write("@coarse\t" + " ".join(str(c) for c in coarse) + "\n")
    print(f"{len(words)} words in {FINE}/{MID}/{COARSE} clusters (vocabulary {len(kv.index_to_key)})")


if __name__ == "__main__":
    main()
