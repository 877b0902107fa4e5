//! Entities on reports we wrote ourselves (tests/gold/entities, see its README) and on
//! the page's own example (www/examples.js): found with the right span and type,
//! linked to the right entity, no forbidden merge, no span a reader would not mark.
//! Prints the scores; asserts floors a little under what this build reaches.
#![cfg(not(target_arch = "wasm32"))]

use isnad::entities::{link_articles, EntityAnalysis};
use std::collections::HashMap;

const GOLD: &str = "tests/gold/entities";

#[path = "common/gold_words.rs"]
mod gold_words;
use gold_words::occurrences;

/// One set: reports of one event and what a reader marks in them.
struct Set {
    name: String,
    ids: Vec<String>,
    texts: Vec<String>,
    /// (report index, surface, types, entity key); types "-" for spans never marked.
    rows: Vec<(usize, String, String, String)>,
}

fn parse_rows(name: &str, tsv: &str, ids: &[String]) -> Vec<(usize, String, String, String)> {
    let mut rows = Vec::new();
    for (n, line) in tsv.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let f: Vec<&str> = line.split('\t').collect();
        assert_eq!(f.len(), 4, "{name}.tsv line {}: four tab-separated fields", n + 1);
        let a = ids.iter().position(|id| id == f[0]).unwrap_or_else(|| panic!("{name}.tsv line {}: no report {}", n + 1, f[0]));
        rows.push((a, f[1].to_string(), f[2].to_string(), f[3].to_string()));
    }
    rows
}

fn load_sets() -> Vec<Set> {
    let mut files: Vec<_> = std::fs::read_dir(GOLD).expect(GOLD).filter_map(|e| e.ok()).map(|e| e.path()).collect();
    files.retain(|p| p.extension().is_some_and(|e| e == "txt"));
    files.sort();
    let mut sets = Vec::new();
    for p in files {
        let name = p.file_stem().unwrap().to_string_lossy().into_owned();
        let txt = std::fs::read_to_string(&p).unwrap();
        let (mut ids, mut texts) = (Vec::new(), Vec::new());
        for part in txt.split("### ").filter(|s| !s.trim().is_empty()) {
            let (id, body) = part.split_once('\n').unwrap_or((part, ""));
            ids.push(id.trim().to_string());
            texts.push(body.trim_end().to_string());
        }
        let tsv = std::fs::read_to_string(p.with_extension("tsv")).unwrap_or_else(|e| panic!("{name}.tsv: {e}"));
        let rows = parse_rows(&name, &tsv, &ids);
        sets.push(Set { name, ids, texts, rows });
    }
    // The page's example: the texts between backquotes of www/examples.js.
    let js = std::fs::read_to_string("www/examples.js").expect("www/examples.js");
    let texts: Vec<String> = js.split('`').skip(1).step_by(2).map(str::to_string).collect();
    let ids: Vec<String> = (0..texts.len()).map(|i| format!("ex{i}")).collect();
    let tsv = std::fs::read_to_string(format!("{GOLD}/example.tsv")).expect("example.tsv");
    let rows = parse_rows("example", &tsv, &ids);
    sets.push(Set { name: "example".into(), ids, texts, rows });
    sets
}

#[derive(Default)]
struct Tally {
    expected: usize,
    found: usize,
    in_entities: usize,
    linked: usize,
    merges: Vec<String>,
    wrong: Vec<String>,
    missed: Vec<String>,
}

fn score(set: &Set, t: &mut Tally) {
    let articles: Vec<(&str, &str)> = set.ids.iter().map(String::as_str).zip(set.texts.iter().map(String::as_str)).collect();
    let analysis: EntityAnalysis = link_articles(&articles);
    // Expected mentions, longest surfaces first, each span once.
    let mut rows: Vec<&(usize, String, String, String)> = set.rows.iter().filter(|r| r.2 != "-").collect();
    rows.sort_by_key(|r| std::cmp::Reverse(r.1.len()));
    let mut taken: Vec<Vec<(usize, usize)>> = vec![Vec::new(); set.texts.len()];
    // entity key → ids of its found mentions.
    let mut ids_of: HashMap<&str, Vec<String>> = HashMap::new();
    for (a, surface, types, key) in rows {
        let occ = occurrences(&set.texts[*a], surface);
        assert!(!occ.is_empty(), "{}: {surface} is not in report {}", set.name, set.ids[*a]);
        for span in occ {
            if taken[*a].iter().any(|s| s.0 < span.1 && span.0 < s.1) {
                continue;
            }
            taken[*a].push(span);
            t.expected += 1;
            let hit = analysis.articles[*a].entities.iter().find(|m| (m.start, m.end) == span && types.split('/').any(|ty| ty == m.kind.as_str()));
            match hit {
                Some(m) => {
                    t.found += 1;
                    ids_of.entry(key).or_default().push(m.id.clone());
                }
                None => t.missed.push(format!("{}/{}: {surface}", set.name, set.ids[*a])),
            }
        }
    }
    // Linked: found mentions that carry their entity's most common id.
    let mut majority: Vec<(&str, String)> = Vec::new();
    let mut keys: Vec<_> = ids_of.keys().copied().collect();
    keys.sort();
    for key in keys {
        let ids = &ids_of[key];
        let mut counts: HashMap<&String, usize> = HashMap::new();
        for id in ids {
            *counts.entry(id).or_default() += 1;
        }
        let (best, n) = counts.into_iter().max_by_key(|(id, c)| (*c, std::cmp::Reverse((*id).clone()))).unwrap();
        t.in_entities += ids.len();
        t.linked += n;
        if n < ids.len() {
            t.missed.push(format!("{}: {key} split over {} ids", set.name, ids.len() - n + 1));
        }
        majority.push((key, best.clone()));
    }
    for i in 0..majority.len() {
        for j in i + 1..majority.len() {
            if majority[i].1 == majority[j].1 {
                t.merges.push(format!("{}: {} = {}", set.name, majority[i].0, majority[j].0));
            }
        }
    }
    // Spans no reader marks: never a mention of that report, nor its canonical name.
    for (a, surface, types, _) in &set.rows {
        if types != "-" {
            continue;
        }
        for m in &analysis.articles[*a].entities {
            if set.texts[*a][m.start..m.end] == **surface || m.canonical == *surface {
                t.wrong.push(format!("{}/{}: {surface}", set.name, set.ids[*a]));
            }
        }
    }
}

