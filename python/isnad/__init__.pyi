# Type stubs of the isnad package. Offsets are code points (Python string indices).
from typing import Any, Iterable, Iterator, List, Literal, Mapping, Optional, Tuple, TypedDict, Union


__version__: str

Preset = Literal["search", "display", "none"]
TokenKind = Literal["word", "latin", "number", "punct", "symbol"]
EntityType = Literal["PER", "LOC", "ORG", "MISC", "DATE", "QUANTITY"]
PassageKind = Literal["verbatim", "edited", "reworded"]
DiffLevel = Literal["exact", "search", "nameKey"]
Id = Union[str, int]
Document = Union[Tuple[Id, str], Mapping[str, Any]]

class Normalized:
    """Normalized text; the original of ``text[s:e]`` is ``original[starts[s]:ends[e - 1]]``."""
    @property
    def text(self) -> str: ...
    @property
    def starts(self) -> List[int]: ...
    @property
    def ends(self) -> List[int]: ...

class Token(TypedDict):
    start: int
    end: int
    text: str
    kind: TokenKind
    norm: str
    key: str

class Entity(TypedDict):
    start: int
    end: int
    text: str
    type: EntityType
    id: str
    canonical: str
    score: float

class Span(TypedDict):
    start: int
    end: int

class Speaker(TypedDict):
    start: int
    end: int
    text: str
    name: Optional[str]
    title: Optional[str]
    key: str
    inherited: bool

class Cue(TypedDict):
    start: int
    end: int
    text: str
    form: str
    position: Literal["before", "after"]

class Quote(TypedDict):
    start: int
    end: int
    textStart: int
    textEnd: int
    text: str
    mark: str
    closed: bool
    speaker: Optional[Speaker]
    cue: Optional[Cue]

class Passage(TypedDict):
    a: Span
    b: Span
    score: float
    kind: PassageKind

class Similarity(TypedDict):
    containmentAb: float
    containmentBa: float
    jaccard: float
    cosine: float
    shared: float

class DiffOp(TypedDict):
    op: Literal["equal", "insert", "delete", "replace"]
    a: Span
    b: Span

class Comparison(TypedDict):
    passages: List[Passage]
    similarity: Similarity
    diff: List[DiffOp]

class Reused(TypedDict):
    """A passage shared by documents ``a`` (the earlier one) and ``b``."""
    a: Id
    b: Id
    a_start: int
    a_end: int
    b_start: int
    b_end: int
    score: float
    kind: PassageKind

class ReuseIter(Iterator[Reused]):
    @property
    def candidates(self) -> int: ...
    @property
    def lsh_pairs(self) -> int: ...
    def __iter__(self) -> "ReuseIter": ...
    def __next__(self) -> Reused: ...

def normalize(
    text: str,
    preset: Preset = "search",
    *,
    unicode: Literal["none", "nfc", "nfkc"] = ...,
    strip_diacritics: bool = ...,
    strip_tatweel: bool = ...,
    fold_alef: bool = ...,
    fold_alef_maksura: bool = ...,
    fold_teh_marbuta: bool = ...,
    persian: Literal["none", "kaf-yeh", "all"] = ...,
    hamza: bool = ...,
    digits: bool = ...,
    punctuation: bool = ...,
    strip_invisible: bool = ...,
    whitespace: Literal["keep", "collapse", "lines"] = ...,
    lowercase: bool = ...,
) -> Normalized: ...
def tokenize(text: str, preset: Preset = "search", **options: Any) -> List[Token]: ...
def name_key(text: str) -> str: ...
def entities(text: str, *, types: Optional[List[EntityType]] = ..., min_score: float = ...) -> List[Entity]: ...
def quotes(text: str) -> List[Quote]: ...
def compare(
    a: str,
    b: str,
    *,
    diff_level: DiffLevel = ...,
    passages: bool = ...,
    diff: bool = ...,
    context: Optional[List[str]] = ...,
) -> Comparison: ...
def diff(a: str, b: str, *, level: DiffLevel = ...) -> List[DiffOp]: ...
def analyze(articles: Iterable[Document]) -> dict[str, Any]: ...
def reuse(
    docs: Iterable[Document],
    threads: Optional[int] = None,
    *,
    shingle: int = ...,
    window: int = ...,
    bands: int = ...,
    rows: int = ...,
    max_df: int = ...,
    min_shared: int = ...,
    min_score: float = ...,
) -> ReuseIter: ...
def fingerprints(text: str, **options: Any) -> List[Tuple[int, int]]: ...
def signature(text: str, **options: Any) -> Tuple[List[Tuple[int, int]], List[int]]: ...
def regions(
    a_positions: List[int], b_positions: List[int], dfs: List[int], **options: Any
) -> List[Tuple[int, int, int, int]]: ...
def align_regions(
    a_id: Id, a: str, b_id: Id, b: str, regions: List[Tuple[int, int, int, int]], **options: Any
) -> List[Reused]: ...
