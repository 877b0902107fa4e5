//! Planted reuse in a synthetic corpus: documents of random words from a vocabulary,
//! some with a passage of another copied in, lightly edited (a clitic added, a
//! spelling changed, a word replaced or dropped).

use super::*;

const VOCAB: &str = "\
حكومة وزير رئيس برلمان مدينة قرية شارع مستشفى مدرسة جامعة طالب معلم طبيب مريض \
سيارة قطار طائرة مطار ميناء سفينة نهر بحر جبل صحراء غابة مزرعة قمح شعير زيتون \
نخيل ماء كهرباء طريق جسر بناء مصنع عامل شركة سوق تاجر سعر دينار دولار ميزانية \
ضريبة قانون محكمة قاضي شرطة جيش حدود معاهدة سفير مؤتمر اتفاق انتخابات حزب نائب \
صحيفة مراسل تقرير خبر إذاعة تلفزيون كتاب مكتبة متحف تاريخ حضارة آثار مسجد كنيسة \
مهرجان فيلم مسرح موسيقى شاعر رواية لاعب فريق ملعب بطولة مباراة هدف مدرب جمهور \
مطر ثلج عاصفة زلزال فيضان حريق إنقاذ دفاع إسعاف ضحية جريح مفقود لاجئ مخيم \
غذاء دواء لقاح مرض وباء فحص علاج بحث علم مختبر تجربة نتيجة دراسة خطة مشروع \
استثمار تنمية زراعة صناعة تجارة تصدير استيراد نفط غاز فحم طاقة شمس رياح سد \
ذهب فضة حديد نحاس ملح سكر قطن صوف جلد خشب حجر رمل ورق قلم حاسوب هاتف شبكة";

/// A small deterministic generator (xorshift64*), enough for test corpora.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

fn sentence(rng: &mut Rng, vocab: &[&str]) -> Vec<String> {
    let n = 8 + rng.below(10);
    (0..n).map(|_| vocab[rng.below(vocab.len())].to_string()).collect()
}

fn document(rng: &mut Rng, vocab: &[&str], sentences: usize) -> Vec<Vec<String>> {
    (0..sentences).map(|_| sentence(rng, vocab)).collect()
}

fn join(doc: &[Vec<String>]) -> String {
    doc.iter().map(|s| s.join(" ") + ".").collect::<Vec<_>>().join(" ")
}

/// A light edit: about one word in twelve gets و, loses its hamza, is replaced or
/// is dropped.
fn edit(rng: &mut Rng, vocab: &[&str], s: &[String]) -> Vec<String> {
    let mut out = Vec::new();
    for w in s {
        match rng.below(48) {
            0 => out.push(format!("و{w}")),
            1 => out.push(w.replace('أ', "ا").replace('إ', "ا").replace('ة', "ه")),
            2 => out.push(vocab[rng.below(vocab.len())].to_string()),
            3 => {}
            _ => out.push(w.clone()),
        }
    }
    out
}

struct Corpus {
    docs: Vec<(String, String)>,
    /// (source, target) document numbers of planted copies.
    planted: Vec<(usize, usize)>,
}

fn corpus(n: usize, plants: usize, seed: u64) -> Corpus {
    let vocab: Vec<&str> = VOCAB.split_whitespace().collect();
    let mut rng = Rng(seed);
    let mut docs: Vec<Vec<Vec<String>>> = (0..n)
        .map(|_| {
            let k = 12 + rng.below(20);
            document(&mut rng, &vocab, k)
        })
        .collect();
    let mut planted = Vec::new();
    while planted.len() < plants {
        let (src, dst) = (rng.below(n), rng.below(n));
        if src == dst || planted.iter().any(|&(a, b)| (a, b) == (src, dst) || (a, b) == (dst, src)) {
            continue;
        }
        // Five to eight sentences (about 60 to 130 words) of the source.
        let len = 5 + rng.below(4);
        let from = rng.below(docs[src].len().saturating_sub(len).max(1));
        let copy: Vec<Vec<String>> =
            docs[src][from..(from + len).min(docs[src].len())].iter().map(|s| edit(&mut rng, &vocab, s)).collect();
        let at = rng.below(docs[dst].len() + 1);
        docs[dst].splice(at..at, copy);
        planted.push((src, dst));
    }
    Corpus { docs: docs.iter().enumerate().map(|(i, d)| (format!("doc{i}"), join(d))).collect(), planted }
}

