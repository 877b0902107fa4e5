"""Text reuse across a corpus: planted passages in a few hundred Wikipedia articles
(../shared/data/arwiki, read at run time) found by `isnad.reuse` and by
`isnad reuse --jsonl`, scored as `planted.py` explains."""

from __future__ import annotations

import json
import os
import tempfile

import pytest

import isnad
import planted

N_ARTICLES, N_PLANTS = 300, 30


@pytest.fixture(scope="module")
def corpus():
    if not os.path.exists(planted.ARWIKI):
        pytest.skip(f"no Wikipedia sample at {planted.ARWIKI}")
    c = planted.build(N_ARTICLES, N_PLANTS, seed=19)
    assert len(c.docs) == N_ARTICLES and len(c.plants) == N_PLANTS
    return c


def check(corpus, found, how):
    s = planted.score(corpus, found)
    assert s.recall >= 0.95, f"{how}: recall {s.recall:.3f} ({s.found_planted}/{s.planted})"
    assert s.precision >= 0.9, f"{how}: precision {s.precision:.3f}, false pairs {s.false_pairs}"
    assert not planted.noise_passages(corpus, found), f"{how}: boilerplate or a date line reported"
    texts = dict(corpus.docs)
    for r in found:
        assert set(r) == {"a", "b", "a_start", "a_end", "b_start", "b_end", "score", "kind"}
        assert 0 <= r["a_start"] < r["a_end"] <= len(texts[r["a"]])
        assert 0 <= r["b_start"] < r["b_end"] <= len(texts[r["b"]])
        assert r["kind"] in {"verbatim", "edited", "reworded"} and 0 < r["score"] <= 1
    return s


def test_python_reuse_finds_planted_passages(corpus):
    found = list(isnad.reuse(corpus.docs))
    check(corpus, found, "isnad.reuse")
    # Threads change nothing but the time.
    assert list(isnad.reuse(iter(corpus.docs), threads=1)) == found


def test_cli_reuse_finds_the_same(corpus, cli):
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "corpus.jsonl")
        planted.write_jsonl(corpus, path)
        out = cli("reuse", "--jsonl", path)
    found = [json.loads(line) for line in out.splitlines()]
    check(corpus, found, "isnad reuse --jsonl")
    assert found == list(isnad.reuse(corpus.docs))


def test_the_scorer_can_fail(corpus):
    # Nothing found: recall 0; pairs of unrelated articles reported: precision 0.
    assert planted.score(corpus, []).recall == 0
    ids = [i for i, _ in corpus.docs]
    planted_pairs = {frozenset((p.source, p.target)) for p in corpus.plants}
    fake = [
        {"a": ids[k], "b": ids[k + 1], "a_start": 0, "a_end": 50, "b_start": 0, "b_end": 50, "score": 1, "kind": "verbatim"}
        for k in range(0, 40, 2)
        if frozenset((ids[k], ids[k + 1])) not in planted_pairs
    ]
    assert planted.score(corpus, fake).precision < 0.2
    # A passage of the added lines is caught.
    doc, (start, end) = next(iter(corpus.noise.items()))[0], next(iter(corpus.noise.values()))[0]
    line = {"a": doc, "b": doc, "a_start": start, "a_end": end, "b_start": start, "b_end": end}
    assert planted.noise_passages(corpus, [line]) == [line]


def test_reuse_takes_dicts_and_keeps_integer_ids():
    text = "أعلنت هيئة الأرصاد الجوية أن عاصفة رملية قوية ستضرب المنطقة مساء الخميس ودعت السكان إلى البقاء في منازلهم وإغلاق النوافذ وقال المتحدث باسم الهيئة إن سرعة الرياح قد تتجاوز تسعين كيلومترا في الساعة وإن مدى الرؤية سينخفض إلى أقل من مئة متر على الطرق السريعة."
    docs = iter([{"id": 7, "text": "😀 " + text}, {"id": 9, "text": "مقدمة أخرى. " + text}])
    found = list(isnad.reuse(docs))
    assert len(found) == 1
    r = found[0]
    assert (r["a"], r["b"]) == (7, 9)
    assert ("😀 " + text)[r["a_start"]:r["a_end"]].startswith("أعلنت")


def test_reuse_errors_are_clear():
    with pytest.raises(ValueError, match='documents 0 and 1 have the same id "x"; ids must be unique'):
        isnad.reuse([("x", "a"), ("x", "b")])
    with pytest.raises(TypeError, match=r'docs\[1\] must be an \(id, text\) pair or a dict with "id" and "text"'):
        isnad.reuse([("x", "a"), {"id": "y"}])
    with pytest.raises(TypeError, match=r"docs\[0\] text must be a string, got int"):
        isnad.reuse([("x", 5)])
    with pytest.raises(TypeError, match="reuse takes an iterable"):
        isnad.reuse("text")
    with pytest.raises(TypeError, match='unknown reuse option "band"; valid options: shingle'):
        isnad.reuse([], band=3)
    with pytest.raises(ValueError, match="threads must be at least 1"):
        isnad.reuse([], threads=0)
    with pytest.raises(ValueError, match="max_df must be between 2 and 10000, got 1"):
        isnad.reuse([], max_df=1)


def test_candidates_come_from_minhash_lsh(corpus):
    # The same corpus with one band of eight rows (a whole window must match, where
    # the default 16 bands of 2 rows take most windows of similarity 0.3 and up): edited
    # copies stop being candidates, so recall falls; precision does not need them.
    it = isnad.reuse(corpus.docs, bands=1, rows=8)
    strict = planted.score(corpus, list(it))
    assert strict.recall < 0.8, f"recall {strict.recall:.3f} with one strict band"
    default = isnad.reuse(corpus.docs)
    found = list(default)
    assert it.candidates < default.candidates
    # Verification keeps the LSH pairs with a region to align.
    assert default.candidates <= default.lsh_pairs
    assert planted.score(corpus, found).recall >= 0.95


def test_signature_buckets_meet_for_a_copied_sentence():
    sentence = "أعلنت هيئة الأرصاد الجوية أن عاصفة رملية قوية ستضرب المنطقة الشرقية مساء الخميس ودعت السكان إلى البقاء في منازلهم وإغلاق النوافذ"
    edited = sentence.replace("قوية", "شديدة").replace("الجوية", "والجوية")
    a = "افتتح المعرض الدولي للكتاب أبوابه بمشاركة مئات الناشرين من عشرين دولة عربية وأجنبية. " + sentence
    b = edited + ". وفي الرياضة فاز الفريق المحلي على ضيفه بثلاثة أهداف نظيفة في المباراة النهائية للبطولة."
    c = "ارتفعت أسعار النفط في الأسواق العالمية بعد قرار المنتجين خفض الإنتاج خلال الأشهر المقبلة لدعم الأسعار."
    (pa, ba), (pb, bb), (_, bc) = isnad.signature(a), isnad.signature(b), isnad.signature(c)
    assert set(ba) & set(bb), "the copied sentence shares no band bucket"
    assert not set(ba) & set(bc)
    assert all(isinstance(k, int) and 0 <= k < 2**40 for k in ba)
    assert pa and pb and all(isinstance(p, int) for _, p in pa)


def test_lsh_options_are_checked():
    with pytest.raises(ValueError, match="bands must be between 1 and 64, got 0"):
        isnad.reuse([], bands=0)
    with pytest.raises(ValueError, match="rows must be between 1 and 8, got 9"):
        isnad.signature("نص", rows=9)
    with pytest.raises(ValueError, match="window must be between 2 and 64 shingles, got 1"):
        isnad.reuse([], window=1)
