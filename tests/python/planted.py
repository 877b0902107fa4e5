"""A corpus with planted text reuse, built from the Arabic Wikipedia sample, and an
honest score of what a reuse finder reports on it.

Planting (seeded: the same arguments give the same corpus): a run of whole sentences
of a random source article is copied, lightly edited, into a random target article
at a paragraph break. Lengths vary (`LENGTHS`): one sentence of 12 to 30 words, 30 to
60 words, 60 to 200 words, and several paragraphs of 200 to 500 words (breaks kept).
About one word in ten is edited (`_edit`): replaced by another word of the passage,
dropped, a word added, a spelling variant (final ى/ي, final ة/ه, أ/إ/آ written ا) or
a clitic glued on (و, or ب/ل before ال).

Noise that is not reuse: a fifth of the articles end with one of a few generic
boilerplate lines (`BOILERPLATE`), and a third with a date line ("آخر تحديث: الخميس
14 مارس 2019") drawn from few dates, so that many articles share each. Their spans
are recorded; sharing them is no reuse.

Scoring: a planted pair is found when a reported passage joins its two articles with
spans overlapping the planted spans in both. A reported pair that was not planted is
false unless one of its passages really shares text outside the noise, judged without
isnad: difflib's matching blocks of at least three words (after stripping punctuation
and diacritics) cover at least half of the shorter span, and neither span lies
mostly in inserted noise. Wikipedia articles do share text (templates, stock
sentences), and planted copies of one source make their targets share it too; both
count as real, and nothing else does.
"""

from __future__ import annotations

import difflib
import gzip
import json
import os
import random
import re
from dataclasses import dataclass, field

ARWIKI = os.path.join(
    os.path.dirname(__file__), "..", "..", "..", "shared", "data", "arwiki", "arwiki_2017_sample.jsonl.gz"
)
ARWIKI = os.environ.get("ISNAD_ARWIKI", os.path.normpath(ARWIKI))

SENTENCE_END = re.compile(r"(?<=[.!?؟])\s+")
DIACRITICS = re.compile("[\u064b-\u065f\u0670\u0640]")
NOT_WORD = re.compile(r"[^\w]+")


def load_articles(limit: int, path: str = ARWIKI, min_words: int = 80) -> list[dict]:
    """The first `limit` articles of at least `min_words` words, in file order."""
    out = []
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            a = json.loads(line)
            if len(a["text"].split()) >= min_words:
                out.append({"id": a["id"], "text": a["text"]})
                if len(out) >= limit:
                    break
    return out


LENGTHS = (("sentence", 12, 30), ("short", 30, 60), ("medium", 60, 200), ("long", 200, 500))

FUNCTION_WORDS = ("قد", "أيضا", "الذي", "ثم", "كما", "حيث", "بعد", "في")

BOILERPLATE = (
    "جميع الحقوق محفوظة ولا يجوز نسخ هذا المحتوى أو إعادة نشره دون إذن كتابي مسبق من الناشر.",
    "تابعونا على مواقع التواصل الاجتماعي لمعرفة آخر الأخبار العاجلة والتقارير الحصرية أولا بأول.",
    "الآراء الواردة في هذا المقال تعبر عن رأي كاتبها ولا تعكس بالضرورة موقف الموقع أو سياسته التحريرية.",
    "للاشتراك في النشرة البريدية اليومية أدخل عنوان بريدك الإلكتروني واضغط على زر التسجيل.",
)
WEEKDAYS = ("الأحد", "الاثنين", "الخميس")
MONTHS = ("مارس", "أغسطس")


def _variant(w: str) -> str | None:
    """A spelling variant of `w`, or None when it has none of these letters."""
    if w.endswith("ى"):
        return w[:-1] + "ي"
    if w.endswith("ي") and len(w) > 2:
        return w[:-1] + "ى"
    if w.endswith("ة"):
        return w[:-1] + "ه"
    if re.search("[أإآ]", w):
        return re.sub("[أإآ]", "ا", w)
    return None


def _clitic(w: str) -> str | None:
    if w.startswith("ال"):
        return "ب" + w if len(w) % 2 else "لل" + w[2:]
    if not w.startswith("و"):
        return "و" + w
    return None


def _edit(rng: random.Random, words: list[str], rate: float) -> list[str]:
    """About `rate` of the Arabic words edited, each in one of five ways."""
    out = []
    for w in words:
        if rng.random() >= rate or not re.search(r"[\u0621-\u064a]", w):
            out.append(w)
            continue
        k = rng.randrange(5)
        if k == 0:
            out.append(rng.choice(words))
        elif k == 1:
            continue
        elif k == 2:
            out.extend([w, rng.choice(FUNCTION_WORDS)])
        elif k == 3:
            out.append(_variant(w) or rng.choice(words))
        else:
            out.append(_clitic(w) or w)
    return out


