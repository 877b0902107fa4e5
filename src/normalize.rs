//! Arabic text normalization that remembers where every output character came from.
//!
//! The input is cut into *segments*: a character of canonical combining class 0 and the
//! combining marks that follow it (a letter with its diacritics). Whitespace takes no
//! marks. Characters that the options remove and that take no marks themselves
//! (tatweel, invisible characters) are *transparent*: a mark after a run of them
//! belongs to the letter before the run, as it will once they are gone; so does a
//! presentation form that is a mark drawn on a tatweel (ﹷ = tatweel + fatha). Each
//! segment goes through Unicode normalization (per segment, so offsets stay exact),
//! then through a per-character fold that fuses the steps of the chosen [`Options`]
//! (diacritics, tatweel, alef forms, Persian letters, digits, punctuation, invisible
//! characters, lowercase), again until nothing changes (a fold can make a sequence
//! that composes: ی + U+0654 → ي + U+0654 → ئ), and finally through whitespace
//! handling. So normalizing normalized text changes nothing.
//!
//! Offsets follow one contract, checked by property tests:
//! * every output character carries the byte range `[start, end)` of the original text
//!   that produced it;
//! * a segment that comes out unchanged maps character by character (so preset `none`
//!   gives the identity map, and any text that comes out unchanged maps to itself); a
//!   changed segment maps every output character to the whole segment, so a letter is
//!   never separated from its marks unless both are kept as they are;
//! * a removed diacritic or tatweel that forms a segment of its own extends the end of
//!   the output characters of the segment before it, unless that is a space; removed
//!   invisible characters belong to no output character (unless a mark follows them:
//!   then they are inside the segment of the letter before);
//! * a collapsed whitespace run maps to the whole run (if the run ends with a space
//!   that comes out of a ligature such as ﱞ, the rest of that ligature's output maps
//!   to the same range);
//! * ranges are monotonic: consecutive output characters have the same range (one
//!   segment) or the second starts where the first ends or later.
//!
//! So the original range of an output span `[s, e)` is `[starts[s], ends[e - 1])`.
//! Offsets here are byte offsets; [`crate::offsets`] converts them for JS and the CLI.

use serde::Deserialize;
use unicode_normalization::char::canonical_combining_class;
use crate::offsets::{Cursor, Unit};
use unicode_normalization::{is_nfc_quick, is_nfkc_quick, IsNormalized, UnicodeNormalization};

/// Which Unicode normalization form is applied to each segment.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum UnicodeForm {
    None,
    Nfc,
    Nfkc,
}

/// How runs of whitespace are treated.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Whitespace {
    /// Leave whitespace as it is.
    Keep,
    /// Every run becomes one space; leading and trailing runs are removed.
    Collapse,
    /// Runs within a line become one space; line breaks are kept (as `\n`), spaces
    /// around them and leading and trailing runs are removed.
    Lines,
}

/// How Persian and Urdu letter forms are folded to their Arabic counterparts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
pub enum Persian {
    #[serde(rename = "none")]
    None,
    /// Only kaf (ک ڪ → ك) and yeh (ی ې ے → ي).
    #[serde(rename = "kaf-yeh")]
    KafYeh,
    /// Kaf, yeh and heh forms (ہ ھ ە ۀ ۃ → ه).
    #[serde(rename = "all")]
    All,
}

/// Named sets of defaults.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Preset {
    /// For matching and search: everything folded (the default).
    #[default]
    Search,
    /// For showing text: NFC, invisible characters and tatweel removed, Persian kaf and
    /// yeh folded, spaces collapsed within lines, diacritics kept.
    Display,
    /// Changes nothing; gives the identity map.
    None,
}

/// Every step of normalization, each one switchable.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Options {
    pub unicode: UnicodeForm,
    pub strip_diacritics: bool,
    pub strip_tatweel: bool,
    pub fold_alef: bool,
    pub fold_alef_maksura: bool,
    pub fold_teh_marbuta: bool,
    pub persian: Persian,
    pub fold_hamza: bool,
    pub digits: bool,
    pub punctuation: bool,
    pub strip_invisible: bool,
    pub whitespace: Whitespace,
    pub lowercase: bool,
}

impl Options {
    pub const SEARCH: Options = Options {
        unicode: UnicodeForm::Nfkc,
        strip_diacritics: true,
        strip_tatweel: true,
        fold_alef: true,
        fold_alef_maksura: true,
        fold_teh_marbuta: true,
        persian: Persian::All,
        fold_hamza: false,
        digits: true,
        punctuation: true,
        strip_invisible: true,
        whitespace: Whitespace::Collapse,
        lowercase: true,
    };
    pub const DISPLAY: Options = Options {
        unicode: UnicodeForm::Nfc,
        strip_diacritics: false,
        strip_tatweel: true,
        fold_alef: false,
        fold_alef_maksura: false,
        fold_teh_marbuta: false,
        persian: Persian::KafYeh,
        fold_hamza: false,
        digits: false,
        punctuation: false,
        strip_invisible: true,
        whitespace: Whitespace::Lines,
        lowercase: false,
    };
    pub const NONE: Options = Options {
        unicode: UnicodeForm::None,
        strip_diacritics: false,
        strip_tatweel: false,
        fold_alef: false,
        fold_alef_maksura: false,
        fold_teh_marbuta: false,
        persian: Persian::None,
        fold_hamza: false,
        digits: false,
        punctuation: false,
        strip_invisible: false,
        whitespace: Whitespace::Keep,
        lowercase: false,
    };

    pub fn preset(preset: Preset) -> Options {
        match preset {
            Preset::Search => Options::SEARCH,
            Preset::Display => Options::DISPLAY,
            Preset::None => Options::NONE,
        }
    }
}

impl Default for Options {
    fn default() -> Self {
        Options::SEARCH
    }
}

/// Options as users write them (JS objects, CLI flags): a preset and overrides.
/// Unknown names are rejected with a message that lists the valid ones.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct OptionsSpec {
    pub preset: Option<Preset>,
    pub unicode: Option<UnicodeForm>,
    pub strip_diacritics: Option<bool>,
    pub strip_tatweel: Option<bool>,
    pub fold_alef: Option<bool>,
    pub fold_alef_maksura: Option<bool>,
    pub fold_teh_marbuta: Option<bool>,
    pub persian: Option<Persian>,
    pub hamza: Option<bool>,
    pub digits: Option<bool>,
    pub punctuation: Option<bool>,
    pub strip_invisible: Option<bool>,
    pub whitespace: Option<Whitespace>,
    pub lowercase: Option<bool>,
}

impl OptionsSpec {
    /// The preset's defaults with every given override applied.
    pub fn resolve(&self) -> Options {
        let mut o = Options::preset(self.preset.unwrap_or_default());
        macro_rules! set {
            ($($spec:ident => $field:ident),*) => {$(
                if let Some(v) = self.$spec { o.$field = v; }
            )*};
        }
        set!(unicode => unicode, strip_diacritics => strip_diacritics,
             strip_tatweel => strip_tatweel, fold_alef => fold_alef,
             fold_alef_maksura => fold_alef_maksura, fold_teh_marbuta => fold_teh_marbuta,
             persian => persian, hamza => fold_hamza, digits => digits,
             punctuation => punctuation, strip_invisible => strip_invisible,
             whitespace => whitespace, lowercase => lowercase);
        o
    }

