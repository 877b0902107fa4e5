"""isnad on Spark, for archives past one machine (``pip install isnad[spark]``).

``find_reuse`` runs the same three steps as ``isnad.reuse``, with Spark doing the
distribution:

1. **Signatures** in a pandas UDF (``isnad.signature``): each document's distinct
   shingles of match keys (so spelling variants and clitics still match) with their
   positions, and the LSH band buckets of the MinHash signatures of its windows of
   shingles.
2. **Candidates** by Spark itself: band buckets exploded to ``(id, bucket)`` rows
   and grouped by bucket; buckets of more than ``max_df`` documents (boilerplate)
   dropped, the documents of each other bucket paired (the group-by is the join on
   the bucket, without a second shuffle) and the pairs made distinct. Each candidate pair's shared shingles (a join of the exploded
   fingerprints on the key, kept for LSH pairs only, with each shingle's document
   frequency from a group-by) become regions to align (``isnad.regions``) in a
   pandas UDF; pairs without a region are dropped.
3. **Alignment** of candidate pairs in a pandas UDF (``mapInPandas``): the two-text
   passage finder on each region of the pair's texts (``isnad.align_regions``),
   joined in by id.

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
    ``isnad.reuse`` (``shingle``, ``window``, ``bands``, ``rows``, ``max_df``,
    ``min_shared``, ``min_score``)."""
    _need_pyspark()
    import pandas as pd
    from pyspark.sql import functions as F
    from pyspark.sql import types as T
    from pyspark.storagelevel import StorageLevel

    _check_columns(df, id_col, text_col)
    # Options are checked here, on the driver, with the package's own messages.
    _isnad.signature("", **options)
    max_df = int(options.get("max_df", 64))
    id_type = df.schema[id_col].dataType

    docs = df.select(F.col(id_col).alias("id"), F.col(text_col).alias("text")).where(F.col("id").isNotNull())
    dup = docs.groupBy("id").count().where("count > 1").limit(1).collect()
    if dup:
        raise ValueError(f"isnad: two documents have the id {dup[0]['id']!r}; ids must be unique")

    sig_type = T.StructType(
        [
            T.StructField(
                "prints",
                T.ArrayType(T.StructType([T.StructField("key", T.LongType()), T.StructField("pos", T.IntegerType())])),
            ),
            T.StructField("buckets", T.ArrayType(T.LongType())),
        ]
    )

    @F.pandas_udf(sig_type)
    def signature_udf(texts: pd.Series) -> pd.DataFrame:
        prints, buckets = [], []
        for t in texts:
            p, b = _isnad.signature(t if isinstance(t, str) else "", **options)
            prints.append([{"key": k, "pos": q} for k, q in p])
            buckets.append(b)
        return pd.DataFrame({"prints": prints, "buckets": buckets})

    # Signed once, kept on disk (a heap-held cache of every signature ran a local
    # driver of 1 GiB out of memory at 3,000 articles): buckets and fingerprints
    # are both read from it.
    signed = docs.select("id", signature_udf("text").alias("s")).persist(StorageLevel.DISK_ONLY)
    # Candidate pairs: documents sharing a band bucket of 2 to max_df documents, the
    # ids of each bucket gathered by one group-by and paired within the bucket.
    buckets = signed.select("id", F.explode("s.buckets").alias("bucket"))
    by_bucket = (
        buckets.groupBy("bucket")
        .agg(F.array_sort(F.collect_set("id")).alias("ids"))
        .where((F.size("ids") >= 2) & (F.size("ids") <= max_df))
    )
    pairs_in_bucket = F.flatten(
        F.transform(
            "ids",
            lambda x, i: F.transform(F.slice("ids", i + 2, F.lit(max_df)), lambda y: F.struct(x.alias("a"), y.alias("b"))),
        )
    )
    lsh_pairs = by_bucket.select(F.explode(pairs_in_bucket).alias("p")).select("p.a", "p.b").distinct()
    # Their shared shingles: the postings of each shingle gathered by one group-by
    # (its document frequency is their number, as the core counts it), shingles of
    # more than max_df documents left out, paired within the shingle, kept for LSH
    # pairs.
    prints = signed.select("id", F.explode("s.prints").alias("p"))
    by_key = (
        prints.groupBy("p.key")
        .agg(F.array_sort(F.collect_list(F.struct(F.col("id"), F.col("p.pos").alias("pos")))).alias("ps"))
        .where((F.size("ps") >= 2) & (F.size("ps") <= max_df))
    )
    matches_in_key = F.flatten(
        F.transform(
            "ps",
            lambda x, i: F.transform(
                F.slice("ps", i + 2, F.lit(max_df)),
                lambda y: F.struct(
                    x["id"].alias("a"), y["id"].alias("b"), x["pos"].alias("pa"), y["pos"].alias("pb"), F.size("ps").alias("df")
                ),
            ),
        )
    )
    matches = (
        by_key.select(F.explode(matches_in_key).alias("m"))
        .select("m.a", "m.b", "m.pa", "m.pb", "m.df")
        .where(F.col("a") < F.col("b"))
        .join(lsh_pairs, ["a", "b"])
    )
    grouped = matches.groupBy("a", "b").agg(
        F.collect_list("pa").alias("pa"), F.collect_list("pb").alias("pb"), F.collect_list("df").alias("df")
    )
    region_type = T.ArrayType(T.ArrayType(T.IntegerType()))

    @F.pandas_udf(region_type)
    def regions_udf(pa: pd.Series, pb: pd.Series, df: pd.Series) -> pd.Series:
        return pd.Series(
            [
                [list(r) for r in _isnad.regions(list(map(int, x)), list(map(int, y)), list(map(int, z)), **options)]
                for x, y, z in zip(pa, pb, df)
            ]
        )

    pairs = grouped.select("a", "b", regions_udf("pa", "pb", "df").alias("regions")).where(F.size("regions") > 0)
    texts_a = docs.select(F.col("id").alias("a"), F.col("text").alias("a_text"))
    texts_b = docs.select(F.col("id").alias("b"), F.col("text").alias("b_text"))
    with_texts = pairs.join(texts_a, "a").join(texts_b, "b").select("a", "a_text", "b", "b_text", "regions")

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
            for a, ta, b, tb, rs in zip(batch["a"], batch["a_text"], batch["b"], batch["b_text"], batch["regions"]):
                a, b = _plain(a), _plain(b)
                regions = [tuple(int(v) for v in r) for r in rs]
                rows.extend(_isnad.align_regions(a, ta, b, tb, regions, **options))
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
