//! Whether the carriers of one quotation name the same speaker.
//!
//! Two carriers disagree only when both name a speaker and the speakers differ:
//! an unattributed carrier, or one that names only an unresolved title (مسؤول أمريكي),
//! disagrees with nobody. Speakers are the same when they link to the same entity, or,
//! without entities on both sides, when one name's key words contain the other's last
//! word (أدريان واتسون = واتسون). The quotation's speaker is the one every naming
//! carrier gives (`agreed`), else the one more than half of them give (`majority`),
//! else none.

/// One carrier's attribution.
#[derive(Clone, Copy, Debug)]
pub struct Carrier<'a> {
    /// Name key of the speaker's name; `None` when the carrier names nobody.
    pub key: Option<&'a str>,
    /// The entity the speaker links to, when known.
    pub entity: Option<&'a str>,
}

/// What the carriers say together.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Verdict {
    /// No two carriers name different speakers.
    pub agreed: bool,
    /// They disagree, and `pick` is the speaker more than half of the naming carriers give.
    pub majority: bool,
    /// The carriers that name the quotation's speaker (agreed or majority), in order.
    pub pick: Vec<usize>,
}

fn words(key: &str) -> Vec<&str> {
    key.split_whitespace().map(|w| w.strip_prefix("ال").filter(|r| r.chars().count() >= 2).unwrap_or(w)).collect()
}

/// Whether two carriers name the same speaker.
pub fn same(a: &Carrier, b: &Carrier) -> bool {
    if let (Some(x), Some(y)) = (a.entity, b.entity) {
        if x == y {
            return true;
        }
    }
    let (Some(x), Some(y)) = (a.key, b.key) else { return false };
    let (wx, wy) = (words(x), words(y));
    if wx.is_empty() || wy.is_empty() {
        return false;
    }
    if let (Some(_), Some(_)) = (a.entity, b.entity) {
        // Different entities: the same only when the names are the same words.
        return wx == wy;
    }
    wx.contains(wy.last().unwrap()) || wy.contains(wx.last().unwrap())
}

/// Groups the naming carriers by speaker: see the module documentation.
pub fn decide(carriers: &[Carrier]) -> Verdict {
    let mut groups: Vec<Vec<usize>> = Vec::new();
    for (i, c) in carriers.iter().enumerate() {
        if c.key.is_none() {
            continue;
        }
        match groups.iter_mut().find(|g| same(&carriers[g[0]], c)) {
            Some(g) => g.push(i),
            None => groups.push(vec![i]),
        }
    }
    let naming: usize = groups.iter().map(|g| g.len()).sum();
    match groups.len() {
        0 => Verdict { agreed: true, majority: false, pick: Vec::new() },
        1 => Verdict { agreed: true, majority: false, pick: groups.remove(0) },
        _ => {
            let best = groups.iter().max_by_key(|g| g.len()).cloned().unwrap_or_default();
            if best.len() * 2 > naming {
                Verdict { agreed: false, majority: true, pick: best }
            } else {
                Verdict { agreed: false, majority: false, pick: Vec::new() }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c<'a>(key: Option<&'a str>, entity: Option<&'a str>) -> Carrier<'a> {
        Carrier { key, entity }
    }

    #[test]
    fn unattributed_carriers_do_not_disagree() {
        let v = decide(&[c(Some("ادريان واتسون"), None), c(None, None), c(Some("واتسون"), None)]);
        assert_eq!(v, Verdict { agreed: true, majority: false, pick: vec![0, 2] });
        let v = decide(&[c(None, None), c(None, None)]);
        assert!(v.agreed && v.pick.is_empty());
    }

    #[test]
    fn two_names_disagree_and_the_majority_is_said_as_such() {
        let v = decide(&[c(Some("جون كيربي"), Some("e1")), c(Some("ادريان واتسون"), Some("e2")), c(Some("كيربي"), Some("e1"))]);
        assert_eq!(v, Verdict { agreed: false, majority: true, pick: vec![0, 2] });
        let v = decide(&[c(Some("جون كيربي"), None), c(Some("ادريان واتسون"), None)]);
        assert_eq!(v, Verdict { agreed: false, majority: false, pick: vec![] });
    }

    #[test]
    fn one_entity_is_one_speaker_whatever_the_spelling() {
        assert!(same(&c(Some("شويجو"), Some("e3")), &c(Some("سيرجي شويجو"), Some("e3"))));
        assert!(!same(&c(Some("كيم"), Some("e1")), &c(Some("كيم تيوو"), Some("e2"))));
    }
}
