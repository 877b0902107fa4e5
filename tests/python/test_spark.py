"""isnad.spark on Spark local[2]: planted reuse in a few hundred Wikipedia articles
found with signatures (fingerprints and MinHash LSH band buckets) and alignment in
pandas UDFs and candidate pairs by a Spark self-join on band buckets (scored as
planted.py explains), the same passages as isnad.reuse, and entities."""

from __future__ import annotations

import os
import shutil

import pytest

pyspark = pytest.importorskip("pyspark", reason="pip install 'isnad[spark]'")

import isnad  # noqa: E402
import isnad.spark  # noqa: E402
import planted  # noqa: E402

N_ARTICLES, N_PLANTS = 300, 30


@pytest.fixture(scope="module")
def spark():
    if shutil.which("java") is None:
        pytest.fail("Spark needs Java: apt-get install openjdk-17-jre-headless")
    s = planted.local_spark("isnad-test", 4, **{"spark.driver.memory": "1g"})
    yield s
    s.stop()


@pytest.fixture(scope="module")
def corpus():
    if not os.path.exists(planted.ARWIKI):
        pytest.skip(f"no Wikipedia sample at {planted.ARWIKI}")
    return planted.build(N_ARTICLES, N_PLANTS, seed=19)


def test_find_reuse_finds_planted_passages(spark, corpus):
    df = spark.createDataFrame(corpus.docs, ["doc", "body"]).repartition(3)
    out = isnad.spark.find_reuse(df, id_col="doc", text_col="body")
    assert out.columns == list(isnad.spark.REUSE_SCHEMA_FIELDS)
    found = [r.asDict() for r in out.collect()]
    s = planted.score(corpus, found)
    assert s.recall >= 0.95, f"recall {s.recall:.3f} ({s.found_planted}/{s.planted})"
    assert s.precision >= 0.9, f"precision {s.precision:.3f}, false pairs {s.false_pairs}"
    assert not planted.noise_passages(corpus, found), "boilerplate or a date line reported"
    # The same pairs as on one machine (Spark's `a` is the smaller id, so the passage
    # finder may see a pair the other way round and cut a span a little differently).
    pairs = {frozenset((r["a"], r["b"])) for r in found}
    local = {frozenset((r["a"], r["b"])) for r in isnad.reuse(corpus.docs)}
    assert len(pairs ^ local) <= 0.05 * len(local), sorted(map(sorted, pairs ^ local))


def test_find_reuse_checks_its_input(spark):
    df = spark.createDataFrame([("x", "نص"), ("x", "نص آخر")], ["id", "text"])
    with pytest.raises(ValueError, match='two documents have the id \'x\'; ids must be unique'):
        isnad.spark.find_reuse(df)
    with pytest.raises(ValueError, match="no column 'body'"):
        isnad.spark.find_reuse(df, text_col="body")
    with pytest.raises(TypeError, match='unknown reuse option "bandz"'):
        isnad.spark.find_reuse(df, bandz=3)
    with pytest.raises(ValueError, match="rows must be between 1 and 8, got 0"):
        isnad.spark.find_reuse(df, rows=0)


def test_entities_column(spark):
    text = "😀 قال الرئيس الروسي فلاديمير بوتين في موسكو إن روسيا مستعدة للحوار."
    df = spark.createDataFrame([(1, text), (2, None)], ["id", "text"])
    rows = {r["id"]: r for r in isnad.spark.entities(df, types=["PER", "LOC"]).collect()}
    got = [e.asDict() for e in rows[1]["entities"]]
    assert got == isnad.entities(text, types=["PER", "LOC"])
    assert any(e["text"] == "فلاديمير بوتين" for e in got)
    assert rows[2]["entities"] == []