    /// Parses a JSON object of options (the CLI's `--options`), with clear errors.
    pub fn from_json(json: &str) -> Result<OptionsSpec, String> {
        serde_json::from_str(json).map_err(|e| format!("invalid normalization options: {e}"))
    }
}

/// Names of the options, for error messages and documentation.
pub const OPTION_NAMES: &[&str] = &[
    "preset", "unicode", "stripDiacritics", "stripTatweel", "foldAlef", "foldAlefMaksura",
    "foldTehMarbuta", "persian", "hamza", "digits", "punctuation", "stripInvisible",
    "whitespace", "lowercase",
];

/// Normalized text with, for every character of it, the byte range of the original.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Normalized {
    pub text: String,
    /// Start byte in the original, one per character of `text`.
    pub starts: Vec<u32>,
    /// End byte in the original, one per character of `text`.
    pub ends: Vec<u32>,
}

impl Normalized {
    /// Byte range of the original covered by output characters `[s, e)` (char indices).
    pub fn original_range(&self, s: usize, e: usize) -> Option<(usize, usize)> {
        if s >= e || e > self.starts.len() {
            return None;
        }
        Some((self.starts[s] as usize, self.ends[e - 1] as usize))
    }
}

/// What the fold does to one character.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Fold {
    Keep(char),
    /// Removed, and its range joins the kept character before it (diacritic, tatweel).
    Absorb,
    /// Removed, and belongs to no output character (invisible formatting).
    Drop,
}

pub fn is_diacritic(c: char) -> bool {
    matches!(c as u32,
        0x0610..=0x061A | 0x064B..=0x065F | 0x0670 | 0x06D6..=0x06DC | 0x06DF..=0x06E8
        | 0x06EA..=0x06ED | 0x08D3..=0x08E1 | 0x08E3..=0x08FF)
}

pub fn is_invisible(c: char) -> bool {
    matches!(c as u32, 0x200B..=0x200F | 0x061C | 0x202A..=0x202E | 0x2066..=0x2069 | 0xFEFF | 0x00AD)
}

pub const TATWEEL: char = '\u{0640}';

fn is_line_break(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

/// Applies steps 2 to 10 and 12 to one character, in the order of the preset.
fn fold_char(c: char, o: &Options) -> Fold {
    let cp = c as u32;
    if cp < 0x80 {
        if o.lowercase && c.is_ascii_uppercase() {
            return Fold::Keep(c.to_ascii_lowercase());
        }
        return Fold::Keep(c);
    }
    if o.strip_diacritics && is_diacritic(c) {
        return Fold::Absorb;
    }
    if o.strip_tatweel && c == TATWEEL {
        return Fold::Absorb;
    }
    let c = match c {
        '\u{0622}' | '\u{0623}' | '\u{0625}' | '\u{0671}' | '\u{0672}' | '\u{0673}' if o.fold_alef => '\u{0627}',
        '\u{0649}' if o.fold_alef_maksura => '\u{064A}',
        '\u{0629}' if o.fold_teh_marbuta => '\u{0647}',
        '\u{06A9}' | '\u{06AA}' if o.persian != Persian::None => '\u{0643}',
        '\u{06CC}' | '\u{06D0}' | '\u{06D2}' if o.persian != Persian::None => '\u{064A}',
        '\u{06C1}' | '\u{06BE}' | '\u{06D5}' | '\u{06C0}' | '\u{06C3}' if o.persian == Persian::All => '\u{0647}',
        '\u{0624}' if o.fold_hamza => '\u{0648}',
        '\u{0626}' if o.fold_hamza => '\u{064A}',
        '\u{0660}'..='\u{0669}' if o.digits => char::from(b'0' + (cp - 0x0660) as u8),
        '\u{06F0}'..='\u{06F9}' if o.digits => char::from(b'0' + (cp - 0x06F0) as u8),
        _ if o.punctuation => match c {
            '\u{060C}' | '\u{066C}' => ',',
            '\u{061B}' => ';',
            '\u{061F}' => '?',
            '\u{066A}' => '%',
            '\u{066B}' | '\u{06D4}' => '.',
            '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{00AB}' | '\u{00BB}' => '"',
            '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' => '\'',
            '\u{2010}'..='\u{2015}' => '-',
            _ => c,
        },
        _ => c,
    };
    if o.strip_invisible && is_invisible(c) {
        return Fold::Drop;
    }
    if o.lowercase && is_latin_letter(c) && c.is_uppercase() {
        let mut lower = c.to_lowercase();
        if let (Some(l), None) = (lower.next(), lower.next()) {
            return Fold::Keep(l);
        }
    }
    Fold::Keep(c)
}

fn is_latin_letter(c: char) -> bool {
    matches!(c as u32, 0x41..=0x5A | 0x61..=0x7A | 0xC0..=0x24F | 0x1E00..=0x1EFF)
}

/// Canonical combining class, with a fast path for ASCII and the Arabic letters.
#[inline]
pub(crate) fn ccc(c: char) -> u8 {
    let cp = c as u32;
    if cp < 0x300 {
        return 0;
    }
    if (0x0600..0x0610).contains(&cp) || (0x0621..0x064B).contains(&cp) || (0x0671..0x06D6).contains(&cp) {
        return 0;
    }
    canonical_combining_class(c)
}

/// Whether one character is left unchanged by the Unicode form on its own.
fn unicode_stable_char(c: char, form: UnicodeForm) -> bool {
    match form {
        UnicodeForm::None => true,
        UnicodeForm::Nfc => is_nfc_quick(std::iter::once(c)) == IsNormalized::Yes,
        UnicodeForm::Nfkc => is_nfkc_quick(std::iter::once(c)) == IsNormalized::Yes,
    }
}

/// What the fast path does with a character of U+0600–U+06FF that forms a segment
/// of its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Act {
    /// Output the character as it is.
    Same,
    /// Output this character (its fold) for the segment.
    Keep(char),
    Absorb,
    Drop,
    /// Needs Unicode normalization: take the general path.
    Slow,
}

/// Everything the per-character work needs for one set of options, precomputed.
struct Tables {
    o: Options,
    /// ASCII after the fold (only lowercasing changes ASCII).
    ascii: [u8; 128],
    /// Fold of each character of U+0600–U+06FF.
    fold_ar: [Fold; 256],
    /// What a U+0600–U+06FF character alone becomes.
    act_ar: [Act; 256],
    /// Characters of U+0600–U+06FF that are removed and have combining class 0
    /// (tatweel, U+061C, small waw and yeh when diacritics go): see [`Tables::transparent`].
    transparent_ar: [bool; 256],
    /// Characters of U+0600–U+06FF that end the segment before them: combining class 0
    /// and not transparent.
    plain_ar: [bool; 256],
    /// Marks of U+0600–U+06FF that are removed and compose with nothing (not
    /// U+0653–U+0655): a letter followed by such marks becomes the letter alone.
    absorbed_mark_ar: [bool; 256],
    /// What a character of U+0080–U+00FF alone becomes (whitespace and what is
    /// removed take the general path).
    act_latin1: [Act; 128],
    /// The output character of each ASCII character and each character of
    /// U+0600–U+06FF that ends the segment before it and alone comes out as one
    /// visible character (see [`fast_run`]).
    fast_ascii: [u32; 128],
    fast_ar: [u32; 256],
}

