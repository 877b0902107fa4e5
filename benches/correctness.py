#!/usr/bin/env python3
"""Where the peers' normalization loses or changes information that isnad keeps.

    python3 benches/correctness.py [--json]

Prints a Markdown table (for the README): for each input, isnad's `search`
normalization (the release CLI, `target/release/isnad normalize --jsonl`, built if
needed), the CAMeL Tools pipeline of the benchmark (normalize_unicode, dediac_ar,
normalize_alef_ar, normalize_alef_maksura_ar, normalize_teh_marbuta_ar), CAMeL's
`arclean` character map (what its cleaning tools apply to Persian-typed text), and the
PyArabic pipeline (strip_tashkeel, strip_tatweel, normalize_alef, normalize_teh).
Runs in the virtual environment of benches/peers.py (created if needed).

Invisible characters are shown escaped (⟨U+200F⟩). A cell is marked ✗ when the output
keeps what the row is about, or changes a word into another one; the last column
says what goes wrong. Every mark is computed from the outputs, not written in.
"""

import json
import subprocess
import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from peers import ROOT, ensure_venv  # noqa: E402

INVISIBLE = set(range(0x200B, 0x2010)) | {0x061C, 0xFEFF, 0x00AD} | set(range(0x202A, 0x202F)) | set(range(0x2066, 0x206A))


def show(s):
    out = []
    for c in s:
        if ord(c) in INVISIBLE or (unicodedata.category(c) in ("Zs", "Cc") and c != " "):
            out.append(f"⟨U+{ord(c):04X}⟩")
        else:
            out.append(c)
    return "".join(out).replace("|", "\\|")


# (what the row is about, input, check): check(output) is True when the output is
# right. Checks look only at the property the row is about.
def no_chars(chars):
    return lambda out: not any(c in out for c in chars)


CASES = [
    (
        "medial Persian yeh ی (U+06CC) is a yeh",
        "کوریا الشمالیة",
        lambda out: "\u0649" not in out and "\u06cc" not in out and out.startswith("\u0643\u0648\u0631\u064a\u0627"),
        "keeps ی, or makes it alef maksura ى inside the word (كورىا)",
    ),
    ("Persian kaf ک (U+06A9) is kaf ك", "کتاب", no_chars("\u06a9"), "keeps ک: no match with كتاب"),
    ("final Persian yeh: فی = في", "فی الشمال", lambda out: out.startswith("\u0641\u064a"), "keeps ی or makes ى"),
    (
        "alef maksura stays a yeh-like letter: على ≠ علا",
        "على",
        lambda out: out in ("\u0639\u0644\u064a", "\u0639\u0644\u0649"),
        "على (on) becomes علا (rose)",
    ),
    ("presentation forms and ligatures", "ﺑﺴﻢ ﷲ ﻻ", no_chars("".join(chr(c) for c in range(0xFB50, 0xFEFD))), "keeps presentation forms: no match"),
    ("ligature ﷺ", "محمد ﷺ", lambda out: "\ufdfa" not in out and "\u0627\u0644\u0644\u0647" in out, "keeps the ligature, or deletes it"),
    (
        "invisible characters (RLM, ZWNJ, ZWSP, BOM, soft hyphen)",
        "\ufeffالرئيس\u200f بو\u200cتين\u200b قال\u00ad",
        lambda out: not any(chr(c) in out for c in INVISIBLE) and "\u0628\u0648\u062a\u064a\u0646" in out,
        "keeps invisible characters inside words, or cuts بوتين in two",
    ),
    ("tatweel", "الـــرئيـس", no_chars("\u0640"), "keeps tatweel"),
    ("Arabic-Indic and Persian digits", "٢٠٢٣ و ۱۴۰۲", lambda out: "2023" in out and "1402" in out, "keeps ٠-٩ / ۰-۹: no match with 2023"),
    ("decomposed alef with madda (ا + U+0653)", "\u0627\u0653\u0645\u0646", lambda out: out.startswith("\u0627\u0645"), "keeps the madda"),
    ("no-break and other Unicode spaces", "بوتين\u00a0\u00a0و\u2003شي", lambda out: "\u00a0" not in out and "\u2003" not in out, "keeps NBSP / em space"),
]


def ours(texts):
    subprocess.run(["cargo", "build", "--release", "--quiet", "--bin", "isnad"], cwd=ROOT, check=True)
    lines = "".join(json.dumps({"id": i, "text": t}, ensure_ascii=False) + "\n" for i, t in enumerate(texts))
    r = subprocess.run(
        [str(ROOT / "target" / "release" / "isnad"), "normalize", "--jsonl"],
        input=lines, capture_output=True, text=True, check=True,
    )
    return [json.loads(line) for line in r.stdout.splitlines()]


def main():
    ensure_venv(__file__)
    from camel_tools.utils.charmap import CharMapper
    from camel_tools.utils.dediac import dediac_ar
    from camel_tools.utils.normalize import (
        normalize_alef_ar,
        normalize_alef_maksura_ar,
        normalize_teh_marbuta_ar,
        normalize_unicode,
    )
    from pyarabic import araby

    arclean = CharMapper.builtin_mapper("arclean")

    def camel(s):
        return normalize_teh_marbuta_ar(normalize_alef_maksura_ar(normalize_alef_ar(dediac_ar(normalize_unicode(s)))))

    def pyarabic(s):
        return araby.normalize_teh(araby.normalize_alef(araby.strip_tatweel(araby.strip_tashkeel(s))))

    isnad = ours([c[1] for c in CASES])
    rows = []
    for (what, text, ok, wrong), mine in zip(CASES, isnad):
        outs = {"isnad": mine["text"], "CAMeL": camel(text), "CAMeL arclean": arclean(text), "PyArabic": pyarabic(text)}
        rows.append({"what": what, "input": text, "outputs": outs, "ok": {k: bool(ok(v)) for k, v in outs.items()}, "wrong": wrong})

    # Offsets: isnad maps every normalized character back; the peers return strings.
    text = "قالَ الرئيـــسُ\u200f  الروسيُّ"
    mine = ours([text])[0]
    words, start = [], 0
    for i, c in enumerate(mine["text"] + " "):
        if c == " ":
            words.append((start, i))
            start = i + 1
    s, e = words[1]
    span = text[mine["starts"][s] : mine["ends"][e - 1]]

    if "--json" in sys.argv:
        print(json.dumps({"rows": rows, "offsets": {"input": text, "word": mine["text"][s:e], "original": span}}, ensure_ascii=False))
        return
    engines = ["isnad", "CAMeL", "CAMeL arclean", "PyArabic"]
    print("| case | input | " + " | ".join(engines) + " | what goes wrong |")
    print("|---|---|" + "---|" * len(engines) + "---|")
    for r in rows:
        cells = [f"{show(r['outputs'][k])} {'✓' if r['ok'][k] else '✗'}" for k in engines]
        print(f"| {r['what']} | {show(r['input'])} | " + " | ".join(cells) + f" | {r['wrong']} |")
    print(
        f"| offsets back to the original | {show(text)} | word 2 {show(mine['text'][s:e])} ← {show(span)} "
        f"(code points {mine['starts'][s]}–{mine['ends'][e - 1]}) ✓ | no offsets ✗ | no offsets ✗ | no offsets ✗ "
        "| the peers return a string only: a match cannot be shown in the original |"
    )
    bad = {k: sum(not r["ok"][k] for r in rows) for k in engines}
    print()
    print("cases wrong: " + ", ".join(f"{k} {v}/{len(rows)}" for k, v in bad.items()))


if __name__ == "__main__":
    main()