@dataclass
class Plant:
    source: str
    target: str
    # Code point spans of the copied text in the source and of the copy in the target.
    source_span: tuple[int, int]
    target_span: tuple[int, int] = (0, 0)


@dataclass
class Corpus:
    docs: list[tuple[str, str]]
    plants: list[Plant] = field(default_factory=list)
    # Code point spans of the boilerplate and date lines added to each article.
    noise: dict[str, list[tuple[int, int]]] = field(default_factory=dict)


def build(n_articles: int, n_plants: int, seed: int = 1, rate: float = 0.1, noise: bool = True) -> Corpus:
    """`n_articles` Wikipedia articles with `n_plants` passages of the four
    `LENGTHS` (in turn) copied between random pairs of them, and noise lines added
    when `noise` (see the module doc)."""
    rng = random.Random(seed)
    arts = load_articles(n_articles)
    texts = {a["id"]: a["text"] for a in arts}
    ids = [a["id"] for a in arts]
    plants: list[Plant] = []
    pairs = set()
    targets: dict[str, list[tuple[int, str, Plant]]] = {}
    tries = 0
    while len(plants) < n_plants and tries < 200 * n_plants:
        tries += 1
        kind, lo, hi = LENGTHS[len(plants) % len(LENGTHS)]
        src, dst = rng.sample(ids, 2)
        if (src, dst) in pairs or (dst, src) in pairs:
            continue
        text = texts[src]
        # Sentence starts, as code point offsets.
        starts = [0] + [m.end() for m in SENTENCE_END.finditer(text)]
        want = rng.randint(lo, hi)
        i = rng.randrange(len(starts))
        j = i + 1
        while j < len(starts) and len(text[starts[i]:starts[j]].split()) < want:
            j += 1
        end = starts[j] if j < len(starts) else len(text)
        chunk = text[starts[i]:end].strip()
        if not (lo <= len(chunk.split()) <= hi + 40):
            continue
        s0 = text.index(chunk, starts[i])
        # Edited paragraph by paragraph: a long copy keeps its breaks.
        copy = "\n".join(" ".join(_edit(rng, line.split(), rate)) for line in chunk.split("\n") if line.strip())
        p = Plant(src, dst, (s0, s0 + len(chunk)))
        breaks = [m.end() for m in re.finditer(r"\n\n", texts[dst])] or [len(texts[dst])]
        targets.setdefault(dst, []).append((rng.choice(breaks + [len(texts[dst])]), copy, p))
        pairs.add((src, dst))
        plants.append(p)
    # Insert into each target from the end, so earlier positions stay valid; source
    # spans refer to the original texts, so a source that is also a target is shifted.
    new = dict(texts)
    shifts: dict[str, list[tuple[int, int]]] = {}
    for dst, items in targets.items():
        t = texts[dst]
        inserted = []
        for at, copy, p in sorted(items, key=lambda x: x[0]):
            inserted.append((at, "\n\n" + copy + "\n\n", p))
        out, last, delta = [], 0, 0
        for at, piece, p in inserted:
            out.append(t[last:at])
            pos = at + delta
            p.target_span = (pos + 2, pos + len(piece) - 2)
            out.append(piece)
            delta += len(piece)
            shifts.setdefault(dst, []).append((at, len(piece)))
            last = at
        out.append(t[last:])
        new[dst] = "".join(out)
    for p in plants:
        s0, s1 = p.source_span
        d0 = sum(n for at, n in shifts.get(p.source, []) if at <= s0)
        d1 = sum(n for at, n in shifts.get(p.source, []) if at < s1)
        p.source_span = (s0 + d0, s1 + d1)
    corpus = Corpus([(i, new[i]) for i in ids], plants)
    if noise:
        # Added at the ends, after planting: no planted span moves.
        for k, i in enumerate(ids):
            lines = []
            if rng.random() < 0.2:
                lines.append(rng.choice(BOILERPLATE))
            if rng.random() < 0.33:
                day, month = rng.choice(WEEKDAYS), rng.choice(MONTHS)
                lines.append(f"آخر تحديث: {day} {rng.choice((3, 14))} {month} {rng.choice((2019, 2021))}")
            t = new[i]
            for line in lines:
                t += "\n\n"
                corpus.noise.setdefault(i, []).append((len(t), len(t) + len(line)))
                t += line
            corpus.docs[k] = (i, t)
    return corpus


