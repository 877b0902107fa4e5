//! Prints the tags and emission scores of one text (argument), for debugging.
use isnad::entities::features::{self, TokInfo};
use isnad::entities::model::{self, TAG_NAMES};
use isnad::normalize::Options;
fn main() {
    let text = std::env::args().nth(1).unwrap();
    let toks = isnad::tokenize(&text, &Options::SEARCH);
    let mut infos: Vec<TokInfo> = toks.iter().map(TokInfo::from_token).collect();
    features::mark_gazetteers(&mut infos);
    let feats: Vec<Vec<u64>> = (0..infos.len()).map(|i| { let mut f = Vec::new(); features::features(&infos, i, &mut f); f }).collect();
    let m = isnad::entities::model();
    let em = model::emissions(m, &feats);
    let tags = model::viterbi(m, &em);
    for i in 0..toks.len() {
        let best: Vec<String> = em[i].iter().enumerate().map(|(t, s)| format!("{}={:.0}", TAG_NAMES[t], s)).collect();
        println!("{}\t{}\tstem={} key={} gaz={:b} dict={:?} gen={:?}\t{}", &text[toks[i].start..toks[i].end], TAG_NAMES[tags[i] as usize], infos[i].stem, infos[i].key, infos[i].gaz.0, infos[i].dict, infos[i].gen, best.join(" "));
    }
}
