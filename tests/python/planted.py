"""A corpus with planted text reuse, built from the Arabic Wikipedia sample, and an
honest score of what a reuse finder reports on it.

Planting: a run of whole sentences (60 to 200 words) of a random source article is
copied, lightly edited, into a random target article at a paragraph break. About one
word in ten is edited: a conjunction و glued on, a hamza seat or teh marbuta
spelled otherwise, a word replaced by another of the source, or a word dropped.

Scoring: a planted pair is found when a reported passage joins its two articles with
spans overlapping the planted ones. A reported pair that was not planted is false
unless its two spans really share text, judged without isnad: difflib's matching
blocks of at least three words (after stripping punctuation and diacritics) cover
at least half of the shorter span. Wikipedia articles do share text (templates,
stock sentences), and planted copies of one source make their targets share it too;
both count as real, and nothing else does.
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


def _edit(rng: random.Random, words: list[str], rate: float) -> list[str]:
    out = []
    for w in words:
        r = rng.random()
        if r >= rate or not re.search(r"[\u0621-\u064a]", w):
            out.append(w)
            continue
        k = rng.randrange(5)
        if k == 0 and not w.startswith("و"):
            out.append("و" + w)
        elif k == 1 and re.search("[أإآ]", w):
            out.append(re.sub("[أإآ]", "ا", w))
        elif k == 2 and w.endswith("ة"):
            out.append(w[:-1] + "ه")
        elif k == 3:
            out.append(rng.choice(words))
        elif k == 4:
            continue
        else:
            out.append(w)
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


def build(
    n_articles: int, n_plants: int, seed: int = 1, rate: float = 0.1, words: tuple[int, int] = (60, 200)
) -> Corpus:
    """`n_articles` Wikipedia articles with `n_plants` passages copied between random
    pairs of them (seeded: the same arguments give the same corpus); each copy is a
    run of whole sentences of `words[0]` to `words[1]` words."""
    rng = random.Random(seed)
    arts = load_articles(n_articles)
    texts = {a["id"]: a["text"] for a in arts}
    ids = [a["id"] for a in arts]
    plants: list[Plant] = []
    pairs = set()
    targets: dict[str, list[tuple[int, str, Plant]]] = {}
    tries = 0
    while len(plants) < n_plants and tries < 100 * n_plants:
        tries += 1
        src, dst = rng.sample(ids, 2)
        if (src, dst) in pairs or (dst, src) in pairs:
            continue
        text = texts[src]
        # Sentence starts, as code point offsets.
        starts = [0] + [m.end() for m in SENTENCE_END.finditer(text)]
        want = rng.randint(*words)
        i = rng.randrange(len(starts))
        j = i
        while j < len(starts) and len(text[starts[i]:starts[j]].split()) < want:
            j += 1
        end = starts[j] if j < len(starts) else len(text)
        chunk = text[starts[i]:end].strip()
        if not (words[0] <= len(chunk.split()) <= words[1] + 60):
            continue
        s0 = text.index(chunk, starts[i])
        copy = " ".join(_edit(rng, chunk.split(), rate))
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