/// Every passage `reuse` finds in the corpus with the default options.
fn run(c: &Corpus, unit: Unit, threads: usize) -> Vec<Reused> {
    let mut found: Vec<Reused> = Vec::new();
    reuse(c.docs.iter().map(|(i, t)| (i.as_str(), t.as_str())), ReuseOptions::default(), unit, threads, |r| {
        found.push(r);
        Ok(())
    })
    .unwrap();
    found
}

/// The number of document `docN`.
fn num(id: &str) -> usize {
    id[3..].parse().unwrap()
}

/// The pairs of document numbers the passages join.
fn doc_pairs(found: &[Reused]) -> std::collections::BTreeSet<(usize, usize)> {
    found.iter().map(|r| (num(&r.a), num(&r.b))).collect()
}

#[test]
fn planted_copies_are_found_and_nothing_else() {
    let c = corpus(300, 40, 0x1234_5678_9abc_def1);
    let found = run(&c, Unit::Byte, 2);
    let pairs = doc_pairs(&found);
    let planted: std::collections::BTreeSet<(usize, usize)> =
        c.planted.iter().map(|&(x, y)| (x.min(y), x.max(y))).collect();
    let hits = planted.intersection(&pairs).count();
    assert!(hits as f64 >= 0.95 * planted.len() as f64, "recall {hits}/{}", planted.len());
    // Random word salad shares no passage: every pair found is planted (or both
    // documents received the same source passage).
    let shares_source = |x: usize, y: usize| {
        c.planted.iter().any(|&(s, d)| d == x && c.planted.iter().any(|&(s2, d2)| d2 == y && s2 == s))
    };
    for &(x, y) in &pairs {
        assert!(planted.contains(&(x, y)) || shares_source(x, y), "pair {x} {y} was not planted");
    }
    // Spans are byte ranges of the texts, on character boundaries.
    for r in &found {
        let a = &c.docs[num(&r.a)].1;
        assert!(a.is_char_boundary(r.a_start) && a.is_char_boundary(r.a_end) && r.a_start < r.a_end);
    }
}

#[test]
fn candidates_are_far_fewer_than_all_pairs() {
    let c = corpus(300, 40, 7);
    let mut index = Index::new(ReuseOptions::default()).unwrap();
    for (id, t) in &c.docs {
        index.add(id, t).unwrap();
    }
    let cands = index.candidates().unwrap();
    assert!(cands.len() < 4 * c.planted.len(), "{} candidates for {} planted", cands.len(), c.planted.len());
    assert!(cands.windows(2).all(|w| (w[0].a, w[0].b) < (w[1].a, w[1].b)) && cands.iter().all(|c| c.a < c.b));
    assert!(cands.iter().all(|c| !c.regions.is_empty()));
}

#[test]
fn ids_are_checked() {
    let mut index = Index::new(ReuseOptions::default()).unwrap();
    index.add("x", "نص").unwrap();
    assert_eq!(
        index.add("x", "نص آخر").unwrap_err().to_string(),
        "documents 0 and 1 have the same id \"x\"; ids must be unique"
    );
    assert_eq!(index.add("", "نص").unwrap_err().to_string(), "document 1 has an empty id");
}

