//! `isnad reuse --jsonl` as users run it: one JSON line per shared passage with code
//! point offsets, and clear errors naming the input line.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::isnad;

/// An invented agency dispatch, copied with light edits into a second report.
const DISPATCH: &str = "أعلنت هيئة الأرصاد الجوية في مدينة الساحل الشرقي أن عاصفة رملية قوية ستضرب المنطقة \
مساء الخميس، ودعت السكان إلى البقاء في منازلهم وإغلاق النوافذ. وقال المتحدث باسم الهيئة سامر \
الخطيب إن سرعة الرياح قد تتجاوز تسعين كيلومترا في الساعة، وإن مدى الرؤية سينخفض إلى أقل من مئة \
متر على الطرق السريعة. وأضاف أن فرق الدفاع المدني وضعت في حالة تأهب قصوى، وأن المدارس ستغلق \
أبوابها يوم الجمعة احتياطا.";

const EDITED: &str = "اعلنت هيئة الارصاد الجوية في مدينة الساحل الشرقي أن عاصفة رملية شديدة ستضرب المنطقة \
مساء الخميس، ودعت السكان الى البقاء في منازلهم واغلاق النوافذ. وقال المتحدث باسم الهيئة سامر \
الخطيب ان سرعة الرياح قد تتجاوز تسعين كيلومترا في الساعة، وان مدى الرؤية سينخفض إلى أقل من مئة \
متر على الطرق السريعة. وأضاف أن فرق الدفاع المدني وضعت في حالة تأهب قصوى.";

const OTHER: &str = "افتتح المعرض الدولي للكتاب دورته الجديدة بمشاركة أكثر من ثلاثمئة دار نشر من عشرين \
دولة، وخصص جناحا لأدب الأطفال وآخر للترجمة. وقالت مديرة المعرض إن عدد الزوار في اليوم الأول فاق \
التوقعات، وإن برنامج الندوات يضم أمسيات شعرية ولقاءات مع روائيين شبان.";

fn line(id: &str, text: &str) -> String {
    serde_json::json!({"id": id, "text": text}).to_string() + "\n"
}

#[test]
fn reuse_prints_shared_passages_with_code_point_offsets() {
    let a = format!("😀 خبر عاجل 🌪️\n\n{DISPATCH}");
    let b = format!("{OTHER}\n\n{EDITED}\n\nتابعونا 👍");
    let input = line("a", &a) + &line("other", OTHER) + &line("b", &b);
    let o = isnad(&["reuse", "--jsonl"], &input);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let out: Vec<serde_json::Value> =
        String::from_utf8(o.stdout).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert!(!out.is_empty(), "no passage found");
    for r in &out {
        let keys: Vec<&str> = r.as_object().unwrap().keys().map(|k| k.as_str()).collect();
        for k in ["a", "b", "a_start", "a_end", "b_start", "b_end", "score", "kind"] {
            assert!(keys.contains(&k), "{k} missing in {r}");
        }
    }
    // The dispatch is found in a and b (the shared book-fair sentence of `other` is
    // too short to count), with offsets counting code points.
    let r = out.iter().find(|r| r["a"] == "a" && r["b"] == "b").expect("a and b share the dispatch");
    let slice = |t: &str, s: &serde_json::Value, e: &serde_json::Value| -> String {
        t.chars().skip(s.as_u64().unwrap() as usize).take((e.as_u64().unwrap() - s.as_u64().unwrap()) as usize).collect()
    };
    let sa = slice(&a, &r["a_start"], &r["a_end"]);
    let sb = slice(&b, &r["b_start"], &r["b_end"]);
    assert!(sa.starts_with("أعلنت هيئة") && sa.contains("حالة تأهب"), "{sa}");
    assert!(sb.starts_with("اعلنت هيئة") && sb.contains("حالة تأهب"), "{sb}");
    assert!(r["score"].as_f64().unwrap() > 0.6);
    // --stats: the pairs LSH gave (a and b; other and b, which share the book fair)
    // and those with a region to align; a and other share nothing.
    let o = isnad(&["reuse", "--jsonl", "--stats"], &input);
    let e = String::from_utf8(o.stderr).unwrap();
    assert_eq!(e.trim(), "3 documents, 2 pairs by MinHash LSH, 2 with a region to align");
}

#[test]
fn reuse_reads_a_file_and_ignores_other_fields() {
    let dir = std::env::temp_dir().join(format!("isnad-reuse-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("corpus.jsonl");
    let input = serde_json::json!({"id": 1, "title": "t", "text": DISPATCH}).to_string()
        + "\n\n"
        + &serde_json::json!({"id": 2, "title": "u", "text": EDITED}).to_string();
    std::fs::write(&path, input).unwrap();
    let o = isnad(&["reuse", "--jsonl", path.to_str().unwrap()], "");
    std::fs::remove_dir_all(&dir).ok();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let first: serde_json::Value = serde_json::from_str(String::from_utf8(o.stdout).unwrap().lines().next().unwrap()).unwrap();
    // Numeric ids come back as numbers.
    assert_eq!((&first["a"], &first["b"]), (&serde_json::json!(1), &serde_json::json!(2)));
}

fn error_of(input: &str, args: &[&str]) -> (Option<i32>, String) {
    let o = isnad(args, input);
    (o.status.code(), String::from_utf8_lossy(&o.stderr).into_owned())
}

#[test]
fn reuse_errors_name_the_line() {
    let good = line("a", "نص");
    let (code, e) = error_of(&(good.clone() + "{\"id\": \"b\", \"text\": \n"), &["reuse", "--jsonl"]);
    assert_eq!(code, Some(1));
    assert!(e.contains("line 2: not valid JSON"), "{e}");
    let (_, e) = error_of(&(good.clone() + "\n{\"text\": \"نص\"}\n"), &["reuse", "--jsonl"]);
    assert!(e.contains("line 3: missing \"id\""), "{e}");
    let (_, e) = error_of(&(good.clone() + "{\"id\": \"c\"}\n"), &["reuse"]);
    assert!(e.contains("line 2: missing \"text\""), "{e}");
    let (_, e) = error_of(&(good.clone() + &line("b", "x") + &line("a", "y")), &["reuse", "--jsonl"]);
    assert!(e.contains("line 3: the id \"a\" was already used on line 1; ids must be unique"), "{e}");
    let (_, e) = error_of("[1]\n", &["reuse", "--jsonl"]);
    assert!(e.contains("line 1: expected an object"), "{e}");
    let (code, e) = error_of(&good, &["reuse", "--threads", "0"]);
    assert_eq!(code, Some(2));
    assert!(e.contains("--threads takes a whole number of at least 1"), "{e}");
    let (code, e) = error_of(&good, &["reuse", "--options", "{\"min_shared\": 0}"]);
    assert_eq!(code, Some(2));
    assert!(e.contains("min_shared must be between 1 and 100, got 0"), "{e}");
    let (code, e) = error_of(&good, &["reuse", "--options", "{\"bands\": 65}"]);
    assert_eq!(code, Some(2));
    assert!(e.contains("bands must be between 1 and 64, got 65"), "{e}");
}
