//! Arabic text normalization that remembers where every output character came from.
//!
//! The input is cut into *segments*: a character of canonical combining class 0 and the
//! combining marks that follow it (a letter with its diacritics). Each segment goes
//! through Unicode normalization (per segment, so offsets stay exact), then through a
//! per-character fold that fuses the steps of the chosen [`Options`] (diacritics,
//! tatweel, alef forms, Persian letters, digits, punctuation, invisible characters,
//! lowercase), and finally through whitespace handling.
//!
//! Offsets follow one contract, checked by property tests:
//! * every output character carries the byte range `[start, end)` of the original text
//!   that produced it;
//! * a segment that comes out unchanged maps character by character (so preset `none`
//!   gives the identity map); a changed segment maps every output character to the
//!   whole segment, so a letter is never separated from its marks;
//! * a removed diacritic or tatweel that forms a segment of its own extends the end of
//!   the kept character before it, unless that is a space; removed invisible
//!   characters belong to no output character;
//! * a collapsed whitespace run maps to the whole run.
//!
//! So the original range of an output span `[s, e)` is `[starts[s], ends[e - 1])`.
//! Offsets here are byte offsets; [`crate::offsets`] converts them for JS and the CLI.

use serde::Deserialize;
use unicode_normalization::char::canonical_combining_class;
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

/// Canonical combining class, with a fast path for ASCII and the Arabic block.
#[inline]
fn ccc(c: char) -> u8 {
    let cp = c as u32;
    if cp < 0x300 {
        return 0;
    }
    if (0x0600..0x0610).contains(&cp) || (0x0621..0x064B).contains(&cp) || (0x0671..0x06D6).contains(&cp) {
        return 0;
    }
    canonical_combining_class(c)
}

/// Per-character fold results for the Arabic block, precomputed for one set of options.
struct FoldTable {
    arabic: [Fold; 256],
}

impl FoldTable {
    fn new(o: &Options) -> FoldTable {
        let mut arabic = [Fold::Drop; 256];
        for (i, slot) in arabic.iter_mut().enumerate() {
            let c = char::from_u32(0x0600 + i as u32).unwrap_or('\u{0600}');
            *slot = fold_char(c, o);
        }
        FoldTable { arabic }
    }

    #[inline]
    fn fold(&self, c: char, o: &Options) -> Fold {
        let cp = c as u32;
        if (0x0600..0x0700).contains(&cp) {
            self.arabic[(cp - 0x0600) as usize]
        } else {
            fold_char(c, o)
        }
    }
}

/// Builds the output with its offsets, handling whitespace runs as they arrive.
struct Emitter {
    out: Normalized,
    mode: Whitespace,
    /// A whitespace run waiting to be written: its start and end.
    pending: Option<(u32, u32)>,
    /// Line breaks inside the pending run (mode `Lines`).
    breaks: Vec<(u32, u32)>,
    /// Whether the last whitespace seen was a CR, so that CR LF is one break.
    last_break_was_cr: bool,
}

impl Emitter {
    fn new(capacity: usize, mode: Whitespace) -> Self {
        Emitter {
            out: Normalized {
                text: String::with_capacity(capacity),
                starts: Vec::with_capacity(capacity),
                ends: Vec::with_capacity(capacity),
            },
            mode,
            pending: None,
            breaks: Vec::new(),
            last_break_was_cr: false,
        }
    }

    #[inline]
    fn push_raw(&mut self, c: char, s: u32, e: u32) {
        self.out.text.push(c);
        self.out.starts.push(s);
        self.out.ends.push(e);
    }

    #[inline]
    fn emit(&mut self, c: char, s: u32, e: u32) {
        if self.mode != Whitespace::Keep && c.is_whitespace() {
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
            return;
        }
        self.last_break_was_cr = false;
        self.flush(false);
        self.push_raw(c, s, e);
    }

    /// Writes the pending whitespace run (unless it leads or trails the text).
    fn flush(&mut self, at_end: bool) {
        let Some((rs, re)) = self.pending.take() else { return };
        let leading = self.out.text.is_empty();
        if leading || at_end {
            self.breaks.clear();
            return;
        }
        if self.breaks.is_empty() {
            self.push_raw(' ', rs, re);
        } else {
            let n = self.breaks.len();
            for i in 0..n {
                let (bs, be) = self.breaks[i];
                let s = if i == 0 { rs } else { bs };
                let e = if i + 1 == n { re } else { be };
                self.push_raw('\n', s, e);
            }
            self.breaks.clear();
        }
    }

