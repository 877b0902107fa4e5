//! The JS API in a real browser (headless Chromium via `wasm-pack test`): UTF-16
//! offsets with astral characters, options, and errors instead of traps.
#![cfg(target_arch = "wasm32")]

use isnad::wasm as api;
use js_sys::{Array, Reflect, Uint32Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn get(obj: &JsValue, key: &str) -> JsValue {
    Reflect::get(obj, &JsValue::from_str(key)).unwrap()
}

/// `s.slice(a, b)` in JS terms.
fn js_slice(s: &str, a: u32, b: u32) -> String {
    js_sys::JsString::from(s).slice(a, b).as_string().unwrap()
}

fn opts(json: &str) -> Option<JsValue> {
    Some(js_sys::JSON::parse(json).unwrap())
}

#[wasm_bindgen_test]
fn normalize_maps_utf16_offsets_across_astral_characters() {
    let text = "😀 قالَ 𝐀 «کیم»";
    let r = api::normalize(JsValue::from_str(text), None).unwrap();
    let norm = get(&r, "text").as_string().unwrap();
    assert_eq!(norm, "😀 قال 𝐀 \"كيم\"".replace("𝐀", "a"));
    let starts: Vec<u32> = Uint32Array::from(get(&r, "starts")).to_vec();
    let ends: Vec<u32> = Uint32Array::from(get(&r, "ends")).to_vec();
    let units = js_sys::JsString::from(norm.as_str()).length();
    assert_eq!(starts.len() as u32, units, "one entry per UTF-16 unit of the output");
    // The emoji occupies units 0 and 1 of both strings.
    assert_eq!((starts[0], ends[1]), (0, 2));
    // قال: original includes the fatha.
    let s = 3usize;
    assert_eq!(js_slice(text, starts[s], ends[s + 2]), "قالَ");
    // Mathematical bold A (astral) folds to a and maps to its two units.
    let a_pos = norm.encode_utf16().position(|u| u == 'a' as u16).unwrap();
    assert_eq!(js_slice(text, starts[a_pos], ends[a_pos]), "𝐀");
    assert_eq!(js_slice(text, starts[starts.len() - 4], ends[starts.len() - 2]), "کیم");
}

#[wasm_bindgen_test]
fn normalized_text_is_decoded_exactly_from_utf16() {
    // The result text comes from UTF-16 code units in wasm memory: a leading U+FEFF is
    // text, not a byte order mark, and astral characters, lone long texts and the
    // empty string come out as they are.
    for text in ["\u{FEFF}a😀b", "", "𝐀😀\u{10FFFF}", &"قال 😀 ".repeat(5000)] {
        let r = api::normalize(JsValue::from_str(text), opts(r#"{"preset":"none"}"#)).unwrap();
        assert_eq!(get(&r, "text").as_string().unwrap(), text);
        let starts: Vec<u32> = Uint32Array::from(get(&r, "starts")).to_vec();
        let ends: Vec<u32> = Uint32Array::from(get(&r, "ends")).to_vec();
        // Identity map: each unit maps to its whole character (both units of 😀 to its two).
        let (mut es, mut ee) = (Vec::new(), Vec::new());
        let mut p = 0;
        for c in text.chars() {
            let w = c.len_utf16() as u32;
            for _ in 0..w {
                es.push(p);
                ee.push(p + w);
            }
            p += w;
        }
        assert!(starts == es && ends == ee, "identity map for preset none");
    }
}

#[wasm_bindgen_test]
fn tokenize_gives_utf16_spans_that_slice_exactly() {
    let text = "🇸🇦 وقال بوتين: «نعم» 59 كم";
    let tokens = Array::from(&api::tokenize(JsValue::from_str(text), None).unwrap());
    let mut words = Vec::new();
    for t in tokens.iter() {
        let s = get(&t, "start").as_f64().unwrap() as u32;
        let e = get(&t, "end").as_f64().unwrap() as u32;
        let shown = get(&t, "text").as_string().unwrap();
        assert_eq!(js_slice(text, s, e), shown);
        words.push(shown);
    }
    assert!(words.contains(&"بوتين".to_string()));
    assert!(words.contains(&"59".to_string()));
}

#[wasm_bindgen_test]
fn options_and_presets_apply() {
    let r = api::normalize(JsValue::from_str("مُحَمَّد"), opts(r#"{"preset":"display"}"#)).unwrap();
    assert_eq!(get(&r, "text").as_string().unwrap(), "مُحَمَّد");
    let r = api::normalize(JsValue::from_str("مؤتمر"), opts(r#"{"hamza":true}"#)).unwrap();
    assert_eq!(get(&r, "text").as_string().unwrap(), "موتمر");
}

#[wasm_bindgen_test]
fn bad_input_throws_errors_that_name_the_valid_choices() {
    let err = api::normalize(JsValue::from_str("x"), opts(r#"{"prest":"search"}"#)).unwrap_err();
    let msg = JsValue::from(err);
    let message = get(&msg, "message").as_string().unwrap();
    assert!(message.contains("preset") && message.contains("stripDiacritics"), "{message}");
    assert!(msg.is_instance_of::<js_sys::Error>());
    let err = api::normalize(JsValue::from_str("x"), opts(r#"{"preset":"fast"}"#)).unwrap_err();
    let message = get(&JsValue::from(err), "message").as_string().unwrap();
    assert!(message.contains("search") && message.contains("display") && message.contains("none"), "{message}");
    let err = api::normalize(JsValue::from_f64(3.0), None).unwrap_err();
    let message = get(&JsValue::from(err), "message").as_string().unwrap();
    assert!(message.contains("text must be a string"), "{message}");
}

#[wasm_bindgen_test]
fn name_keys_match_across_outlets() {
    let k = |s: &str| api::name_key(JsValue::from_str(s)).unwrap();
    assert_eq!(k("سيرغي شويغو"), k("سيرجي شويجو"));
    assert_ne!(k("كوريا الشمالية"), k("كوريا الجنوبية"));
}

#[wasm_bindgen_test]
fn analyze_and_entities_give_utf16_spans_in_the_browser() {
    let a = "😀 قال وزير الزراعة محمد عبد الغني: «المصنع سيوفر فرصة عمل» في أسيوط.";
    let b = "🇪🇬 ونقلت الوكالة عن محمد عبد الغني قوله إن \"المصنع سيوفر فرصة عمل\".";
    let ents = Array::from(&api::entities(JsValue::from_str(a), None).unwrap());
    assert!(ents.length() > 0);
    for e in ents.iter() {
        let s = get(&e, "start").as_f64().unwrap() as u32;
        let t = get(&e, "end").as_f64().unwrap() as u32;
        assert_eq!(js_slice(a, s, t), get(&e, "text").as_string().unwrap());
    }
    let input = js_sys::JSON::parse(&serde_json::json!([{"id": "a", "text": a}, {"id": "b", "text": b}]).to_string()).unwrap();
    let r = api::analyze(input).unwrap();
    let clusters = Array::from(&get(&r, "entities"));
    let minister = clusters
        .iter()
        .find(|c| get(c, "canonical").as_string().unwrap().contains("عبد الغني"))
        .expect("the minister");
    let mentions = Array::from(&get(&minister, "mentions"));
    for m in mentions.iter() {
        let text = if get(&m, "article").as_string().unwrap() == "a" { a } else { b };
        let s = get(&m, "start").as_f64().unwrap() as u32;
        let t = get(&m, "end").as_f64().unwrap() as u32;
        assert!(js_slice(text, s, t).contains("عبد الغني"));
    }
    let err = api::analyze(JsValue::from_str("nope")).unwrap_err();
    assert!(get(&JsValue::from(err), "message").as_string().unwrap().contains("array"));
}
