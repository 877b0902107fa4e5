"""isnad: Arabic news text — normalization with offset maps, tokens, named entities,
quotations and their speakers, article comparison, and text reuse across a whole
corpus — from the same Rust core as the web page, the npm package and the CLI.

Every offset is a Python string index (a code point): ``text[start:end]`` is the span.
Results are plain dicts and lists with the field names of the CLI's JSON. The GIL is
released while the core works, so threads scale.
"""

from __future__ import annotations

from typing import Any, Iterable, Iterator, Mapping, Optional, Tuple, Union

from . import _isnad
from ._isnad import Normalized, ReuseIter

__version__: str = _isnad.__version__

__all__ = [
    "Normalized",
    "ReuseIter",
    "normalize",
    "tokenize",
    "name_key",
    "entities",
    "quotes",
    "compare",
    "diff",
    "analyze",
    "reuse",
    "fingerprints",
    "signature",
    "regions",
    "align_regions",
]

Document = Union[Tuple[Union[str, int], str], Mapping[str, Any]]


def normalize(text: str, preset: str = "search", **options: Any) -> Normalized:
    """Normalized text with an offset map: ``text``, and for every character of it
    ``starts``/``ends`` in the original (``original[starts[s]:ends[e - 1]]`` is the
    original of ``text[s:e]``). ``preset`` is ``search``, ``display`` or ``none``;
    options override single steps (``strip_diacritics=False``, ``hamza=True``…)."""
    return _isnad.normalize(text, preset, **options)


def tokenize(text: str, preset: str = "search", **options: Any) -> list[dict]:
    """Tokens ``{start, end, text, kind, norm, key}``; ``key`` is the match key."""
    return _isnad.tokenize(text, preset, **options)


def name_key(text: str) -> str:
    """A key equal for outlets' spellings of one foreign name (شويغو, شويجو)."""
    return _isnad.name_key(text)


def entities(text: str, **options: Any) -> list[dict]:
    """Named entities, dates and quantities, linked within the text:
    ``{start, end, text, type, id, canonical, score}``. Options: ``types`` (a list of
    PER, LOC, ORG, MISC, DATE, QUANTITY) and ``min_score``."""
    return _isnad.entities(text, **options)


def quotes(text: str) -> list[dict]:
    """Direct quotations with speaker and cue word, as ``isnad quotes --json``: the
    text is read with the names the entity finder marks, as ``analyze`` reads each
    article."""
    return _isnad.quotes(text)


def compare(a: str, b: str, **options: Any) -> dict:
    """Reused passages, similarity scores and a word-level diff of two texts, as
    ``isnad compare --json``. Options: ``diff_level`` (exact, search, nameKey),
    ``passages``, ``diff`` (booleans), ``context`` (the other reports of the event, a
    list of strings, as ``isnad compare --json A B OTHER...``: what they all carry
    weighs less as evidence of reuse, so the pair gets what ``analyze`` finds)."""
    return _isnad.compare(a, b, **options)


def diff(a: str, b: str, **options: Any) -> list[dict]:
    """Word-level diff ``{op, a: {start, end}, b: {start, end}}``; option ``level``."""
    return _isnad.diff(a, b, **options)


def analyze(articles: Iterable[Document]) -> dict:
    """Several articles of one event together (at most 1,000), as
    ``isnad analyze --json``: ``articles`` are ``(id, text)`` pairs or dicts."""
    return _isnad.analyze(articles)


def reuse(docs: Iterable[Document], threads: Optional[int] = None, **options: Any) -> Iterator[dict]:
    """Passages shared by documents of a corpus: ``docs`` is an iterable of
    ``(id, text)`` pairs or ``{"id", "text"}`` dicts, read once (texts are spooled to
    a temporary file, only fingerprints stay in memory). Yields
    ``{a, b, a_start, a_end, b_start, b_end, score, kind}``, ``a`` the earlier
    document. Candidate pairs come from MinHash with locality-sensitive hashing over
    windows of shingles (see "At scale" in the README). Options: ``shingle`` (content
    words a shingle, 3), ``window`` (shingles a MinHash window, 8; one starts every
    ``window // 2``), ``bands`` (LSH bands a window, 16) and ``rows`` (MinHash values a
    band, 2), ``max_df`` (a band bucket or a shingle of more documents is
    boilerplate, 64), ``min_shared`` (shingles only the two documents have that a
    passage needs, or in a long one the sum of ``2 / df`` over its shingles; 3),
    ``min_score`` (0.5). Fingerprinting
    and alignment run on ``threads`` threads (default: every core), with the same
    results as on one."""
    return _isnad.reuse(docs, threads, **options)


def fingerprints(text: str, **options: Any) -> list[tuple[int, int]]:
    """The distinct shingles of one text as ``(key, position)`` (key a 40-bit
    integer, position in content words). For distributed pipelines; ``reuse`` does
    this itself."""
    return _isnad.fingerprints(text, **options)


def signature(text: str, **options: Any) -> tuple[list[tuple[int, int]], list[int]]:
    """The signature of one text: its ``fingerprints`` and the distinct LSH band
    buckets of its MinHash windows (40-bit integers); two documents sharing a bucket
    are a candidate pair. For distributed pipelines; ``reuse`` does this itself."""
    return _isnad.signature(text, **options)


def regions(a_positions: list[int], b_positions: list[int], dfs: list[int], **options: Any) -> list[tuple[int, int, int, int]]:
    """The regions to align of a pair of documents from the shingles they share
    (positions in each, and how many documents have the shingle), as
    ``(a_start, a_end, b_start, b_end)`` in content words; empty: no candidate."""
    return _isnad.regions(a_positions, b_positions, dfs, **options)


def align_regions(a_id: Any, a: str, b_id: Any, b: str, regions: list[tuple[int, int, int, int]], **options: Any) -> list[dict]:
    """The passages two documents share in ``regions``, as ``reuse`` yields them."""
    return _isnad.align_regions(a_id, a, b_id, b, regions, **options)