/// Entry bits of [`Tables::fast_ascii`] and [`Tables::fast_ar`]; the low 16 bits are
/// the output character of a [`FAST`] one.
/// A character that alone comes out as one visible character below U+0800.
const FAST: u32 = 1 << 16;
/// A character that ends the segment before it (combining class 0, not transparent).
const PLAIN: u32 = 1 << 17;
/// A character whose effect on the segment before it needs a closer look.
const LOOK: u32 = 1 << 18;
/// A space (U+0020) where whitespace is collapsed: [`fast_run`] writes a single one
/// between two [`FAST`] characters as it is (its low 16 bits are the space).
const SPACE: u32 = 1 << 19;

/// Tables of a preset (static) or of other options (shared with the recent ones).
enum TablesRef {
    Preset(&'static Tables),
    Recent(std::rc::Rc<Tables>),
}

impl std::ops::Deref for TablesRef {
    type Target = Tables;
    fn deref(&self) -> &Tables {
        match self {
            TablesRef::Preset(t) => t,
            TablesRef::Recent(t) => t,
        }
    }
}

impl Tables {
    fn new(o: &Options) -> Tables {
        let mut t = Tables {
            o: *o,
            ascii: [0; 128],
            fold_ar: [Fold::Drop; 256],
            act_ar: [Act::Slow; 256],
            transparent_ar: [false; 256],
            plain_ar: [false; 256],
            absorbed_mark_ar: [false; 256],
            act_latin1: [Act::Slow; 128],
            fast_ascii: [PLAIN; 128],
            fast_ar: [0; 256],
        };
        for i in 0..128 {
            let c = char::from_u32(0x80 + i as u32).expect("U+0080-U+00FF are scalar values");
            if c.is_whitespace() || !unicode_stable_char(c, o.unicode) {
                continue;
            }
            t.act_latin1[i] = match fold_char(c, o) {
                Fold::Keep(k) if k == c => Act::Same,
                Fold::Keep(k) if !k.is_whitespace() => Act::Keep(k),
                _ => Act::Slow,
            };
        }
        for b in 0..128u8 {
            let folded = if o.lowercase { b.to_ascii_lowercase() } else { b };
            t.ascii[b as usize] = folded;
            let ws = o.whitespace != Whitespace::Keep && is_ascii_white_space(b);
            if !ws {
                t.fast_ascii[b as usize] = PLAIN | FAST | folded as u32;
            } else if b == b' ' {
                t.fast_ascii[b as usize] = PLAIN | SPACE | b' ' as u32;
            }
        }
        for i in 0..256 {
            let c = char::from_u32(0x0600 + i as u32).expect("U+0600-U+06FF are scalar values");
            let fold = fold_char(c, o);
            let stable = unicode_stable_char(c, o.unicode);
            t.fold_ar[i] = fold;
            t.act_ar[i] = match fold {
                _ if !stable => Act::Slow,
                Fold::Keep(k) if k == c => Act::Same,
                Fold::Keep(k) => Act::Keep(k),
                Fold::Absorb => Act::Absorb,
                Fold::Drop => Act::Drop,
            };
            t.transparent_ar[i] = stable && ccc(c) == 0 && matches!(fold, Fold::Absorb | Fold::Drop);
            t.plain_ar[i] = ccc(c) == 0 && !t.transparent_ar[i];
            t.absorbed_mark_ar[i] =
                ccc(c) != 0 && stable && fold == Fold::Absorb && !(0x0653..=0x0655).contains(&(c as u32));
            t.fast_ar[i] = match t.act_ar[i] {
                _ if t.transparent_ar[i] => LOOK,
                _ if !t.plain_ar[i] => 0,
                Act::Same => PLAIN | FAST | c as u32,
                Act::Keep(k) if !k.is_whitespace() && (k as u32) < 0x800 => PLAIN | FAST | k as u32,
                _ => PLAIN,
            };
        }
        t
    }

    /// The entry ([`FAST`], [`PLAIN`], [`LOOK`]) of the character at byte `j` and its
    /// length: ASCII and U+0600–U+06FF from the tables; the end of the text is
    /// [`PLAIN`], other characters [`LOOK`].
    #[inline(always)]
    fn entry_at(&self, b: &[u8], j: usize) -> (u32, usize) {
        let Some(&lead) = b.get(j) else { return (PLAIN, 0) };
        if lead < 0x80 {
            return (self.fast_ascii[lead as usize], 1);
        }
        if (0xD8..=0xDB).contains(&lead) {
            if let Some(&cont) = b.get(j + 1) {
                return (self.fast_ar[arabic_index(lead, cont)], 2);
            }
        }
        (LOOK, 0)
    }

    /// Whether the character at byte `j`, of entry `e`, ends the segment before it.
    #[inline(always)]
    fn ends_segment(&self, text: &str, j: usize, e: u32) -> bool {
        e & PLAIN != 0 || (e & LOOK != 0 && self.plain_next(text, j))
    }

    /// The tables for `o`: a preset's, built once, or those of recent other options.
    fn of(o: &Options) -> TablesRef {
        match Tables::cached(o) {
            Some(t) => TablesRef::Preset(t),
            None => TablesRef::Recent(Tables::recent(o)),
        }
    }

    /// The tables of a preset, built once; other options build their own.
    fn cached(o: &Options) -> Option<&'static Tables> {
        use std::sync::OnceLock;
        static SEARCH: OnceLock<Tables> = OnceLock::new();
        static DISPLAY: OnceLock<Tables> = OnceLock::new();
        static NONE: OnceLock<Tables> = OnceLock::new();
        let cell = if *o == Options::SEARCH {
            &SEARCH
        } else if *o == Options::DISPLAY {
            &DISPLAY
        } else if *o == Options::NONE {
            &NONE
        } else {
            return None;
        };
        Some(cell.get_or_init(|| Tables::new(o)))
    }

    /// The tables of options other than the presets (name keys use `search` with
    /// hamza folding), kept for the last few option sets used on this thread, so that
    /// many calls on short texts do not rebuild them.
    fn recent(o: &Options) -> std::rc::Rc<Tables> {
        use std::cell::RefCell;
        use std::rc::Rc;
        thread_local! {
            static RECENT: RefCell<Vec<(Options, Rc<Tables>)>> = const { RefCell::new(Vec::new()) };
        }
        RECENT.with(|cell| {
            let mut recent = cell.borrow_mut();
            if let Some((_, t)) = recent.iter().find(|(k, _)| k == o) {
                return t.clone();
            }
            let t = Rc::new(Tables::new(o));
            if recent.len() == 8 {
                recent.remove(0);
            }
            recent.push((*o, t.clone()));
            t
        })
    }

    #[inline]
    fn fold(&self, c: char) -> Fold {
        let cp = c as u32;
        if cp < 0x80 {
            Fold::Keep(self.ascii[cp as usize] as char)
        } else if (0x0600..0x0700).contains(&cp) {
            self.fold_ar[(cp - 0x0600) as usize]
        } else {
            fold_char(c, &self.o)
        }
    }

    /// A *transparent* character is one the options remove that does not itself take
    /// marks (combining class 0): tatweel, invisible characters. A combining mark after
    /// a run of them belongs to the letter before the run, as it will once they are
    /// gone (so `ا` + ZWNJ + U+0653 becomes `آ` in one pass, not two).
    fn transparent(&self, c: char) -> bool {
        let cp = c as u32;
        if cp < 0x80 {
            return false;
        }
        if (0x0600..0x0700).contains(&cp) {
            return self.transparent_ar[(cp - 0x0600) as usize];
        }
        if is_invisible(c) {
            // Combining class 0, stable in every form: removed means transparent.
            return self.o.strip_invisible;
        }
        matches!(fold_char(c, &self.o), Fold::Absorb | Fold::Drop)
            && ccc(c) == 0
            && unicode_stable_char(c, self.o.unicode)
    }