#[test]
fn options_are_checked_with_clear_messages() {
    assert!(ReuseOptions::from_json("{}").is_ok());
    let e = ReuseOptions::from_json(r#"{"max_df": 1}"#).unwrap_err().to_string();
    assert!(e.contains("max_df must be between 2 and 10000, got 1"), "{e}");
    let e = ReuseOptions::from_json(r#"{"bandz": 3}"#).unwrap_err().to_string();
    assert!(e.starts_with("invalid reuse options: unknown field `bandz`"), "{e}");
}

#[test]
fn spool_gives_back_each_text() {
    let mut s = Spool::new().unwrap();
    for t in ["أ", "", "نص 😀 طويل"] {
        s.push(t).unwrap();
    }
    assert_eq!(s.get(2).unwrap(), "نص 😀 طويل");
    assert_eq!(s.get(0).unwrap(), "أ");
    s.push("بعد").unwrap();
    assert_eq!(s.get(1).unwrap(), "");
    assert_eq!(s.get(3).unwrap(), "بعد");
    assert!(s.get(4).is_err());
}


#[test]
fn threads_give_the_same_passages() {
    let c = corpus(120, 12, 99);
    let one = run(&c, Unit::CodePoint, 1);
    assert!(!one.is_empty());
    assert_eq!(one, run(&c, Unit::CodePoint, 3));
}

/// Lines no reuse finder should pair documents by: a disclaimer, a copyright and a
/// date line, each added to several documents of the corpus.
const BOILERPLATE: [&str; 3] = [
    "الآراء الواردة في هذا المقال تعبر عن رأي كاتبها ولا تعكس بالضرورة موقف الموقع أو سياسته التحريرية.",
    "جميع الحقوق محفوظة ولا يجوز نسخ هذا المحتوى أو إعادة نشره دون إذن كتابي مسبق من الناشر.",
    "آخر تحديث: الخميس 14 مارس 2019 الساعة 10:30",
];

#[test]
fn boilerplate_and_date_lines_pair_nobody() {
    let mut c = corpus(120, 10, 0x5eed);
    // Every third document that received no copy gets the lines (three or more
    // documents share each); planted copies are still found.
    let planted: std::collections::BTreeSet<usize> = c.planted.iter().flat_map(|&(a, b)| [a, b]).collect();
    let noisy: Vec<usize> = (0..c.docs.len()).filter(|d| d % 3 == 0 && !planted.contains(d)).collect();
    assert!(noisy.len() > 20);
    for (k, &d) in noisy.iter().enumerate() {
        let line = BOILERPLATE[k % 2];
        c.docs[d].1 = format!("{}\n\n{line}\n\n{}", c.docs[d].1, BOILERPLATE[2]);
    }
    let found = run(&c, Unit::Byte, 2);
    let pairs = doc_pairs(&found);
    for &(a, b) in &pairs {
        assert!(!(noisy.contains(&a) && noisy.contains(&b)), "{a} and {b} share only boilerplate");
    }
    let hits = c.planted.iter().filter(|&&(x, y)| pairs.contains(&(x.min(y), x.max(y)))).count();
    assert!(hits * 10 >= c.planted.len() * 9, "recall {hits}/{}", c.planted.len());
}

/// Document pairs the LSH step alone gives for `docs` with options `o`.
fn lsh(docs: &[(String, String)], o: ReuseOptions) -> std::collections::BTreeSet<(usize, usize)> {
    let mut index = Index::new(o).unwrap();
    for (id, t) in docs {
        index.add(id, t).unwrap();
    }
    index.lsh_pairs().unwrap().into_iter().map(|(a, b)| (a as usize, b as usize)).collect()
}

#[test]
fn candidates_come_from_minhash_lsh() {
    let c = corpus(300, 40, 0x0dd_ba11);
    let pairs = lsh(&c.docs, ReuseOptions::default());
    let planted: std::collections::BTreeSet<(usize, usize)> =
        c.planted.iter().map(|&(x, y)| (x.min(y), x.max(y))).collect();
    let hits = planted.intersection(&pairs).count();
    assert!(hits as f64 >= 0.95 * planted.len() as f64, "LSH recall {hits}/{}", planted.len());
    // Word salad of a small vocabulary shares chance shingles; LSH pairs few of them.
    let all = c.docs.len() * (c.docs.len() - 1) / 2;
    assert!(pairs.len() * 100 < all, "{} LSH pairs of {all}", pairs.len());
    // Every candidate to align is an LSH pair: the shingles shared only choose regions.
    let mut index = Index::new(ReuseOptions::default()).unwrap();
    for (id, t) in &c.docs {
        index.add(id, t).unwrap();
    }
    let cands = index.candidates().unwrap();
    assert!(!cands.is_empty());
    assert!(cands.iter().all(|x| pairs.contains(&(x.a as usize, x.b as usize))));
}

/// Of `trials` documents pairs sharing one sentence of 15 to 20 content words (one
/// word in ten replaced) pasted into other text, how many LSH pairs with options `o`.
fn sentence_collisions(o: ReuseOptions, trials: usize) -> usize {
    let vocab: Vec<&str> = VOCAB.split_whitespace().collect();
    let mut rng = Rng(0xfeed);
    let mut found = 0;
    for t in 0..trials {
        let a: Vec<String> = (0..200).map(|_| vocab[rng.below(vocab.len())].to_string()).collect();
        let mut b: Vec<String> = (0..200).map(|_| vocab[rng.below(vocab.len())].to_string()).collect();
        let len = 15 + rng.below(6);
        let from = rng.below(200 - len);
        let copy: Vec<String> = a[from..from + len]
            .iter()
            .map(|w| if rng.below(10) == 0 { vocab[rng.below(vocab.len())].to_string() } else { w.clone() })
            .collect();
        let at = rng.below(200);
        b.splice(at..at, copy);
        let docs = vec![(format!("a{t}"), a.join(" ")), (format!("b{t}"), b.join(" "))];
        found += lsh(&docs, o).contains(&(0, 1)) as usize;
    }
    found
}

/// A lightly edited sentence pasted into another document makes a candidate with the
/// default bands and rows; with one band of eight rows (a window must match whole)
/// most are lost: the S-curve, not chance, finds them.
#[test]
fn a_lightly_edited_sentence_is_a_candidate() {
    let found = sentence_collisions(ReuseOptions::default(), 200);
    assert!(found >= 180, "{found} of 200 copied sentences collided");
    let strict = sentence_collisions(ReuseOptions { bands: 1, rows: 8, ..ReuseOptions::default() }, 200);
    assert!(strict < 100, "{strict} of 200 collided in one band of eight rows");
}

#[test]
fn a_bucket_of_more_than_max_df_documents_pairs_nobody() {
    let vocab: Vec<&str> = VOCAB.split_whitespace().collect();
    let mut rng = Rng(42);
    let mut words = |n: usize| (0..n).map(|_| vocab[rng.below(vocab.len())]).collect::<Vec<_>>().join(" ");
    let (shared, other) = (words(40), words(40));
    // `k` documents carrying one passage (a template), and two sharing another.
    let docs = |k: usize| -> Vec<(String, String)> {
        let mut d: Vec<(String, String)> = (0..k).map(|i| (format!("t{i}"), shared.clone())).collect();
        d.push(("x".into(), other.clone()));
        d.push(("y".into(), other.clone()));
        d
    };
    let o = ReuseOptions { max_df: 4, ..ReuseOptions::default() };
    // Four documents share the template: its six pairs and the other pair; five: only
    // the other pair (documents 5 and 6).
    assert_eq!(lsh(&docs(4), o).len(), 7);
    assert_eq!(lsh(&docs(5), o).into_iter().collect::<Vec<_>>(), vec![(5, 6)]);
}

#[test]
fn lsh_options_are_checked() {
    let e = ReuseOptions::from_json(r#"{"bands": 0}"#).unwrap_err().to_string();
    assert_eq!(e, "invalid reuse options: bands must be between 1 and 64, got 0");
    let e = ReuseOptions::from_json(r#"{"rows": 9}"#).unwrap_err().to_string();
    assert_eq!(e, "invalid reuse options: rows must be between 1 and 8, got 9");
    let e = ReuseOptions::from_json(r#"{"window": 1}"#).unwrap_err().to_string();
    assert_eq!(e, "invalid reuse options: window must be between 2 and 64 shingles, got 1");
    let e = ReuseOptions::from_json(r#"{"bands": "many"}"#).unwrap_err().to_string();
    assert!(e.starts_with("invalid reuse options: invalid type: string \"many\", expected usize"), "{e}");
    assert!(ReuseOptions::from_json(r#"{"window": 12, "bands": 32, "rows": 3}"#).is_ok());
}
