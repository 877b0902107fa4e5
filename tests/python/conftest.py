"""Shared fixtures: the built CLI (the reference the Python API must agree with) and
the seed reports read from ../shared at run time (never copied into the repository)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

ROOT = os.path.normpath(os.path.join(os.path.dirname(__file__), "..", ".."))
sys.path.insert(0, os.path.dirname(__file__))
SEEDS = os.environ.get("ISNAD_SEEDS", os.path.join(ROOT, "..", "shared", "seeds"))
CLI = os.environ.get("ISNAD_CLI", os.path.join(ROOT, "target", "release", "isnad"))


@pytest.fixture(scope="session")
def cli():
    if not os.path.exists(CLI):
        pytest.fail(f"the isnad CLI is not built at {CLI}: run `cargo build --release --bin isnad`")

    def run(*args: str, stdin: str = "") -> str:
        p = subprocess.run([CLI, *args], input=stdin.encode(), capture_output=True)
        if p.returncode != 0:
            raise AssertionError(f"isnad {' '.join(args)} failed: {p.stderr.decode()}")
        return p.stdout.decode()

    def run_json(*args: str, stdin: str = ""):
        return json.loads(run(*args, stdin=stdin))

    run.json = run_json
    return run


@pytest.fixture(scope="session")
def seeds() -> list[tuple[str, str]]:
    if not os.path.isdir(SEEDS):
        pytest.skip(f"no seed reports at {SEEDS}")
    out = []
    for name in sorted(os.listdir(SEEDS)):
        if name.endswith(".txt"):
            with open(os.path.join(SEEDS, name), encoding="utf-8") as f:
                out.append((name, f.read()))
    return out