    /// An *attaching* character has combining class 0 but its Unicode form starts,
    /// once transparent characters are gone, with a combining mark: ﹷ (U+FE77) is
    /// tatweel + fatha, so with tatweel stripped its fatha belongs to the letter before.
    /// It joins the segment before it, like a mark.
    fn attaching(&self, c: char) -> bool {
        if unicode_stable_char(c, self.o.unicode) {
            return false;
        }
        let mut buf = [' '; 4];
        let mut n = 0;
        let mut push = |d: char| {
            if n < buf.len() {
                buf[n] = d;
                n += 1;
            }
        };
        if self.o.unicode == UnicodeForm::Nfc {
            std::iter::once(c).nfc().for_each(&mut push);
        } else {
            std::iter::once(c).nfkc().for_each(&mut push);
        }
        buf[..n].iter().find(|&&d| !self.transparent(d)).is_some_and(|&d| ccc(d) != 0)
    }

    /// Whether `c`, after a character, belongs to that character's segment.
    #[inline]
    fn joins(&self, c: char) -> bool {
        ccc(c) != 0 || self.attaching(c)
    }

    /// Whether the character starting at byte `j` (or the end of the text) ends the
    /// segment before it, without looking further.
    #[inline(always)]
    fn plain_next(&self, text: &str, j: usize) -> bool {
        let b = text.as_bytes();
        let Some(&lead) = b.get(j) else { return true };
        if lead < 0x80 {
            return true;
        }
        if (0xD8..=0xDB).contains(&lead) {
            if let Some(&cont) = b.get(j + 1) {
                let idx = arabic_index(lead, cont);
                return self.plain_ar[idx] || (self.transparent_ar[idx] && self.after_transparent(text, j));
            }
        }
        self.plain_other(text, j)
    }

    #[inline(never)]
    fn plain_other(&self, text: &str, j: usize) -> bool {
        match text[j..].chars().next() {
            Some(c) if self.transparent(c) => self.after_transparent(text, j),
            Some(c) => !self.joins(c),
            None => true,
        }
    }

    /// Whether the run of transparent characters at byte `j` is followed by something
    /// that does not join the segment before it (so the run does not join it either).
    #[inline(never)]
    fn after_transparent(&self, text: &str, j: usize) -> bool {
        text[j..].chars().find(|&c| !self.transparent(c)).is_none_or(|c| !self.joins(c))
    }

    /// Whether the character at byte `j` is sure to give a visible output character
    /// first (so a single space before it is kept as it is).
    #[inline(always)]
    fn visible_next(&self, b: &[u8], j: usize) -> bool {
        match b.get(j) {
            Some(&lead) if lead < 0x80 => !is_ascii_white_space(lead),
            Some(&lead) if (0xD8..=0xDB).contains(&lead) => b
                .get(j + 1)
                .is_some_and(|&cont| matches!(self.act_ar[arabic_index(lead, cont)], Act::Same | Act::Keep(_))),
            _ => false,
        }
    }
}

/// Index in U+0600–U+06FF of the two-byte UTF-8 sequence `lead cont` (lead D8–DB).
#[inline]
fn arabic_index(lead: u8, cont: u8) -> usize {
    (((lead & 0x03) as usize) << 6) | (cont & 0x3F) as usize
}

#[inline]
fn is_ascii_white_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\x0B' | b'\x0C' | b'\r')
}

/// The output text of normalization: UTF-8 (`String`) or UTF-16 code units
/// (`Vec<u16>`, for JavaScript, which then needs no transcoding). The offset map has one
/// entry per character of a `String` and one per code unit of a `Vec<u16>`.
trait TextSink: Default {
    /// The code unit: a UTF-8 byte or a UTF-16 code unit.
    type Code: Copy;
    /// Map entries of one output character.
    fn entries(c: char) -> usize;
    /// The code units, for [`fast_run`] to write into.
    ///
    /// # Safety
    /// Only whole characters may be written (a `String` stays UTF-8).
    unsafe fn codes(&mut self) -> &mut Vec<Self::Code>;

    /// Writes the character `c` (below U+0800) at `buf[at..]`; returns how many code units it took.
    fn put_small(buf: &mut [std::mem::MaybeUninit<Self::Code>], at: usize, c: u32) -> usize;
    /// Code units of a character below U+0800.
    fn code_len_small(c: u32) -> usize;
    /// The most code units a character below U+0800 takes.
    const SMALL_MAX: usize;
    fn push_char(&mut self, c: char);
    /// Removes the last character, which is below U+0800.
    fn pop_small(&mut self);
    fn last_char(&self) -> Option<char>;
    fn clear(&mut self);
    /// Room for the output of `src` (of `chars` characters): its length in code units.
    fn reserve_for(&mut self, src: &str, chars: usize);
}

impl TextSink for String {
    fn reserve_for(&mut self, src: &str, _chars: usize) {
        self.reserve(src.len());
    }
    type Code = u8;
    #[inline(always)]
    fn entries(_: char) -> usize {
        1
    }
    unsafe fn codes(&mut self) -> &mut Vec<u8> {
        self.as_mut_vec()
    }

    const SMALL_MAX: usize = 2;
    #[inline(always)]
    fn code_len_small(c: u32) -> usize {
        1 + usize::from(c >= 0x80)
    }
    #[inline(always)]
    fn put_small(buf: &mut [std::mem::MaybeUninit<u8>], at: usize, c: u32) -> usize {
        if c < 0x80 {
            buf[at].write(c as u8);
            1
        } else {
            debug_assert!(c < 0x800);
            buf[at].write((0xC0 | (c >> 6)) as u8);
            buf[at + 1].write((0x80 | (c & 0x3F)) as u8);
            2
        }
    }
    #[inline(always)]
    fn pop_small(&mut self) {
        self.pop();
    }
    #[inline(always)]
    fn push_char(&mut self, c: char) {
        self.push(c);
    }
    fn last_char(&self) -> Option<char> {
        self.chars().next_back()
    }
    fn clear(&mut self) {
        String::clear(self);
    }
}

impl TextSink for Vec<u16> {
    fn reserve_for(&mut self, src: &str, chars: usize) {
        // Characters outside the BMP take two code units.
        self.reserve(chars + src.len() / 4);
    }
    type Code = u16;
    #[inline(always)]
    fn entries(c: char) -> usize {
        c.len_utf16()
    }
    unsafe fn codes(&mut self) -> &mut Vec<u16> {
        self
    }

    const SMALL_MAX: usize = 1;
    #[inline(always)]
    fn code_len_small(_: u32) -> usize {
        1
    }
    #[inline(always)]
    fn put_small(buf: &mut [std::mem::MaybeUninit<u16>], at: usize, c: u32) -> usize {
        buf[at].write(c as u16);
        1
    }
    #[inline(always)]
    fn pop_small(&mut self) {
        self.pop();
    }
    #[inline(always)]
    fn push_char(&mut self, c: char) {
        if (c as u32) < 0x1_0000 {
            self.push(c as u16);
        } else {
            let mut buf = [0u16; 2];
            self.extend_from_slice(c.encode_utf16(&mut buf));
        }
    }
    fn last_char(&self) -> Option<char> {
        let n = self.len();
        let start = if n >= 2 && (0xDC00..0xE000).contains(&self[n - 1]) { n - 2 } else { n.checked_sub(1)? };
        char::decode_utf16(self[start..].iter().copied()).next()?.ok()
    }
    fn clear(&mut self) {
        Vec::clear(self);
    }
}