#[test]
fn gold_reports_entities_are_found_and_linked() {
    let sets = load_sets();
    assert!(sets.len() >= 4, "three invented events and the example");
    let mut total = Tally::default();
    for set in &sets {
        let mut t = Tally::default();
        score(set, &mut t);
        println!(
            "gold {}: found {}/{} ({:.1}%), linked {}/{} ({:.1}%), merges {}, unmarked spans {}",
            set.name,
            t.found,
            t.expected,
            100.0 * t.found as f64 / t.expected as f64,
            t.linked,
            t.in_entities,
            100.0 * t.linked as f64 / t.in_entities.max(1) as f64,
            t.merges.len(),
            t.wrong.len()
        );
        total.expected += t.expected;
        total.found += t.found;
        total.in_entities += t.in_entities;
        total.linked += t.linked;
        total.merges.extend(t.merges);
        total.wrong.extend(t.wrong);
        total.missed.extend(t.missed);
    }
    let found = 100.0 * total.found as f64 / total.expected as f64;
    let linked = 100.0 * total.linked as f64 / total.in_entities.max(1) as f64;
    println!("gold: found with the right span and type {}/{} ({found:.1}%)", total.found, total.expected);
    println!("gold: linked to their entity {}/{} ({linked:.1}%)", total.linked, total.in_entities);
    println!("gold: forbidden merges {:?}", total.merges);
    println!("gold: spans no reader marks {:?}", total.wrong);
    println!("gold: missed {}", total.missed.join(", "));
    assert!(found >= FOUND_FLOOR, "found {found:.1}% < {FOUND_FLOOR}");
    assert!(linked >= LINKED_FLOOR, "linked {linked:.1}% < {LINKED_FLOOR}");
    assert!(total.merges.is_empty(), "{:?}", total.merges);
    assert!(total.wrong.is_empty(), "{:?}", total.wrong);
}

/// Floors a little under what this build measures (see the printed scores).
// This build finds 504/527 (95.6%), every found mention linked. Before the fixes of the
// second round of issue 14 it found 476/527: strike 37/52 and kurdistan 44/55 (written
// by a third author before those fixes and committed with these scores: the honest
// estimate of how far the rules generalize), now 46/52 and 50/55; vienna, floods and
// beirut (another author's, never tuned on before) 86/96, now 94/96. trial and pound
// (a fourth author's, committed before the tagger ran on them) scored 93/112 before any
// fix of their round, which took the whole gold from 606/636 to 699/748 (93.4%); summit
// (written after that round's fixes, committed before its output was seen) 43/52. After
// the round: 768/800 (96.0%), every found mention linked. final (written after that,
// committed before its output was seen) 26/36: 794/836 (95.0%) with it; 799/836 (95.6%)
// after the fixes it gave. opec (written after all of them) 24/30 before its one fix;
// 824/866 (95.2%) with it. wildfire and cabinet (the gold5 helper's, committed before
// the tagger ran on them) scored 36/50 and 44/57 before any fix of their round: 941/1014
// (92.8%) in all then; 966/1014 (95.3%) after the fixes they gave (50/50, 55/57).
// unsc (written after those, committed before its output was seen) 38/43 before its two
// fixes, 41/43 after: 1007/1057 (95.3%). aircrash, ballot, festival, deal and doha (the
// gold6 helper's, committed before the tagger ran on them) scored 137/185 before any fix
// of their round (29/35, 30/36, 24/37, 24/39, 30/38): 1144/1242 (92.1%) in all then;
// after one head convention for all sets (fifteen rows changed, see the gold's README)
// and the fixes they gave, 172/185 and 1199/1242 (96.5%). vaccine (written after all of
// them, committed before its output was seen) 25/33: 1224/1275 (96.0%); 28/33 after its
// fixes, 1227/1275 (96.2%). swap, donors and gasfield (the lead's, written in the same
// session, each committed before its output was seen and never shown to a helper): 37/45,
// 37/44 and 33/44 before their fixes, 43/45, 41/44 and 36/44 after; with them all,
// 1347/1408 (95.7%); with a field rule and donors' Zaatari row set to the head
// convention, 1349/1408. probe (the lead's fourth, written after those fixes) 19/31
// before its fixes, 28/31 after: 1377/1439 (95.7%). locust and train (the lead's, eighth
// session, never shown to its helpers) 42/53 and 36/41 on their first run; after their
// fixes 50/54 and 39/41 (a row split in two by a convention): 1466/1534 (95.6%).
// legislative, novel and envoys (the gold8 helper's, committed before the tagger ran on
// them) scored 50/76, 41/69 and 54/74 on their first run; 67/76, 55/69 and 70/74 after
// the fixes they gave; with the lead's sets and fixes, 1664/1753 (94.9%).

