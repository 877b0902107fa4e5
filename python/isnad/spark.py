"""isnad on Spark, for archives past one machine (``pip install isnad[spark]``).

``find_reuse`` runs the same three steps as ``isnad.reuse``, with Spark doing the
distribution:

1. **Signatures** in a pandas UDF: each document's LSH band keys
   (``isnad.band_keys``: MinHash over windows of shingles of match keys, so spelling
   variants and clitics still match), exploded to ``(key, id)`` rows.
2. **Candidates** by a Spark join on band keys: documents sharing a key are paired;
   keys shared by more than ``max_bucket`` documents (boilerplate) pair nobody.
3. **Alignment** of candidate pairs in a pandas UDF (``mapInPandas``): the two-text
   passage finder on each pair's texts, joined in by id.

The executors need the isnad package installed (the wheel is one file for every
CPython from 3.9 on); see "At scale" in the README for running on a cluster.
"""


from typing import Any, Iterator

from . import _isnad

__all__ = ["find_reuse", "entities", "REUSE_SCHEMA_FIELDS"]

REUSE_SCHEMA_FIELDS = ("a", "b", "a_start", "a_end", "b_start", "b_end", "score", "kind")

_ENTITY_FIELDS = ("start", "end", "text", "type", "id", "canonical", "score")


def _need_pyspark():
    try:
        import pyspark  # noqa: F401
        import pandas  # noqa: F401
        import pyarrow  # noqa: F401
    except ImportError as e:  # pragma: no cover - depends on the install
        raise ImportError(
            f"isnad.spark needs pyspark, pandas and pyarrow ({e}): pip install 'isnad[spark]'"
        ) from None


def _check_columns(df, *cols: str) -> None:
    for c in cols:
        if c not in df.columns:
            raise ValueError(f"isnad: no column {c!r} in the DataFrame; columns: {', '.join(df.columns)}")


def find_reuse(df, id_col: str = "id", text_col: str = "text", **options: Any):
    """Passages shared by documents of ``df`` (one row a document), as a DataFrame of
    ``a, b, a_start, a_end, b_start, b_end, score, kind``: ``a`` is the smaller id of
    the pair, offsets count code points. Ids must be unique; options are those of
    ``isnad.reuse`` (``bands``, ``rows``, ``max_bucket``, ``min_score``…)."""
    _need_pyspark()
    import pandas as pd
    from pyspark.sql import functions as F
    from pyspark.sql import types as T

    _check_columns(df, id_col, text_col)
    # Options are checked here, on the driver, with the package's own messages.
    _isnad.band_keys("", **options)
    max_bucket = int(options.get("max_bucket", 64))
    id_type = df.schema[id_col].dataType

    docs = df.select(F.col(id_col).alias("id"), F.col(text_col).alias("text")).where(F.col("id").isNotNull())
    dup = docs.groupBy("id").count().where("count > 1").limit(1).collect()
    if dup:
        raise ValueError(f"isnad: two documents have the id {dup[0]['id']!r}; ids must be unique")

    @F.pandas_udf(T.ArrayType(T.LongType()))
    def keys_udf(texts: pd.Series) -> pd.Series:
        return texts.map(lambda t: _isnad.band_keys(t if isinstance(t, str) else "", **options))

    keyed = docs.select("id", F.explode(keys_udf("text")).alias("key"))
    buckets = keyed.groupBy("key").agg(F.collect_set("id").alias("ids"))
    buckets = buckets.where((F.size("ids") >= 2) & (F.size("ids") <= max_bucket))
    members = buckets.select("key", F.explode("ids").alias("id"))
    left, right = members.alias("l"), members.alias("r")
    pairs = (
        left.join(right, F.col("l.key") == F.col("r.key"))
        .where(F.col("l.id") < F.col("r.id"))
        .select(F.col("l.id").alias("a"), F.col("r.id").alias("b"))
        .distinct()
    )
    texts_a = docs.select(F.col("id").alias("a"), F.col("text").alias("a_text"))
    texts_b = docs.select(F.col("id").alias("b"), F.col("text").alias("b_text"))
    with_texts = pairs.join(texts_a, "a").join(texts_b, "b").select("a", "a_text", "b", "b_text")

    schema = T.StructType(
        [
            T.StructField("a", id_type),
            T.StructField("b", id_type),
            T.StructField("a_start", T.LongType()),
            T.StructField("a_end", T.LongType()),
            T.StructField("b_start", T.LongType()),
            T.StructField("b_end", T.LongType()),
            T.StructField("score", T.DoubleType()),
            T.StructField("kind", T.StringType()),
        ]
    )

    def align(batches: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
        for batch in batches:
            rows = []
            for a, ta, b, tb in zip(batch["a"], batch["a_text"], batch["b"], batch["b_text"]):
                a, b = _plain(a), _plain(b)
                rows.extend(_isnad.align_pair(a, ta, b, tb, **options))
            yield pd.DataFrame(rows, columns=list(REUSE_SCHEMA_FIELDS))

    return with_texts.mapInPandas(align, schema)


def _plain(x):
    """A numpy scalar id as a plain Python value."""
    return x.item() if hasattr(x, "item") else x


def entities(df, text_col: str = "text", out_col: str = "entities", **options: Any):
    """``df`` with a column ``out_col``: the entities of ``text_col``, each a struct
    ``start, end, text, type, id, canonical, score`` (as ``isnad.entities``, offsets in
    code points). Options: ``types``, ``min_score``."""
    _need_pyspark()
    import pandas as pd
    from pyspark.sql import functions as F
    from pyspark.sql import types as T

    _check_columns(df, text_col)
    _isnad.entities("", **options)
    entity = T.StructType(
        [
            T.StructField("start", T.LongType()),
            T.StructField("end", T.LongType()),
            T.StructField("text", T.StringType()),
            T.StructField("type", T.StringType()),
            T.StructField("id", T.StringType()),
            T.StructField("canonical", T.StringType()),
            T.StructField("score", T.DoubleType()),
        ]
    )

    @F.pandas_udf(T.ArrayType(entity))
    def entities_udf(texts: pd.Series) -> pd.Series:
        return texts.map(
            lambda t: [tuple(e[f] for f in _ENTITY_FIELDS) for e in _isnad.entities(t, **options)]
            if isinstance(t, str)
            else []
        )

    return df.withColumn(out_col, entities_udf(F.col(text_col)))