    /// Extends the last kept character over a removed diacritic or tatweel.
    fn absorb(&mut self, e: u32) {
        if self.pending.is_some() {
            return;
        }
        if let Some(last_char) = self.out.text.chars().next_back() {
            if !last_char.is_whitespace() {
                if let Some(end) = self.out.ends.last_mut() {
                    *end = e;
                }
            }
        }
    }
}

/// Normalizes `text` with `options`, keeping a byte-range map back to `text`.
pub fn normalize(text: &str, options: &Options) -> Normalized {
    let table = FoldTable::new(options);
    let mut em = Emitter::new(text.len(), options.whitespace);
    let mut seg_chars: Vec<char> = Vec::with_capacity(8);
    let mut seg_offsets: Vec<u32> = Vec::with_capacity(9);
    let mut unicode_out: Vec<char> = Vec::with_capacity(16);
    let mut folded: Vec<char> = Vec::with_capacity(16);

    let bytes_len = text.len();
    let mut iter = text.char_indices().peekable();
    while let Some((start, first)) = iter.next() {
        // Collect the segment: a starter and the combining marks after it. Whitespace
        // never takes marks, so a stray mark after a space stands alone.
        seg_chars.clear();
        seg_offsets.clear();
        seg_chars.push(first);
        seg_offsets.push(start as u32);
        if !first.is_whitespace() {
            while let Some(&(i, c)) = iter.peek() {
                if ccc(c) == 0 {
                    break;
                }
                seg_chars.push(c);
                seg_offsets.push(i as u32);
                iter.next();
            }
        }
        let seg_end = iter.peek().map_or(bytes_len, |&(i, _)| i) as u32;
        seg_offsets.push(seg_end);
        let seg_start = start as u32;

        // Fast path: one ASCII character.
        if seg_chars.len() == 1 && (first as u32) < 0x80 {
            if let Fold::Keep(c) = table.fold(first, options) {
                em.emit(c, seg_start, seg_end);
            }
            continue;
        }

        // Step 1: Unicode normalization of the segment.
        unicode_out.clear();
        let stable = match options.unicode {
            UnicodeForm::None => true,
            UnicodeForm::Nfc => is_stable_nfc(&seg_chars),
            UnicodeForm::Nfkc => is_stable_nfkc(&seg_chars),
        };
        if stable {
            unicode_out.extend_from_slice(&seg_chars);
        } else {
            let seg: String = seg_chars.iter().collect();
            match options.unicode {
                UnicodeForm::Nfc => unicode_out.extend(seg.nfc()),
                _ => unicode_out.extend(seg.nfkc()),
            }
        }

        // Steps 2-10 and 12.
        folded.clear();
        let mut absorbed = false;
        for &c in &unicode_out {
            match table.fold(c, options) {
                Fold::Keep(k) => folded.push(k),
                Fold::Absorb => absorbed = true,
                Fold::Drop => {}
            }
        }

        if folded.is_empty() {
            if absorbed {
                em.absorb(seg_end);
            }
            continue;
        }
        if folded == seg_chars {
            for (i, &c) in folded.iter().enumerate() {
                em.emit(c, seg_offsets[i], seg_offsets[i + 1]);
            }
        } else {
            for &c in &folded {
                em.emit(c, seg_start, seg_end);
            }
        }
    }
    em.flush(true);
    em.out
}

fn is_stable_nfkc(chars: &[char]) -> bool {
    if chars.len() == 1 {
        let cp = chars[0] as u32;
        // Arabic letters are NFKC-stable alone, except the four with a high hamza.
        if (0x0600..0x0700).contains(&cp) && !(0x0675..=0x0678).contains(&cp) {
            return true;
        }
    }
    is_nfkc_quick(chars.iter().copied()) == IsNormalized::Yes
}

fn is_stable_nfc(chars: &[char]) -> bool {
    if chars.len() == 1 && (0x0600..0x0700).contains(&(chars[0] as u32)) {
        return true;
    }
    is_nfc_quick(chars.iter().copied()) == IsNormalized::Yes
}

/// Normalizes with the `search` preset and returns only the text.
pub fn search_text(text: &str) -> String {
    normalize(text, &Options::SEARCH).text
}