// rates, basin and doping (the gold7 helper's, committed before the tagger ran on them)
// scored 77/94, 63/79 and 49/66 before any fix of their round; 94/94, 73/79 and 64/66
// after the fixes they gave. museum and bank (the lead's, written while the helpers
// worked, run only on the merged build) 24/31 and 18/25 on their first run; bank 21/25
// after its fixes: 1942/2048 (94.8%) in all.

// wheat and campfire (the lead's, ninth session, committed before the tagger ran on them)
// scored 36/41 and 17/30 on their first run; 39/41 and 23/31 after the session's first
// fixes (campfire's prosecution row corrected, see the gold README), with every older set
// unchanged: 2004/2120 (94.5%). The floor is lowered for these two harder sets only.

// hajj, exams and telecom (the gold9 helper's, committed before the tagger ran on them)
// scored 67/88, 45/67 and 83/101 on their first run (2137/2304, 92.8%, in all then);
// 86/88, 64/67 and 100/101 after the fixes they gave, the older sets 1948/2048:
// 2198/2304 (95.4%).

// jeddah, launch and spill (the gold10
// helper's, committed before the tagger ran on them) scored 68/84, 56/71 and 55/67 on
// their first run (2121/2270, 93.4%, in all then); 83/84, 68/71 and 63/67 after the
// fixes they gave, the older sets 1945/2048: 2159/2270 (95.1%).

// Merged (main with wheat and campfire, gold9, gold10): 2480/2598 (95.5%), no set below
// its best branch.

// recall and syndicate (the lead's, ninth session, written while the helpers worked, never
// shown to them, committed before the tagger ran on them and run first on the build that
// merged the session's branches): 23/26 and 19/23 on that first run, 2522/2647 (95.3%);
// 25/26 and 20/23 after the fixes they gave, 2525/2647 (95.4%).