/// Builds the output with its offsets, handling whitespace runs as they arrive.
///
/// Callers give byte offsets of the input; the emitter writes them in the unit of its
/// [`Cursor`] (bytes, UTF-16 code units or code points of the input).
///
/// The input may be a piece of a longer text that starts at `base` (in the output
/// unit): [`normalize_utf16_units`] hands the pieces its own loop does not write to an
/// emitter rebound to each in turn. Positions kept between calls (the pending
/// whitespace run) are therefore kept in the output unit, not in bytes of the piece.
struct Emitter<'a, T: TextSink> {
    /// The input, or the piece of it being written.
    src: &'a str,
    /// Where `src` starts in the whole input, in the output unit.
    base: u32,
    text: T,
    starts: Vec<u32>,
    ends: Vec<u32>,
    cur: Cursor,
    mode: Whitespace,
    /// A whitespace run waiting to be written: its start and end (output unit).
    pending: Option<(u32, u32)>,
    /// Line breaks inside the pending run (mode `Lines`), in the output unit.
    breaks: Vec<(u32, u32)>,
    /// Whether the last whitespace seen was a CR, so that CR LF is one break.
    last_break_was_cr: bool,
}

impl<'a, T: TextSink> Emitter<'a, T> {
    /// An emitter writing into the given buffers (cleared, their memory reused).
    ///
    /// Room is reserved for what most text needs: an entry per character of the input
    /// and a code unit per code unit of it (the fast path never needs more).
    fn new(src: &'a str, mode: Whitespace, unit: Unit, mut text: T, mut starts: Vec<u32>, mut ends: Vec<u32>) -> Self {
        let chars = src.chars().count();
        text.clear();
        starts.clear();
        ends.clear();
        text.reserve_for(src, chars);
        starts.reserve(chars);
        ends.reserve(chars);
        Emitter {
            src,
            base: 0,
            text,
            starts,
            ends,
            cur: Cursor::new(unit),
            mode,
            pending: None,
            breaks: Vec::new(),
            last_break_was_cr: false,
        }
    }

    /// The same emitter writing the piece `src` of the input, which starts at `base` in
    /// the output unit.
    fn rebind<'b>(self, src: &'b str, base: u32) -> Emitter<'b, T> {
        Emitter {
            src,
            base,
            text: self.text,
            starts: self.starts,
            ends: self.ends,
            cur: Cursor::new(self.cur.unit()),
            mode: self.mode,
            pending: self.pending,
            breaks: self.breaks,
            last_break_was_cr: self.last_break_was_cr,
        }
    }

    /// The position of byte offset `b` in the output unit.
    #[inline(always)]
    fn pos(&mut self, b: u32) -> u32 {
        self.base + self.cur.at(self.src.as_bytes(), b as usize)
    }

    /// Records that byte `b` of the piece is at `pos` in the output unit (a producer
    /// that counted itself).
    #[inline(always)]
    fn set_pos(&mut self, b: usize, pos: u32) {
        self.cur.set(b, pos - self.base);
    }

    #[inline]
    fn push_raw(&mut self, c: char, s: u32, e: u32) {
        let (s, e) = (self.pos(s), self.pos(e));
        self.push_at(c, s, e);
    }

    /// Writes `c` for the range `[s, e)` given in the output unit.
    #[inline]
    fn push_at(&mut self, c: char, s: u32, e: u32) {
        self.text.push_char(c);
        for _ in 0..T::entries(c) {
            self.starts.push(s);
            self.ends.push(e);
        }
    }

    /// Outputs the input character at `[s, e)` as it is (no whitespace pending, or the
    /// character is not whitespace).
    #[inline]
    fn verbatim(&mut self, s: usize, e: usize) {
        let c = self.src[s..e].chars().next().expect("a character");
        self.push_raw(c, s as u32, e as u32);
    }

    /// Outputs the input character at `[s, e)`, which is not whitespace, as it is.
    #[inline]
    fn visible_verbatim(&mut self, s: usize, e: usize) {
        if self.pending.is_some() {
            self.flush(false);
        }
        self.verbatim(s, e);
    }

    /// Writes a character that is not whitespace (or any character in mode `Keep`).
    #[inline]
    fn visible(&mut self, c: char, s: u32, e: u32) {
        if self.pending.is_some() {
            self.flush(false);
        }
        self.push_raw(c, s, e);
    }

    #[inline]
    fn emit(&mut self, c: char, s: u32, e: u32) {
        if self.mode != Whitespace::Keep && c.is_whitespace() {
            self.space(c, s, e);
        } else {
            self.visible(c, s, e);
        }
    }

    /// Adds a whitespace character to the pending run (mode `Collapse` or `Lines`).
    fn space(&mut self, c: char, s: u32, e: u32) {
        let (s, e) = (self.pos(s), self.pos(e));
        match &mut self.pending {
            Some((_, pe)) => *pe = e,
            None => self.pending = Some((s, e)),
        }
        if self.mode == Whitespace::Lines && is_line_break(c) {
            // CR LF counts as one break.
            let joins_crlf = c == '\n'
                && self.breaks.last().is_some_and(|&(_, be)| be == s && self.last_break_was_cr);
            if joins_crlf {
                if let Some(b) = self.breaks.last_mut() {
                    b.1 = e;
                }
            } else {
                self.breaks.push((s, e));
            }
            self.last_break_was_cr = c == '\r';
        } else {
            self.last_break_was_cr = false;
        }
    }

    /// Writes the pending whitespace run (unless it leads or trails the text).
    fn flush(&mut self, at_end: bool) {
        let Some((rs, re)) = self.pending.take() else { return };
        self.last_break_was_cr = false;
        let leading = self.starts.is_empty();
        if leading || at_end {
            self.breaks.clear();
            return;
        }
        if self.breaks.is_empty() {
            self.push_at(' ', rs, re);
        } else {
            let n = self.breaks.len();
            for i in 0..n {
                let (bs, be) = self.breaks[i];
                let s = if i == 0 { rs } else { bs };
                let e = if i + 1 == n { re } else { be };
                self.push_at('\n', s, e);
            }
            self.breaks.clear();
        }
    }

    /// Extends the last kept character over a removed diacritic or tatweel: with it,
    /// the other output characters of its segment (those with the same range).
    fn absorb(&mut self, e: u32) {
        if self.pending.is_some() {
            return;
        }
        let Some(last_char) = self.text.last_char() else { return };
        if last_char.is_whitespace() {
            return;
        }
        let e = self.pos(e);
        let n = self.ends.len();
        let range = (self.starts[n - 1], self.ends[n - 1]);
        let mut k = n;
        while k > 0 && (self.starts[k - 1], self.ends[k - 1]) == range {
            self.ends[k - 1] = e;
            k -= 1;
        }
    }
}