def _words(text: str) -> list[str]:
    return [w for w in NOT_WORD.sub(" ", DIACRITICS.sub("", text)).split() if w]


def really_shared(a: str, b: str) -> bool:
    """Whether two spans share text: matching blocks of 3+ words cover at least half
    of the shorter one (difflib, no isnad)."""
    wa, wb = _words(a), _words(b)
    if not wa or not wb:
        return False
    blocks = difflib.SequenceMatcher(None, wa, wb, autojunk=False).get_matching_blocks()
    shared = sum(m.size for m in blocks if m.size >= 3)
    return shared >= 0.5 * min(len(wa), len(wb))


def _overlaps(x: tuple[int, int], y: tuple[int, int]) -> bool:
    return x[0] < y[1] and y[0] < x[1]


def _mostly_noise(corpus: Corpus, doc: str, span: tuple[int, int]) -> bool:
    """Whether half of `span` or more lies in the noise lines added to `doc`."""
    inside = sum(max(0, min(span[1], e) - max(span[0], s)) for s, e in corpus.noise.get(doc, []))
    return inside * 2 >= span[1] - span[0]


def noise_passages(corpus: Corpus, found: list[dict]) -> list[dict]:
    """Reported passages that lie mostly in the boilerplate or date lines added to
    either of their documents: sharing those is no reuse."""
    return [
        r
        for r in found
        if _mostly_noise(corpus, r["a"], (r["a_start"], r["a_end"]))
        or _mostly_noise(corpus, r["b"], (r["b_start"], r["b_end"]))
    ]


@dataclass
class Score:
    recall: float
    precision: float
    planted: int
    found_planted: int
    pairs: int
    false_pairs: list[tuple[str, str]]


def score(corpus: Corpus, found: list[dict]) -> Score:
    """Recall of planted pairs and precision of reported pairs (see the module doc)."""
    texts = dict(corpus.docs)
    by_pair: dict[tuple[str, str], list[dict]] = {}
    for r in found:
        by_pair.setdefault((r["a"], r["b"]), []).append(r)
        by_pair.setdefault((r["b"], r["a"]), []).append(
            dict(r, a=r["b"], b=r["a"], a_start=r["b_start"], a_end=r["b_end"], b_start=r["a_start"], b_end=r["a_end"])
        )
    hit = 0
    planted_pairs = set()
    for p in corpus.plants:
        planted_pairs.add(frozenset((p.source, p.target)))
        if any(
            _overlaps((r["a_start"], r["a_end"]), p.source_span) and _overlaps((r["b_start"], r["b_end"]), p.target_span)
            for r in by_pair.get((p.source, p.target), [])
        ):
            hit += 1
    pairs = {frozenset((r["a"], r["b"])) for r in found}
    false = []
    for pair in pairs:
        if pair in planted_pairs:
            continue
        a, b = sorted(pair)
        if not any(
            really_shared(texts[r["a"]][r["a_start"]:r["a_end"]], texts[r["b"]][r["b_start"]:r["b_end"]])
            and not _mostly_noise(corpus, r["a"], (r["a_start"], r["a_end"]))
            and not _mostly_noise(corpus, r["b"], (r["b_start"], r["b_end"]))
            for r in by_pair[(a, b)]
        ):
            false.append((a, b))
    n = len(corpus.plants)
    return Score(
        recall=hit / n if n else 1.0,
        precision=1 - len(false) / len(pairs) if pairs else 1.0,
        planted=n,
        found_planted=hit,
        pairs=len(pairs),
        false_pairs=sorted(false),
    )


def write_jsonl(corpus: Corpus, path: str) -> None:
    with open(path, "w", encoding="utf-8") as f:
        for i, t in corpus.docs:
            f.write(json.dumps({"id": i, "text": t}, ensure_ascii=False) + "\n")


def local_spark(app: str, partitions: int, **config: str):
    """A quiet Spark session on `local[2]` (no UI, no progress bar, `partitions`
    shuffle partitions), with this Python as the driver's and the workers'; for the Spark test
    and the reuse bench."""
    import sys

    from pyspark.sql import SparkSession

    os.environ["PYSPARK_PYTHON"] = sys.executable
    os.environ["PYSPARK_DRIVER_PYTHON"] = sys.executable
    builder = (
        SparkSession.builder.master("local[2]")
        .appName(app)
        .config("spark.sql.shuffle.partitions", str(partitions))
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
    )
    for key, value in config.items():
        builder = builder.config(key, value)
    session = builder.getOrCreate()
    session.sparkContext.setLogLevel("ERROR")
    return session
