#!/usr/bin/env python3
"""Throughput of the Python peers of isnad's normalization, printed as JSON.

    python3 benches/peers.py [NAME=FILE ...]

Creates (or reuses) a virtual environment in target/bench-venv with CAMeL Tools
(installed --no-deps, plus the few packages its normalization needs: regex, six,
future, emoji) and PyArabic from PyPI, and re-runs itself inside it.

Without arguments the corpora are built from ../shared like examples/bench_normalize.rs
does: `seeds` (every file of ../shared/seeds in name order, each followed by a newline)
and `anercorp` (the tokens of ../shared/data/anercorp/train.conll joined by spaces, one
sentence per line). With NAME=FILE arguments, each FILE (UTF-8) is a corpus: the
benchmark harness (benches/normalize.mjs) passes the very texts it gives the other
engines.

Pipelines (each function applied to the whole corpus string, as their APIs intend):
  camel:    normalize_unicode, dediac_ar, normalize_alef_ar, normalize_alef_maksura_ar,
            normalize_teh_marbuta_ar (camel_tools.utils.normalize / .dediac)
  pyarabic: strip_tashkeel, strip_tatweel, normalize_alef, normalize_teh (pyarabic.araby)
MB/s counts 10^6 bytes of UTF-8 input per second, of wall-clock time and of this
thread's CPU time (time.thread_time: other processes on the machine do not count);
reported: the best of 7 rounds of at least 0.3 s each, and their median.
"""

import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / "target" / "bench-venv"
SHARED = Path(os.environ.get("ISNAD_SHARED", ROOT.parent / "shared"))
ROUNDS = 7
MIN_ROUND = 0.3


def fail(msg):
    print(f"peers.py: {msg}", file=sys.stderr)
    sys.exit(2)


def venv_python():
    return VENV / "bin" / "python"


def ensure_venv(script=__file__):
    """Creates the virtual environment if needed and re-executes `script` inside it."""
    if Path(sys.prefix).resolve() == VENV.resolve():
        return
    py = venv_python()
    if not py.exists():
        print(f"peers.py: creating {VENV}", file=sys.stderr)
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
    probe = "import camel_tools.utils.normalize, camel_tools.utils.dediac, pyarabic.araby"
    if subprocess.run([str(py), "-c", probe], capture_output=True).returncode != 0:
        print("peers.py: installing camel-tools (--no-deps), regex, six, future, emoji, pyarabic", file=sys.stderr)
        pip = [str(py), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
        subprocess.run(pip + ["--no-deps", "camel-tools"], check=True)
        subprocess.run(pip + ["regex", "six", "future", "emoji", "pyarabic"], check=True)
        if subprocess.run([str(py), "-c", probe]).returncode != 0:
            fail("the peers do not import after installation")
    os.execv(str(py), [str(py), str(Path(script).resolve())] + sys.argv[1:])


def seeds_corpus():
    d = SHARED / "seeds"
    if not d.is_dir():
        fail(f"{d} is absent: the benchmark needs ../shared beside the repository (or ISNAD_SHARED)")
    files = sorted(p for p in d.iterdir() if p.suffix == ".txt")
    if not files:
        fail(f"no .txt files in {d}")
    return "".join(p.read_text(encoding="utf-8") + "\n" for p in files)


def conll_corpus():
    p = SHARED / "data" / "anercorp" / "train.conll"
    if not p.is_file():
        fail(f"{p} is absent: the benchmark needs ../shared beside the repository (or ISNAD_SHARED)")
    sentences, sentence = [], []
    for line in p.read_text(encoding="utf-8").split("\n"):
        if not line.strip():
            if sentence:
                sentences.append(" ".join(sentence))
            sentence = []
            continue
        sentence.append(line.split(" ")[0])
    if sentence:
        sentences.append(" ".join(sentence))
    return "\n".join(sentences)


def corpora(args):
    if not args:
        return [("seeds", seeds_corpus()), ("anercorp", conll_corpus())]
    out = []
    for a in args:
        name, sep, path = a.partition("=")
        if not sep or not name:
            fail(f"arguments are NAME=FILE, got {a!r}")
        try:
            out.append((name, Path(path).read_text(encoding="utf-8")))
        except OSError as e:
            fail(f"cannot read {path}: {e}")
    return out


def pipelines():
    from camel_tools.utils.dediac import dediac_ar
    from camel_tools.utils.normalize import (
        normalize_alef_ar,
        normalize_alef_maksura_ar,
        normalize_teh_marbuta_ar,
        normalize_unicode,
    )
    from pyarabic import araby

    def camel(s):
        s = normalize_unicode(s)
        s = dediac_ar(s)
        s = normalize_alef_ar(s)
        s = normalize_alef_maksura_ar(s)
        return normalize_teh_marbuta_ar(s)

    def pyarabic(s):
        s = araby.strip_tashkeel(s)
        s = araby.strip_tatweel(s)
        s = araby.normalize_alef(s)
        return araby.normalize_teh(s)

    return [("camel", camel), ("pyarabic", pyarabic)]


def measure(fn, text):
    """(bytes, wall best, wall median, cpu best, cpu median): MB/s per second of wall
    clock and per second of this thread's CPU time."""
    nbytes = len(text.encode("utf-8"))
    for _ in range(2):
        fn(text)
    wall, cpu = [], []
    for _ in range(ROUNDS):
        t0, c0 = time.perf_counter(), time.thread_time()
        n = 0
        while True:
            fn(text)
            n += 1
            el = time.perf_counter() - t0
            if el >= MIN_ROUND:
                mb = nbytes * n / 1e6
                wall.append(mb / el)
                cpu.append(mb / max(time.thread_time() - c0, 1e-9))
                break
    wall.sort()
    cpu.sort()
    return nbytes, wall[-1], wall[len(wall) // 2], cpu[-1], cpu[len(cpu) // 2]


def versions():
    from importlib.metadata import version

    return {"camel-tools": version("camel-tools"), "pyarabic": version("pyarabic"), "python": sys.version.split()[0]}


def main():
    ensure_venv()
    texts = corpora(sys.argv[1:])
    results = []
    for engine, fn in pipelines():
        for name, text in texts:
            nbytes, best, median, cbest, cmedian = measure(fn, text)
            results.append(
                {
                    "engine": engine, "corpus": name, "bytes": nbytes,
                    "mb_per_s": round(best, 2), "median_mb_per_s": round(median, 2),
                    "cpu_mb_per_s": round(cbest, 2), "cpu_median_mb_per_s": round(cmedian, 2),
                }
            )
            print(f"peers.py: {engine} {name}: {best:.2f} MB/s wall, {cbest:.2f} MB/s cpu", file=sys.stderr)
    print(json.dumps({"rounds": ROUNDS, "versions": versions(), "results": results}))


if __name__ == "__main__":
    main()