/// Reusable buffers of the general path.
#[derive(Default)]
struct Scratch {
    /// The segment's characters and their start offsets.
    seg: Vec<char>,
    offs: Vec<u32>,
    cur: Vec<char>,
    uni: Vec<char>,
    folded: Vec<char>,
}

/// Normalizes `text` with `options`, keeping a byte-range map back to `text`.
///
/// Most characters of news text form a segment of their own (no combining mark
/// follows) and are ASCII or in U+0600–U+06FF: those take a table-driven fast path.
/// Everything else goes through [`general_segment`]; both give the same result.
pub fn normalize(text: &str, options: &Options) -> Normalized {
    let mut out = Normalized::default();
    normalize_into(text, options, &mut out);
    out
}

/// Like [`normalize`], but writes into `out`, reusing its buffers: for batches of
/// texts, where allocating (and, for large texts, having the system map fresh pages)
/// for every result would cost more than normalizing.
pub fn normalize_into(text: &str, options: &Options, out: &mut Normalized) {
    run_into(text, options, Unit::Byte, out, true);
}

/// Normalized text as UTF-16 code units, with one range per code unit, counted in
/// UTF-16 code units of the original: what JavaScript wants, made in the same pass.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Normalized16 {
    pub text: Vec<u16>,
    pub starts: Vec<u32>,
    pub ends: Vec<u32>,
}

/// [`normalize`] with UTF-16 output and offsets: equal to `normalize` followed by
/// [`crate::offsets::convert_map`] with [`Unit::Utf16`] and UTF-16 encoding of the text,
/// without the second pass.
pub fn normalize_utf16(text: &str, options: &Options) -> Normalized16 {
    let (text, starts, ends) = run(text, options, Unit::Utf16, Vec::<u16>::new(), Vec::new(), Vec::new(), true);
    Normalized16 { text, starts, ends }
}

/// [`normalize_utf16`] of a text given as UTF-16 code units, as a JavaScript string
/// holds it: no transcoding to UTF-8 first, which in JavaScript costs more than
/// normalizing. An unpaired surrogate reads as U+FFFD (one code unit too), as
/// `TextEncoder` reads it, so the result equals `normalize_utf16` of
/// `String::from_utf16_lossy(input)`.
///
/// Its own loop ([`fast_run16`]) writes what news text is mostly made of; every other
/// stretch is decoded and written by the same code as [`normalize`]. A stretch ends
/// just before a [`FAST`] character, where a segment is sure to end, so both agree.
pub fn normalize_utf16_units(input: &[u16], options: &Options) -> Normalized16 {
    let tables = Tables::of(options);
    let t: &Tables = &tables;
    let n = input.len();
    let mut em = Emitter::new("", options.whitespace, Unit::Utf16, Vec::<u16>::new(), Vec::new(), Vec::new());
    em.text.reserve(n);
    em.starts.reserve(n);
    em.ends.reserve(n);
    let mut scratch = Scratch::default();
    let mut piece = String::new();
    let mut i = 0;
    while i < n {
        let end = fast_run16(input, i, t, &mut em);
        if end > i {
            i = end;
            continue;
        }
        let mut q = i + 1;
        while q < n && entry16(t, input[q]) & FAST == 0 {
            q += 1;
        }
        piece.clear();
        piece.extend(char::decode_utf16(input[i..q].iter().copied()).map(|r| r.unwrap_or(char::REPLACEMENT_CHARACTER)));
        let mut pem = em.rebind(&piece, i as u32);
        run_text(&piece, t, &mut pem, &mut scratch, true);
        em = pem.rebind("", 0);
        i = q;
    }
    em.flush(true);
    Normalized16 { text: em.text, starts: em.starts, ends: em.ends }
}

/// The [`Tables::entry_at`] of a UTF-16 code unit; characters outside ASCII and
/// U+0600–U+06FF (surrogates too) have neither [`FAST`] nor [`PLAIN`].
#[inline(always)]
fn entry16(t: &Tables, c: u16) -> u32 {
    if c < 0x80 {
        t.fast_ascii[c as usize]
    } else if (0x0600..0x0700).contains(&c) {
        t.fast_ar[(c - 0x0600) as usize]
    } else {
        LOOK
    }
}

/// [`fast_run`] over UTF-16 input, where every character it writes is one code unit in
/// and one out, at the same offsets as in the input. Where it is not sure that a
/// segment ends (a [`LOOK`] character next), it takes back, for
/// [`normalize_utf16_units`] to hand the rest to the general code.
#[inline(never)]
fn fast_run16(input: &[u16], start: usize, t: &Tables, em: &mut Emitter<'_, Vec<u16>>) -> usize {
    let n = input.len();
    let at = |j: usize| if j < n { entry16(t, input[j]) } else { PLAIN };
    if at(start) & FAST == 0 || at(start + 1) & PLAIN == 0 {
        return start;
    }
    if em.pending.is_some() {
        em.flush(false);
    }
    // The run writes at most one code unit and one entry per input code unit left.
    let rest = n - start;
    em.starts.reserve(rest);
    em.ends.reserve(rest);
    em.text.reserve(rest);
    let k0 = em.starts.len();
    let ss = &mut em.starts.spare_capacity_mut()[..rest];
    let es = &mut em.ends.spare_capacity_mut()[..rest];
    let cs = &mut em.text.spare_capacity_mut()[..rest];
    let mut i = start;
    let mut k = 0;
    while i < n {
        let e = entry16(t, input[i]);
        // A single space between two such characters stays as it is (taken back below
        // if no such character follows); a second one stops the run.
        if e & (FAST | SPACE) == 0 || (e & SPACE != 0 && input[i - 1] == 0x20) {
            break;
        }
        ss[k].write(i as u32);
        es[k].write(i as u32 + 1);
        cs[k].write(e as u16);
        k += 1;
        i += 1;
    }
    // SAFETY: the first k entries and code units of the spare capacity were written.
    unsafe {
        em.starts.set_len(k0 + k);
        em.ends.set_len(k0 + k);
        em.text.set_len(k0 + k);
    }
    let space_ok = t.o.whitespace != Whitespace::Keep;
    let space_before = |i: usize| space_ok && input[i - 1] == 0x20;
    let mut take_back = |i: &mut usize| {
        em.starts.pop();
        em.ends.pop();
        em.text.pop();
        *i -= 1;
    };
    if !space_before(i) && at(i) & PLAIN == 0 {
        take_back(&mut i);
    }
    if space_before(i) {
        take_back(&mut i);
    }
    i
}

/// [`normalize`] with offsets counted in `unit` of the original (one per character of
/// the output, as in [`Normalized`]): equal to `normalize` followed by
/// [`crate::offsets::convert_map`] for [`Unit::CodePoint`] and [`Unit::Byte`].
pub fn normalize_in(text: &str, options: &Options, unit: Unit) -> Normalized {
    let mut out = Normalized::default();
    run_into(text, options, unit, &mut out, true);
    out
}

/// [`normalize`] without the fast paths: every segment through [`general_segment`].
/// The property tests check that both give the same result.
#[doc(hidden)]
pub fn normalize_reference(text: &str, options: &Options) -> Normalized {
    let mut out = Normalized::default();
    run_into(text, options, Unit::Byte, &mut out, false);
    out
}

/// [`normalize_utf16`] without the fast paths (for the property tests).
#[doc(hidden)]
pub fn normalize_utf16_reference(text: &str, options: &Options) -> Normalized16 {
    let (text, starts, ends) = run(text, options, Unit::Utf16, Vec::<u16>::new(), Vec::new(), Vec::new(), false);
    Normalized16 { text, starts, ends }
}