// dig, envoy and grid (the gold11 helper's, committed before the tagger ran on them)
// scored 49/65, 71/78 and 64/82 on their first run (2709/2872, 94.3%, in all then);
// 63/65, 78/78 and 78/82 after the fixes they gave, the older sets 2526/2647 (swap
// one more): 2745/2872 (95.6%).
// dam, ivory and chess (the gold12 helper's, committed before the tagger ran on them)
// scored 72/85, 49/65 and 54/65 on their first run (2700/2862, 94.3%, in all then, with
// one forbidden merge and one unmarked span); 83/85, 63/65 and 62/65 after the fixes they
// gave, the older sets 2529/2647: 2737/2862 (95.6%).
// cyclone and bookfair (the lead's, tenth session, committed before the tagger ran on
// them, first run on the build with the retrained models): 43/63 and 32/41; 53/63 and
// 38/41 after their fixes (four rows corrected, see the gold README).
// Merged (main with the retrained models, cyclone, bookfair, gold11, gold12, quotes13):
// 3058/3191 (95.8%); every set at least its branch's but ivory (62 of gold12's 63, the
// retrained models).
// olive, pardon and marathon (the gold13 helper's, committed before the tagger ran on
// them) scored 53/71, 58/71 and 67/80 on their first run (3236/3413, 94.8%, in all then);
// 67/71, 68/71 and 80/80 after the fixes they gave, the older sets 3058/3191 as before:
// 3273/3413 (95.9%); 3274 with a police force by its country's adjective (olive 68/71).
// Eleventh session, all branches merged: 3737/3894 (96.0%) with the twelve new sets of
// the lead, gold13 and gold14 (558/703 on their first runs, 672/703 after their fixes);
// 3772/3931 (96.0%) with the lead's snowstorm (29/37 first, 35/37 after).
// insolvency, shabaab and japan (the gold17 helper's, committed before the tagger ran on
// them) scored 79/87, 57/81 and 82/86 on their first run (218/254; 3990/4185, 95.3%, in
// all then); 87/87, 78/81 and 86/86 after the fixes they gave, the older sets 3774/3931:
// 4025/4185 (96.2%).
// Twelfth session, the lead's refinery, sinjar, durov, pope, prisoners, cop, doctors and
// petra (246/320 on their first runs, 297/320 after their fixes, the older sets as
// before or better): 4071/4251 (95.77%); the floor goes to 95.7 with them.
// Merged with gold17 and quotes17: 4324/4505 (95.98%).
// meteorite, auction and gafsa (the gold16 helper's, committed before the tagger ran on
// them) scored 68/89, 64/75 and 65/75 on their first run (3969/4170, 95.2%, in all then);
// 81/89, 75/76 and 71/75 after the fixes they gave (auction's one row added for the ل
// convention), the older sets 3773/3931: 4000/4171 (95.9%).
// Merged with gold16 too, and the lead's verdict and oliveoil (46/61 first, 54/61 after):
// 4608/4806 (95.88%).
// bulker, medicines and bouznika (the gold18 helper's, committed before the tagger ran on
// them) scored 49/58, 48/55 and 45/48 on their first run (4750/4967, 95.6%, in all then);
// 54/58, 53/55 and 46/48 after the fixes they gave, the older sets 4609/4806 (pope one
// more): 4762/4967 (95.9%).
// hekma, derby and frankincense (the gold19 helper's, committed before the tagger ran on
// them) scored 53/68, 41/55 and 54/60 on their first run (4756/4989, 95.3%, in all then);
// 64/68, 50/55 and 57/60 after the fixes they gave (derby's three rows dropped for the
// head convention, frankincense's UNESCO row with its head), the older sets 4609/4806:
// 4780/4989 (95.81%).
// salinity, carplant and azadi (the gold22 helper's, committed before the tagger ran on
// them) scored 80/96, 78/94 and 52/74 on their first run (5171/5441, 95.0%, in all then);
// 93/97, 91/94 and 71/74 after the fixes they gave (salinity's one row added for the ل
// convention), the older sets 4961/5177 as before: 5216/5442 (95.85%).
// Thirteenth session, the lead's racing and avianflu (71/95 on their first runs, four of
// racing's rows corrected to earlier conventions; 85/95 after their fixes), merged with
// gold22: 5303/5537 (95.77%); the floor goes to 95.7 with them.
// berbera, kadugli and taiz (the gold20 helper's, committed before the tagger ran on them)
// scored 66/85, 54/73 and 53/66 on their first run (5134/5401, 95.1%, in all then);
// 73/85, 65/73 and 58/66 after the fixes they gave (two rows to the state's-head
// convention), the older sets 4962/5177 (olive one more): 5158/5401 (95.5%).
// elmed, trawlers and nurses (the gold21 helper's, committed before the tagger ran on
// them) scored 85/99, 56/71 and 60/72 on their first run (5162/5419, 95.3%, in all then);
// 89/99, 65/71 and 64/72 after the fixes they gave, the older sets 4961/5177 as before:
// 5179/5419 (95.57%, under this floor, which is left as it was).
// All of the session merged (with the lead's dust, 35/44 first, 37/44 after, and the
// helpers' gold20, gold21 and gold22 sets, 584/730 on their first runs and 680/731 after
// their fixes): 5755/6047 (95.17%); the floor goes to 95.1 with them.
// aifine and gjader (the gold25 helper's, committed before the tagger ran on them) scored
// 64/83 and 64/76 on their first run (5883/6206, 94.8%, in all then; 65/83 and 65/76 with
// two quantity rows corrected to the convention); 79/83 and 71/76 after the fixes they
// gave, the older sets 5757/6047 (desal two more): 5907/6206 (95.2%).
// cruise and jericho (the gold24 helper's, committed before the tagger ran on them)
// scored 71/78 (one forbidden merge) and 43/56 on their first run (5869/6181, 95.0%, in
// all then); 76/78 and 56/56 after the fixes they gave (cruise's أكثر من row to the
// approximation convention), no merge, the older sets 5757/6047 (dust and hajj one more
// each): 5889/6181 (95.28%).
// omanisation and qicdrc (the gold23 helper's, committed before the tagger ran on them)
// scored 60/70 and 38/46 on their first run (5853/6163, 94.97%, in all then); 63/70 and
// 39/46 after the fixes they gave, the older sets 5757/6047 (cyclone two more):
// 5859/6163 (95.07%, under this floor, which is left as it was).
// All of the thirteenth session merged (the lead's racing, avianflu, dust, filmban and
// dakar, 153/202 on their first runs, and the helpers' gold20 to gold25 sets, 924/1139 on
// theirs): 6199/6519 (95.09%); the floor goes to 95.0 with them.
// fuelprice and listing (the gold26 helper's, committed before the tagger ran on them)
// scored 60/69 and 52/65 on their first run (6311/6653, 94.86%, in all then); 63/69 and
// 58/65 after the fixes they gave, the older sets 6200/6519 (nurses one more):
// 6321/6653 (95.01%).
// dhow and hermel (the gold27 helper's, committed before the tagger ran on them) scored
// 41/55 (one unmarked span, الأحد of الأحد عشر) and 34/42 (one person split) on their
// first run (6274/6616, 94.8%, in all then); 49/55 and 37/42, all linked, after the fixes
// they gave, the older sets 6202/6519 (cyclone three more): 6288/6616 (95.04%).
// Merged with the lead's camels (29/38 first, 32/38 after), gold26 and gold27, and the
// code fixes of gold28 (its chechia and nicu are not merged: chechia expects two splits
// the linker cannot make yet, see the session's note): 6442/6788 (94.90%); the floor
// goes to 94.8 with them.
// mahalla and dumping (the gold29 helper's, committed before the tagger ran on them)
// scored 60/76 and 76/86 (74/76 linked) on their first run (6578/6950, 94.6%, in all
// then); 72/76 and 83/86, all linked, after the fixes they gave, the older sets
// 6443/6788 (omanisation one more): 6598/6950 (94.93%).
// ichkeul and twins (the gold30 helper's, fourteenth session, committed before the
// tagger ran on them) scored 65/79 (62/65 linked) and 51/64 (51/51) on their first run
// (6558/6931, 94.6%, in all then); 69/79 (68/69) and 64/64 (64/64) after the fixes they
// gave, the older sets 6443/6788 (vaccine's national programme): 6576/6931 (94.88%).
// extradition and fedvote (the gold31 helper's, committed before the tagger ran on them)
// scored 83/85 and 72/84 on their first run (6597/6957, 94.8%, in all then); 84/85 and
// 80/84 after the fixes they gave, the older sets 6445/6788 (hermel, derby and final one
// more each): 6609/6957 (95.00%).
// cables (the lead's, fourteenth session, committed before the tagger ran on it) scored
// 70/85 (one unmarked span) on its first run, 79/85 after its fixes. Merged with the
// gold29, gold30 and gold31 helpers' sets and fixes and quotes20's: 6979/7347 (94.99%),
// 6918 linked; the floor goes to 94.9.
// bal and fossil (the gold33 helper's, fourteenth session, committed before the tagger
// ran on them) scored 57/77 (all linked, two unmarked spans) and 45/53 (all linked) on
// their first run (7081/7477, 94.7%, in all then); 71/77 and 50/53, all linked, no
// unmarked span, after the fixes they gave (one bal row to the club convention), the
// older sets unchanged at 6979/7347: 7100/7477 (94.96%), 7039 linked.
// palms and solar (the gold32 helper's, fourteenth session, committed before the tagger
// ran on them) scored 65/76 and 58/71, all linked, on their first run (7102/7494, 94.8%,
// in all then); 74/76 and 68/71, all linked, after the fixes they gave, the older sets
// from 6979/7347 to 6983/7347 (salinity two, medicines and desal one each):
// 7125/7494 (95.08%), 7064 linked.
// mining (the lead's, committed before the tagger ran on it) scored 46/52 on its first
// run, 49/52 after its fixes. Merged with the gold32 and gold33 helpers' sets and fixes
// and quotes21's: 7295/7676 (95.04%), 7233 linked; the floor goes to 95.0.
// alhol (the gold35 helper's, fourteenth session, committed before the tagger ran on it)
// scored 54/70 on its first run, all linked (56/70 with two quantity rows mended to the
// README's أكثر من convention; 7391/7789, 94.9%, in all then); 63/70, all linked, after the
// fixes it gave, the older sets unchanged at 7337/7719: 7400/7789 (95.01%), 7336 linked.
// buscrash (the lead's, committed before the tagger ran on it) scored 40/43 on its first
// run, 42/43 after its fixes; merged with gold35's alhol (56/70 first, 63/70 after) and
// gold34's code fixes (its dirham set is not merged: its rows mark currencies alone as no
// name, a convention not written down): 7400/7789 (95.01%), 7336 linked.
// lff and heritage (the gold36 helper's, fifteenth session, committed before the tagger
// ran on them) scored 88/94 (84/88 linked, one forbidden merge) and 70/84 (68/70 linked)
// on their first run (7558/7967, 94.9%, in all then); 92/94 (90/92 linked) and 82/84
// (81/82) after the fixes they gave, no merge, the older sets from 7400/7789 to
// 7404/7789 (bulker, camels, omanisation and vaccine one each): 7578/7967 (95.12%), 7512
// linked.
// delays and irrigation (the gold37 helper's, fifteenth session, committed before the
// tagger ran on them) scored 75/87 and 71/87, all linked, with two forbidden merges, on
// their first run (7546/7963, 94.8%, in all then); 81/87 and 81/87, all linked, after the
// fixes they gave, one merge left (delays' 9 في المئة and 9%, two facts of one value), the
// older sets from 7400/7789 to 7401/7789 (7338 linked): 7563/7963 (94.98%), 7500 linked.
// cablecar (the lead's, fifteenth session, committed before the tagger ran on it) scored
// 37/63 on its first run (42/63 with five rows mended to the README's conventions: نحو and
// عام in their quantity and year, a nationality out of a quantity; and one key, two
// reports' ثلاث ساعات of one rescue, that had been keyed as two facts), 48/63 after its
// fixes (hermel one more). Merged with gold36's lff and heritage, gold37's delays and
// irrigation (its merge of a growth rate and a share of one value mended in the linker)
// and quotes22: 7791/8204 (94.97%), 7725 linked; the floor goes to 94.9.
// wages (the gold38 helper's, fifteenth session round 2, committed before the tagger ran
// on it) scored 61/68 on its first run, all linked (one row, a number after a detached
// clitic the test cannot find, dropped; 7852/8272, 94.9%, in all then); 66/68, all linked,
// after the fixes it gave, the older sets from 7791/8204 to 7792/8204 (durov +1):
// 7858/8272 (95.00%), 7792 linked.
// arlit (the gold39 helper's, fifteenth session, round 2, committed before the tagger ran
// on it) scored 77/88 (74/77 linked), no merge, on its first run (7868/8292, 94.9%, in all
// then); 83/88 (81/83 linked) after the fixes it gave, no merge, the older sets unchanged at
// 7791/8204 (7725 linked): 7874/8292 (94.96%), 7806 linked.
// With both round-2 sets and the lead's later fixes from probing common sentences (the
// irregular countries' adjectives, a party of two nouns after ل, ريف دير الزور, oil
// fields; cablecar 52/63, fuelprice linked whole): 7946/8360 (95.05%), 7878 linked; the
// floor back to 95.0.
// faw and zawiya (the gold41 helper's, sixteenth session, committed before the tagger ran
// on them) scored 89/99 (88/89 linked, one forbidden merge: واع and another report's
// وزارة الأشغال العامة, one set of initials) and 60/65 (59/60 linked) on their first run
// (8095/8524, 95.0%, in all then); 92/99 and 63/65, all linked, no merge, after the fixes
// they gave, the older sets from 7946/8360 to 7947/8360 (hermel's قيادة الجيش; 7879
// linked): 8102/8524 (95.05%), 8034 linked.
// jailbreak and ismaily (the gold40 helper's, sixteenth session, committed before the
// tagger ran on them) scored 59/73 (58/59 linked) and 76/84 (75/76), no merge, on their
// first run (8081/8517, 94.9%, in all then); 73/73 (72/73) and 81/84 (81/81) after the
// fixes they gave, the older sets from 7946/8360 to 7947/8360 (legislative's ولاية تيزى
// وزو; 7879 linked): 8101/8517 (95.12%), 8032 linked.
// reef (the gold42 helper's, sixteenth session, committed before the tagger ran on it)
// scored 69/81 (68/69 linked), no merge, on its first run (one row, the wildlife
// administration after للإدارة, mended to the convention on ل before the article;
// 8171/8605, 95.0%, in all then); 76/81, all linked, no merge, after the fixes it gave,
// the older sets from 8102/8524 to 8106/8524 (carplant, launch, pound, delays +1; 8038
// linked): 8182/8605 (95.08%), 8114 linked.
// habous (the gold43 helper's, sixteenth session, committed before the tagger ran on it)
// scored 59/74 (58/59 linked), no merge, on its first run (8397/8836, 95.0%, 8327 linked,
// in all then); 68/74 (67/68 linked), no merge, after the fixes it gave (mosques named
// with their head; the Alhambra known), the older sets unchanged at 8338/8762 (8269
// linked): 8406/8836 (95.1%), 8336 linked.
// qaim (the gold45 helper's, sixteenth session, committed before the tagger ran on it)
// scored 69/82 (65/69 linked), no merge, on its first run (8480/8918, 95.1%, 8406 linked,
// in all then); 80/82 (78/80 linked), no merge, after the fixes it gave (two countries
// side by side split; Iraq's security bodies, Kataib Hezbollah and Ain al-Asad known; a
// kunya in brackets linked; a family name in وا after a given name; a guard without its
// country; a site's name alone after its correspondent), the older sets from 8411/8836 to
// 8417/8836 (alhol +2, trawlers +3, dhow +1; 8347 linked): 8497/8918 (95.3%), 8425 linked.
// datacentre (the gold44 helper's, sixteenth session, committed before the tagger ran on
// it) scored 69/78 (69/69 linked), no merge, one unmarked span, on its first run
// (8480/8914, 95.1%, 8410 linked, in all then; one row then mended to the quantity
// convention, 15 شركة); 75/78, all linked, no merge, after the fixes it gave, the older
// sets unchanged at 8411/8836 (8341 linked): 8486/8914 (95.2%), 8416 linked.
// coldchain (the gold47 helper's, seventeenth session, committed before the tagger ran on
// it) scored 82/106 (82/82 linked), no merge, no unmarked span, on its first run
// (8654/9102, 95.1%, 8582 linked, in all then); 101/106, all linked, no merge, after the
// fixes it gave (a company taken for a person before its country's adjective; free zones;
// فرنك جيبوتي; الخطوط الجوية + country; a port named with a direction; "free" in a second
// field; two places split at بال), the older sets unchanged at 8572/8996 (8500 linked):
// 8673/9102 (95.29%), 8601 linked.
// schools (the gold49 helper's, seventeenth session, committed before the tagger ran on
// it) scored 78/87 (77/78 linked), no merge, no unmarked span, on its first run
// (8751/9189, 95.2%, 8678 linked, in all then); 85/87, all linked, no merge, after the
// fixes it gave (a weekday and a preposition inside a person's span; ناحية as a head of
// places; وللـ before a definite body; investigation courts; a law's number and year; a
// Turkish h as ه or خ), the older sets from 8673/9102 to 8674/9102 (sinjar +1):
// 8759/9189 (95.32%), 8687 linked.
// With all of the sixteenth session's sets and fixes merged (and the lead's from probing
// common sentences: laws by their fields, a town after a compass direction, a person's
// family name in ي, no body named by a describing adjective alone): 8572/8996 (95.29%), 8500 linked; the floor
// goes to 95.2.
// batteries (the gold46 helper's, seventeenth session, committed before the tagger ran on
// it) scored 77/89 (73/77 linked), one forbidden merge (Iraq's وزارة الصحة with Lebanon's
// وزارة الصحة العامة), no unmarked span, on its first run (8649/9085, 95.2%, 8573 linked,
// in all then); 83/89, 82/83 linked, no merge, after the fixes it gave, dust 39 -> 40/44,
// crossing 28 -> 29/33, the other sets unchanged: 8657/9085 (95.3%), 8584 linked.
// assab (the gold48 helper's, seventeenth session, committed before the tagger ran on
// it) scored 100/113 (99/100 linked), one forbidden merge (the two unqualified وزارة
// الخارجية of a Dubai paper and an Egyptian site), three unmarked spans (الجيبوتي), on its
// first run (8672/9109, 95.2%, 8599 linked, in all then); 108/113 (107/108 linked), the
// merge left, no unmarked span, after the fixes it gave, the older sets from 8572/8996 to
// 8573/8996 (fedvote's فندق تيبستي): 8681/9109 (95.3%), 8608 linked.
// marib (the gold51 helper's, seventeenth session, committed before the tagger ran on
// it) scored 65/92 (63/65 linked), no merge, no unmarked span, on its first run
// (8934/9396, 95.1%, 8858 linked, in all then); 80/92 (79/80 linked), no merge, after the
// fixes it gave (numbered army units; a rank before a family name alone; a construct
// body's noun adjective and country adjective; a kunya after المكنى; hills and
// junctions; places after جبهة and مديرية; Yemen's forces listed; military regions;
// القوات المسلحة; a MISC name's two spellings linked), bulker 56 -> 57/58, dhow 51 -> 52/55, kadugli 65 -> 66/73, the other
// sets unchanged: 8952/9396 (95.3%), 8876 linked.
// siwa (the gold50 helper's, seventeenth session, committed before the tagger ran on it)
// scored 79/109 (75/79 linked), one forbidden merge (the oasis سيوة with بحيرة سيوة), no
// unmarked span, on its first run (8948/9413, 95.1%, 8870 linked, in all then); with four
// rows corrected to the head convention (the Sawiris foundation without مؤسسة, the island
// فطناس without جزيرة) and the fixes it gave (exhibitions and dictionaries as works;
// Siwa in the known list and a lake named after a known place apart from it; a fortress
// or kasbah named by its town; a place head alone before its place dropped; a body's
// name ending before للمشاركة في; مهرجان تيميتار with its head): 96/109 (92/96 linked),
// no merge, the older sets unchanged at 8869/9304: 8965/9413 (95.2%), 8887 linked.
// hawizeh (the gold52 helper's, seventeenth session, two reports, committed before the
// tagger ran on it) scored 56/61 (55/56 linked), no merge, no unmarked span, on its first
// run (9190/9653, 95.2%, 9109 linked, in all then); 59/61 (59/59 linked) after the fixes
// it gave (a river with نهر and alone linked; هور a feature's head; a quantity per litre
// or tonne, غراما a unit), salinity linked 95 -> 96/96, ichkeul 69 -> 70/79, the other
// sets unchanged: 9194/9653 (95.2%), 9115 linked.
// aqabarail (the gold53 helper's, seventeenth session, two reports, committed before the
// tagger ran on it) scored 31/37 (31/31 linked), no merge, no unmarked span, on its first
// run (9225/9690, 95.2%, 9146 linked, in all then); 32/37 (32/32 linked) with one row
// corrected to the date convention (آذار المقبل); 33/37 (33/33 linked) after the fix it
// gave (الاتحاد للقطارات well known), the other sets unchanged: 9227/9690 (95.2%), 9148
// linked.
// ourang (the gold54 helper's, eighteenth session, three reports, committed before the
// tagger ran on it) scored 78/102 (77/78 linked), no merge, one unmarked span, on its
// first run (9305/9792, 95.0%, 9225 linked, in all then); 94/102 (93/94 linked) after the
// fixes it gave (Ouaddaï and Adré well known, a listed place in و after ولاية whole; a
// commission named again by its head; a country run on over a person; a participle
// before بـ apart out of a quantity; هيئة الهلال الأحمر + a country's adjective), unsc
// 42 -> 43/43, campfire 29 -> 30/31, the other sets unchanged: 9323/9792 (95.2%), 9243
// linked.
// With all of the seventeenth session's sets and fixes merged (and the lead's from probing
// common sentences: numbered laws, lists after a plural kind of place, ports' towns, a
// ministry without its country kept to the country its sentence names, a storm's name):
// 9227/9690 (95.22%), 9148 linked; the floor stays 95.2 (the eight new sets' first runs,
// 82%, brought it down before their fixes).
// tadawul (the gold55 helper, eighteenth session: a Saudi mining IPO on Tadawul): first run
// 78/98 (76/78 linked, one forbidden merge), 80/98 with the two rows corrected to older
// conventions; 92/98 (all linked, no merge) after its fixes, listing 58 -> 59, the other
// sets unchanged: 9320/9788 (95.22%), 9241 linked.
// rebuild (the gold57 helper, eighteenth session: Syria's transitional government signing
// reconstruction contracts with Turkish, Qatari and Saudi firms; three reports, committed
// before the tagger ran on it): first run 96/105 (96/96 linked), no merge, no unmarked
// span, with one malformed row removed before any score (a number joined to بـ); 9514/9995
// (95.2%), 9434 linked, in all then. 104/105 (all linked) after its fixes (a seldom-written
// word and its trade after شركة/مجموعة; industrial cities by their towns; مرفأ as a port's
// head; a company by its word and trade spread to other reports; عدرا and حسياء well
// known), the other sets unchanged: 9522/9995 (95.27%), 9442 linked.
// kingscup (the gold56 helper, eighteenth session: the Saudi King's Cup final, a wire, a
// Gulf paper, a Moroccan site; committed before the tagger ran on it): first run 48/80
// (48/48 linked, no merge, no unmarked span; 9466/9970, 94.9%, in all then); 49/80 after
// its one fix (a club after its side's noun in a game's sentence, مدرب الوحدة), azadi
// 71 -> 72/74, the other sets unchanged: 9468/9970 (94.96%), 9388 linked.
// Merged on main with the lead's rules of the eighteenth session: 9574/10075 (95.03%); the
// floor went to 95.0 while kingscup's misses (clubs outside match sentences, cups,
// stadiums, the dateline's town before a date) were worked on.
// gaspipe (the gold59 helper, eighteenth session: the Nigeria–Morocco gas pipeline's final
// agreement, a MAP-style wire, a Moroccan site, a Gulf economy site; committed before the
// tagger ran on it): first run 90/100 (87/90 linked, one forbidden merge, غينيا with غينيا
// بيساو; 9664/10175 in all then); 99/100, all linked, after its fixes (plural scales;
// national companies of a field; bodies named after scholars; a country with a city that is
// another country; a day without its year; pipelines; ONHYM, NNPC, OFID and دلتا النيجر in
// the known list), elmed 87 -> 88/89 and siwa 92 -> 93/96 linked, the other sets unchanged:
// 9673/10175 (95.07%), 9595 linked.
// With all of the eighteenth session's sets and fixes merged (the sport58 helper's cups,
// leagues by their sponsors, stadiums, datelines with a year, foreign names in أل/إل and the
// verb عادل: kingscup 49 -> 58/80, fedvote 81 -> 82/84): 9683/10175 (95.16%), 9603
// linked; the floor is 95.1 (the five new sets' first runs, 390/485 = 80%, brought it
// down before their fixes).
// handball (the gold60 helper, nineteenth session: the African handball championship final
// in Rabat, an AFP wire, a Tunisian paper, a Qatari sports site; committed before the tagger
// ran on it): first run 72/84 (72/72 linked, no merge, no unmarked span; 9755/10259, 95.09%,
// in all then); 78/84 (77/78 linked) after one row's correction (النادي الإفريقي marked
// الإفريقي, the head convention) and its fixes (صالة as a hall's head; a player's side cut
// from the person; كأس الأمير and مونديال + year; a definite family name after زملاء; no
// club after فوزه), the
// other sets unchanged: 9761/10259 (95.15%), 9680 linked.
// ramfleet (the gold61 helper, nineteenth session: Royal Air Maroc's Boeing order at the
// Marrakech air show, an AFP wire, a Gulf business paper, an Egyptian site; committed
// before the tagger ran on it): first run 98/112 (95/98 linked, no merge; 9781/10287 in
// all then, 9698 linked); 99/112 after one row put to the convention (أكثر من out of a
// quantity); 105/112, all linked, after its fixes (logistics as a ministry's field, a
// maker before a model code, a hyphen inside a listed name, engine makers and Africa south
// of the Sahara in the known list, model codes counting nothing, a number word after و, a
// plural scale, a name with and without الدولي and كيفن / كيفين linked), airshow 52 ->
// 53/55, berbera 73 -> 74/85, the other sets unchanged: 9790/10287 (95.17%), 9710 linked.
// suez (the gold62 helper's, nineteenth session: container lines and the Suez Canal, a
// Reuters wire, an Egyptian site, a Saudi business paper; committed before the tagger ran
// on it): first run 96/104 (96/96 linked, two unmarked spans, السعودية as the adjective;
// 9779/10279 in all then); 101/104, all linked, after its fixes (a quoted short name that
// is a noun with the article; a country's adjective joined by و; a surname alone in its ج
// spelling; a two-city dateline; هذا الأسبوع; a trade's adjective; a quarter of a year),
// dumping 82 -> 83/86, qicdrc 40 -> 41/46, the other sets unchanged: 9786/10279 (95.20%),
// 9706 linked.
// kashmir (the gold64 helper, nineteenth session: an India–Pakistan flare-up in Kashmir
// with Gulf mediation and the UN's statement, an AFP wire, a UAE paper, an Egyptian site;
// committed before the tagger ran on it): first run 88/100 (88/88 linked, no merge, no
// unmarked span; 10060/10575 in all then, 9979 linked); all linked after its
// fixes (the conflict's places, groups and treaty in the known list; a listed name whose
// first letter is a proclitic's, لشكر طيبة, واغا; a spokesman's title with باسم and its
// body before a foreign name with the Egyptian على), 100/100, the other sets unchanged:
// 10072/10575 (95.24%), 9991 linked.
// ponzi (the gold65 helper, nineteenth session: an investment-fraud verdict in Dubai, a
// Gulf paper, a Reuters wire, an Egyptian site; committed before the tagger ran on it):
// first run 78/90 (78/78 linked, no merge, no unmarked span; 10156/10665 in all then,
// 10103 linked); 87/90, all linked, after its fixes (a foreign family name in و without
// its vowel, ولكنسون, after a given name and alone, and one the tagger cut after its و;
// the UAE's regulator, financial centre and Dubai's districts in the known list), the
// other sets unchanged: 10165/10665 (95.31%), 10112 linked.
// funeral (the gold66 helper, nineteenth session: a state funeral in Manama, the
// Bahraini agency's wire, a Kuwaiti paper, an Egyptian site; committed before the tagger
// ran on it): first run 78/93 (77/78 linked, no merge, no unmarked span; 10156/10668 in
// all then, 10102 linked); 86/93, 85/86 linked, after its fixes (ولي العهد cut from a
// royal's name; فاي, قوة دفاع البحرين and the monarchs' courts in the known list; a capital
// after العاصمة and its country's adjective), summit 51 -> 52/52, the other sets
// unchanged: 10165/10668 (95.28%), 10111 linked.
// After the nineteenth session's merges (six new sets, the linker's and sport63's rules):
// 10252/10758 (95.30%), 10198 linked (99.47%); the floors go to 95.2 and 99.2. After the
// lead's last probes' rules: 10253/10758, 10199 linked (ramfleet 107/112).
const FOUND_FLOOR: f64 = 95.2;
const LINKED_FLOOR: f64 = 99.2;
