"""The Python API against the CLI's JSON on the seed reports: the same results, with
offsets counting code points (emoji included: one code point, two UTF-16 units)."""

from __future__ import annotations

import os
import tempfile
import threading

import pytest

import isnad

EMOJI = "🇸🇾 عاجل 😀\n"


def texts(seeds):
    # Each seed as it is, and with emoji before it (every later offset moves by code
    # points, not bytes or UTF-16 units).
    for name, text in seeds:
        yield name, text
        yield name + "+emoji", EMOJI + text


def test_normalize_and_tokenize_match_the_cli(cli, seeds):
    for name, text in texts(seeds):
        for preset in ("search", "display", "none"):
            want = cli.json("normalize", "--json", "--preset", preset, stdin=text)
            got = isnad.normalize(text, preset)
            assert (got.text, got.starts, got.ends) == (want["text"], want["starts"], want["ends"]), name
        want = cli.json("tokenize", "--json", stdin=text)
        got = isnad.tokenize(text)
        assert got == want, name
        for t in got[:200]:
            assert text[t["start"]:t["end"]] == t["text"]
    got = isnad.normalize("أَحمد", preset="search", strip_diacritics=False)
    want = cli.json("normalize", "--json", "--options", '{"preset":"search","stripDiacritics":false}', stdin="أَحمد")
    assert got.text == want["text"]


def test_name_key_matches_the_cli(cli):
    names = ["شويغو", "شويجو", "ڤلاديمير", "بوتين"]
    want = cli("name-key", stdin="\n".join(names) + "\n").splitlines()
    assert [isnad.name_key(n) for n in names] == want


def test_entities_and_quotes_match_the_cli(cli, seeds):
    for name, text in texts(seeds):
        ents = isnad.entities(text)
        assert ents == cli.json("entities", stdin=text), name
        assert ents, name
        for e in ents:
            assert text[e["start"]:e["end"]] == e["text"]
        qs = isnad.quotes(text)
        assert qs == cli.json("quotes", "--json", stdin=text), name
        for q in qs:
            assert text[q["textStart"]:q["textEnd"]] == q["text"]
    only = isnad.entities(seeds[0][1], types=["PER"], min_score=0.5)
    assert only and all(e["type"] == "PER" and e["score"] >= 0.5 for e in only)


def test_compare_and_analyze_match_the_cli(cli, seeds):
    with tempfile.TemporaryDirectory() as d:
        paths = []
        for name, text in seeds:
            p = os.path.join(d, name)
            with open(p, "w", encoding="utf-8") as f:
                f.write(EMOJI + text)
            paths.append(p)
        a, b = EMOJI + seeds[0][1], EMOJI + seeds[1][1]
        got = isnad.compare(a, b)
        assert got == cli.json("compare", "--json", paths[0], paths[1])
        assert got["passages"], "the seeds share passages"
        for p in got["passages"]:
            assert a[p["a"]["start"]:p["a"]["end"]].strip() and b[p["b"]["start"]:p["b"]["end"]].strip()
        assert isnad.compare(a, b, diff_level="exact", diff=True) == cli.json(
            "compare", "--json", "--level", "exact", paths[0], paths[1]
        )
        # With the other reports as context, as the CLI's further files: what
        # analyze finds for the pair.
        others = [EMOJI + t for _, t in seeds[2:]]
        with_context = isnad.compare(a, b, context=others)
        assert with_context == cli.json("compare", "--json", *paths)
        assert with_context["passages"] != got["passages"] or len(seeds) < 4
        ops = isnad.diff(a, b)
        assert ops == got["diff"]
        # Read in order, the diff's ranges rebuild both texts.
        assert "".join(a[o["a"]["start"]:o["a"]["end"]] for o in ops) == a
        assert "".join(b[o["b"]["start"]:o["b"]["end"]] for o in ops) == b
        want = cli.json("analyze", "--json", *paths)
        pairs = [(name, EMOJI + text) for name, text in seeds]
        assert isnad.analyze(pairs) == want
        assert isnad.analyze([{"id": i, "text": t} for i, t in pairs]) == want


def test_bad_input_raises_clear_errors():
    with pytest.raises(TypeError, match="isnad: text must be a string, got int"):
        isnad.normalize(3)
    with pytest.raises(TypeError, match='unknown normalize option "strip_diacriticz"; valid options: preset'):
        isnad.normalize("x", strip_diacriticz=True)
    with pytest.raises(ValueError, match="invalid normalize options: unknown variant `foo`"):
        isnad.normalize("x", preset="foo")
    with pytest.raises(TypeError, match="isnad: b must be a string, got NoneType"):
        isnad.compare("x", None)
    with pytest.raises(ValueError, match="context must be an array of strings"):
        isnad.compare("x", "y", context=["z", 3])
    with pytest.raises(ValueError, match='unknown entity type "PERSON"; valid types: PER, LOC'):
        isnad.entities("x", types=["PERSON"])
    with pytest.raises(TypeError, match=r"isnad: articles\[1\] must be an \(id, text\) pair"):
        isnad.analyze([("a", "x"), 3])
    with pytest.raises(ValueError, match='two articles have the id "a"'):
        isnad.analyze([("a", "x"), ("a", "y")])
    with pytest.raises(TypeError, match="analyze takes a list"):
        isnad.analyze("text")


def test_threads_give_the_same_results(seeds):
    text = seeds[0][1]
    want = isnad.entities(text)
    out = [None] * 4

    def work(k):
        out[k] = isnad.entities(text)

    ts = [threading.Thread(target=work, args=(k,)) for k in range(4)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    assert all(o == want for o in out)