fn run_into(text: &str, options: &Options, unit: Unit, out: &mut Normalized, fast: bool) {
    let o = std::mem::take(out);
    let (text, starts, ends) = run(text, options, unit, o.text, o.starts, o.ends, fast);
    *out = Normalized { text, starts, ends };
}

#[allow(clippy::type_complexity)]
fn run<T: TextSink>(
    text: &str,
    options: &Options,
    unit: Unit,
    out_text: T,
    starts: Vec<u32>,
    ends: Vec<u32>,
    fast: bool,
) -> (T, Vec<u32>, Vec<u32>) {
    let tables = Tables::of(options);
    let t: &Tables = &tables;
    let mut em = Emitter::new(text, options.whitespace, unit, out_text, starts, ends);
    let mut scratch = Scratch::default();
    run_text(text, t, &mut em, &mut scratch, fast);
    em.flush(true);
    (em.text, em.starts, em.ends)
}

/// Writes all of `text` (the emitter's input, or a piece of it that ends where a
/// segment ends) to `em`; the whitespace run at its end stays pending.
fn run_text<T: TextSink>(text: &str, t: &Tables, em: &mut Emitter<'_, T>, scratch: &mut Scratch, fast: bool) {
    let keep_ws = t.o.whitespace == Whitespace::Keep;
    let bytes = text.as_bytes();
    let n = bytes.len();
    let mut i = 0;
    while i < n {
        if !fast {
            i = general_segment(text, i, t, em, scratch);
            continue;
        }
        if t.entry_at(bytes, i).0 & FAST != 0 {
            let end = fast_run(text, i, t, em);
            if end > i {
                i = end;
                continue;
            }
        }
        let lead = bytes[i];
        if lead < 0x80 {
            if t.plain_next(text, i + 1) {
                let b = t.ascii[lead as usize];
                if !keep_ws && is_ascii_white_space(b) {
                    // A single space between two visible characters stays as it is.
                    if b == b' ' && em.pending.is_none() && !em.starts.is_empty() && t.visible_next(bytes, i + 1) {
                        em.verbatim(i, i + 1);
                    } else {
                        em.space(b as char, i as u32, i as u32 + 1);
                    }
                } else if b == lead {
                    em.visible_verbatim(i, i + 1);
                } else {
                    em.visible(b as char, i as u32, i as u32 + 1);
                }
                i += 1;
                continue;
            }
        } else if (0xD8..=0xDB).contains(&lead) && i + 1 < n {
            // U+0600–U+06FF: never whitespace.
            let idx = arabic_index(lead, bytes[i + 1]);
            let act = t.act_ar[idx];
            if act != Act::Slow && t.plain_next(text, i + 2) {
                match act {
                    Act::Same => em.visible_verbatim(i, i + 2),
                    Act::Keep(k) => em.visible(k, i as u32, i as u32 + 2),
                    Act::Absorb => em.absorb(i as u32 + 2),
                    Act::Drop | Act::Slow => {}
                }
                i += 2;
                continue;
            }
            // A letter with diacritics that are removed (and compose with nothing):
            // the letter alone, mapped to the letter with its marks.
            if matches!(act, Act::Same | Act::Keep(_)) && t.plain_ar[idx] {
                let mut j = i + 2;
                while j + 1 < n
                    && (0xD8..=0xDB).contains(&bytes[j])
                    && t.absorbed_mark_ar[arabic_index(bytes[j], bytes[j + 1])]
                {
                    j += 2;
                }
                if j > i + 2 && t.plain_next(text, j) {
                    let k = match act {
                        Act::Keep(k) => k,
                        _ => char::from_u32(0x0600 + idx as u32).expect("U+0600-U+06FF"),
                    };
                    em.visible(k, i as u32, j as u32);
                    i = j;
                    continue;
                }
            }
        } else if (0xC2..=0xC3).contains(&lead) && i + 1 < n {
            // U+0080–U+00FF: « » · and Latin letters.
            let act = t.act_latin1[(((lead & 1) as usize) << 6) | (bytes[i + 1] & 0x3F) as usize];
            if act != Act::Slow && t.plain_next(text, i + 2) {
                match act {
                    Act::Same => em.visible_verbatim(i, i + 2),
                    Act::Keep(k) => em.visible(k, i as u32, i as u32 + 2),
                    _ => {}
                }
                i += 2;
                continue;
            }
        }
        else if let Some(c) = text[i..].chars().next().filter(|&c| t.transparent(c)) {
            // An invisible character (or other removed one) that takes no marks.
            let e = i + c.len_utf8();
            if t.plain_next(text, e) {
                if t.fold(c) == Fold::Absorb {
                    em.absorb(e as u32);
                }
                i = e;
                continue;
            }
        }
        i = general_segment(text, i, t, em, scratch);
    }
}

/// Outputs the characters from byte `start` that form segments of their own and come
/// out as one visible character each (ASCII and U+0600–U+06FF letters, folded or not:
/// see [`Tables::entry_at`]), with the single spaces between them; returns where it
/// stopped (`start` if the first character is not such a segment). This is the loop
/// that news text spends its time in: it writes text and offsets (in the emitter's
/// unit) directly.
///
/// It is greedy: a character with a [`FAST`] entry is written without looking at the
/// one after it, and a single space between two of them as it is. Where the run stops,
/// the character there may belong to the segment of the last one written (a mark
/// after a letter): then that one is taken back (and a space before it), for the
/// general path to write the whole segment. Looking ahead at every character instead
/// cost more than half of the time.
#[inline(never)]
fn fast_run<T: TextSink>(text: &str, start: usize, t: &Tables, em: &mut Emitter<'_, T>) -> usize {
    let b = text.as_bytes();
    let n = b.len();
    {
        let (cur, len) = t.entry_at(b, start);
        let (next, _) = t.entry_at(b, start + len);
        if cur & FAST == 0 || !t.ends_segment(text, start + len, next) {
            return start;
        }
    }
    // The run starts: whitespace before it is written first.
    if em.pending.is_some() {
        em.flush(false);
    }
    let space_ok = t.o.whitespace != Whitespace::Keep;
    let unit = em.cur.unit();
    let (w1, w2) = (unit.width_of_utf8_len(1), unit.width_of_utf8_len(2));
    let mut u = em.pos(start as u32);
    let mut i = start;
    // Whether the byte before `i` is a space written by this loop (in modes other than
    // `Keep` a space is never FAST, so every one in the run was written as a space).
    let space_before = |i: usize| space_ok && b[i - 1] == b' ';
    loop {
        // Output goes straight into the reserved memory, chunk by chunk: the emitter
        // reserved an entry per input character and a code unit per byte (UTF-8) or
        // character (UTF-16), which this loop never exceeds. Memory is added only when
        // not one more character fits (output that grew elsewhere), so a result that
        // fills its reserve exactly is not copied into one twice as large at its end.
        if em.starts.capacity() == em.starts.len() || em.ends.capacity() == em.ends.len() {
            em.starts.reserve(64);
            em.ends.reserve(64);
        }
        // SAFETY: only whole characters are written (`put_small`).
        let codes = unsafe { em.text.codes() };
        if codes.capacity() - codes.len() < T::SMALL_MAX {
            codes.reserve(128);
        }
        let k0 = em.starts.len();
        let c0 = codes.len();
        let ss = em.starts.spare_capacity_mut();
        let es = em.ends.spare_capacity_mut();
        let cs = codes.spare_capacity_mut();
        let room = ss.len().min(es.len());
        let (mut k, mut c) = (0, 0);
        let mut full = false;
        while i < n {
            if k == room {
                full = true;
                break;
            }
            // Other characters' entries have neither FAST nor SPACE.
            let (e, len) = t.entry_at(b, i);
            let w = if len == 1 { w1 } else { w2 };
            // A single space between two such characters stays as it is (taken back
            // below if no such character follows); a second one stops the run.
            if e & (FAST | SPACE) == 0 || (e & SPACE != 0 && b[i - 1] == b' ') {
                break;
            }
            let out = e & 0xFFFF;
            if c + T::SMALL_MAX > cs.len() && c + T::code_len_small(out) > cs.len() {
                full = true;
                break;
            }
            ss[k].write(u);
            u += w;
            es[k].write(u);
            k += 1;
            c += T::put_small(cs, c, out);
            i += len;
        }
        // SAFETY: the first k entries and c code units of the spare capacity were written.
        unsafe {
            em.starts.set_len(k0 + k);
            em.ends.set_len(k0 + k);
            em.text.codes().set_len(c0 + c);
        }
        if !full {
            break;
        }
    }
    // Stopped at `i`: take back what does not stand. The last character written (ASCII
    // or two bytes) goes back if the one at `i` joins its segment (a mark after a
    // letter), for the general path to write the whole segment; the first character of
    // the run always stands (see above). A space goes back if no character follows.
    fn take_back<T: TextSink>(em: &mut Emitter<'_, T>, unit: Unit, len: usize, i: &mut usize, u: &mut u32) {
        em.starts.pop();
        *u = em.ends.pop().expect("the run wrote an entry") - unit.width_of_utf8_len(len);
        em.text.pop_small();
        *i -= len;
    }
    if !space_before(i) {
        let (e, _) = t.entry_at(b, i);
        if !t.ends_segment(text, i, e) {
            let len = if b[i - 1] < 0x80 { 1 } else { 2 };
            take_back(em, unit, len, &mut i, &mut u);
        }
    }
    if space_before(i) {
        take_back(em, unit, 1, &mut i, &mut u);
    }
    em.set_pos(i, u);
    i
}

