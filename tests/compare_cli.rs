//! `isnad compare` and `isnad quotes` as users run them.
#![cfg(not(target_arch = "wasm32"))]

mod common;

/// `isnad args…` with nothing on standard input.
fn isnad(args: &[&str]) -> std::process::Output {
    common::isnad(args, b"")
}

fn scratch(name: &str, text: &str) -> String {
    let dir = std::env::temp_dir().join(format!("isnad-compare-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p.to_string_lossy().into_owned()
}

const WIRE: &str = "وأعلنت وزارة الدفاع في بيان رسمي أن المناورات البحرية المشتركة ستبدأ صباح الأحد \
قبالة السواحل الشرقية بمشاركة عشرين سفينة حربية وأربع غواصات، وأوضحت أن التدريبات تستمر أسبوعا.";

#[test]
fn compare_json_counts_code_points_and_a_is_the_first_file() {
    let a = format!("😀 مقدمة قصيرة جدا هنا.\n{WIRE}");
    let b = format!("{WIRE}\nخاتمة مختلفة تماما عن الأولى.");
    let (pa, pb) = (scratch("a.txt", &a), scratch("b.txt", &b));
    let o = isnad(&["compare", &pa, &pb, "--json"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let p = &v["passages"][0];
    let cp = |t: &str, s: &serde_json::Value| -> String {
        let (s, e) = (s["start"].as_u64().unwrap() as usize, s["end"].as_u64().unwrap() as usize);
        t.chars().skip(s).take(e - s).collect()
    };
    assert!(cp(&a, &p["a"]).starts_with("وأعلنت"), "{}", cp(&a, &p["a"]));
    assert!(cp(&b, &p["b"]).starts_with("وأعلنت"));
    assert!(v["similarity"]["containmentAb"].as_f64().unwrap() > 0.5);
    let rebuilt: String = v["diff"].as_array().unwrap().iter().map(|d| cp(&a, &d["a"])).collect();
    assert_eq!(rebuilt, a);
    // Text output names the scores and shows the diff.
    let o = isnad(&["compare", &pa, &pb, "--level", "exact"]);
    let out = String::from_utf8(o.stdout).unwrap();
    assert!(out.starts_with("shared (words inside reused passages): "), "{out}");
    assert!(out.contains("\nsimilarity: containment a in b"));
    assert!(out.contains(" verbatim 1.00: وأعلنت"), "{out}");
    // Further files are the other reports: the same passage, the same shared share.
    let pc = scratch("c2.txt", "خبر آخر عن المناورات البحرية المشتركة قبالة السواحل الشرقية.");
    let o = isnad(&["compare", &pa, &pb, &pc, "--json", "--no-diff"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let w: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(w["passages"].as_array().unwrap().len(), 1);
    assert!(v["similarity"]["shared"].as_f64().unwrap() > 0.5);
    assert!(out.contains("[-😀 مقدمة قصيرة جدا هنا.-]"), "{out}");
}

#[test]
fn compare_usage_errors() {
    let pa = scratch("c.txt", "نص");
    let o = isnad(&["compare", &pa]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("two files"));
    let o = isnad(&["compare", &pa, &pa, "--level", "fuzzy"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("nameKey"));
}

#[test]
fn quotes_prints_speakers_and_json() {
    let text = "😀 وقال الوزير سامح شكري: «لن نقبل بأي حل لا يضمن وقف إطلاق النار».";
    let p = scratch("q.txt", text);
    let o = isnad(&["quotes", &p]);
    assert!(o.status.success());
    assert_eq!(String::from_utf8(o.stdout).unwrap(), "سامح شكري (الوزير) [وقال]: لن نقبل بأي حل لا يضمن وقف إطلاق النار\n");
    let o = isnad(&["quotes", "--json", &p]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let q = &v[0];
    let (s, e) = (q["textStart"].as_u64().unwrap() as usize, q["textEnd"].as_u64().unwrap() as usize);
    let got: String = text.chars().skip(s).take(e - s).collect();
    assert_eq!(got, q["text"].as_str().unwrap());
    assert_eq!(q["speaker"]["name"], "سامح شكري");
    assert_eq!(q["cue"]["position"], "before");
}

/// `isnad quotes` reads the text with the names the entity finder marks, as `analyze`
/// reads each article: the speaker's name ends where the person's does, before the
/// verb's object (وصف السفير فلان القرار بأنه), which the quote finder alone would take
/// into the name.
#[test]
fn quotes_reads_the_names_the_entity_finder_marks() {
    let text = "بدوره، وصف السفير الروسي لدى الأمم المتحدة فاسيلي نيبينزيا القرار بأنه \"خطوة في الاتجاه الصحيح\".";
    assert_ne!(isnad::compare::quotes(text)[0].speaker.as_ref().and_then(|s| s.name.as_deref()), Some("فاسيلي نيبينزيا"), "the quote finder alone");
    let p = scratch("q2.txt", text);
    let o = isnad(&["quotes", "--json", &p]);
    assert!(o.status.success());
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v[0]["speaker"]["name"], "فاسيلي نيبينزيا", "{v}");
}