/// Normalizes the segment that starts at byte `start`; returns where it ends.
///
/// A segment is a character and the combining marks after it (whitespace takes none);
/// a run of transparent characters followed by a mark joins it too. The segment's
/// characters (less the transparent ones) go through the Unicode form and the fold,
/// repeatedly until nothing changes (a fold can make a sequence that composes: ی +
/// U+0654 → ي + U+0654 → ئ), so that normalizing twice changes nothing.
fn general_segment<T: TextSink>(text: &str, start: usize, t: &Tables, em: &mut Emitter<'_, T>, sc: &mut Scratch) -> usize {
    let o = &t.o;
    let first = text[start..].chars().next().expect("start is inside the text");
    sc.seg.clear();
    sc.offs.clear();
    sc.seg.push(first);
    sc.offs.push(start as u32);
    let mut j = start + first.len_utf8();
    if !first.is_whitespace() {
        'segment: while let Some(c) = text[j..].chars().next() {
            if t.joins(c) {
                sc.seg.push(c);
                sc.offs.push(j as u32);
                j += c.len_utf8();
                continue;
            }
            if !t.transparent(c) {
                break;
            }
            let mut k = j;
            loop {
                match text[k..].chars().next() {
                    Some(d) if t.transparent(d) => k += d.len_utf8(),
                    Some(d) if t.joins(d) => {
                        for (off, d) in text[j..k].char_indices() {
                            sc.seg.push(d);
                            sc.offs.push((j + off) as u32);
                        }
                        j = k;
                        continue 'segment;
                    }
                    _ => break 'segment,
                }
            }
        }
    }
    let seg_start = start as u32;
    let seg_end = j as u32;

    // Step 1, then steps 2-10 and 12, until nothing changes.
    let mut absorbed = false;
    sc.cur.clear();
    for &c in &sc.seg {
        if t.transparent(c) {
            absorbed |= t.fold(c) == Fold::Absorb;
        } else {
            sc.cur.push(c);
        }
    }
    let mut rounds = 0;
    loop {
        sc.uni.clear();
        let stable = match o.unicode {
            UnicodeForm::None => true,
            UnicodeForm::Nfc => is_stable_nfc(&sc.cur),
            UnicodeForm::Nfkc => is_stable_nfkc(&sc.cur),
        };
        if stable {
            sc.uni.extend_from_slice(&sc.cur);
        } else if o.unicode == UnicodeForm::Nfc {
            sc.uni.extend(sc.cur.iter().copied().nfc());
        } else {
            sc.uni.extend(sc.cur.iter().copied().nfkc());
        }
        sc.folded.clear();
        for &c in &sc.uni {
            match t.fold(c) {
                Fold::Keep(k) => sc.folded.push(k),
                Fold::Absorb => absorbed = true,
                Fold::Drop => {}
            }
        }
        rounds += 1;
        if o.unicode == UnicodeForm::None || sc.folded == sc.cur || rounds == 4 {
            break;
        }
        std::mem::swap(&mut sc.cur, &mut sc.folded);
    }

    if sc.folded.is_empty() {
        if absorbed {
            em.absorb(seg_end);
        }
    } else if sc.folded == sc.seg {
        // Unchanged: character by character.
        for (i, &c) in sc.seg.iter().enumerate() {
            let e = sc.offs.get(i + 1).copied().unwrap_or(seg_end);
            em.emit(c, sc.offs[i], e);
        }
    } else {
        let first_unit = em.starts.len();
        for &c in &sc.folded {
            em.emit(c, seg_start, seg_end);
        }
        // A segment whose output starts with a space (ﱞ U+FC5E is a space and two
        // marks) can continue a whitespace run that began before it; the run then maps
        // to [run start, segment end), and so does the rest of the segment's output.
        let (seg_start, seg_end) = (em.pos(seg_start), em.pos(seg_end));
        if let Some(k) = (first_unit..em.starts.len()).find(|&k| em.starts[k] < seg_start && em.ends[k] == seg_end) {
            let run_start = em.starts[k];
            for s in &mut em.starts[k + 1..] {
                *s = run_start;
            }
        }
    }
    j
}

fn is_stable_nfkc(chars: &[char]) -> bool {
    if chars.len() == 1 {
        let cp = chars[0] as u32;
        // Arabic letters are NFKC-stable alone, except the four with a high hamza.
        if (0x0600..0x0700).contains(&cp) && !(0x0675..=0x0678).contains(&cp) && !(0x0653..=0x0655).contains(&cp) {
            return true;
        }
    }
    is_nfkc_quick(chars.iter().copied()) == IsNormalized::Yes
}

fn is_stable_nfc(chars: &[char]) -> bool {
    if chars.len() == 1 {
        let cp = chars[0] as u32;
        if (0x0600..0x0700).contains(&cp) && !(0x0653..=0x0655).contains(&cp) {
            return true;
        }
    }
    is_nfc_quick(chars.iter().copied()) == IsNormalized::Yes
}

/// Normalizes with the `search` preset and returns only the text.
pub fn search_text(text: &str) -> String {
    normalize(text, &Options::SEARCH).text
}
