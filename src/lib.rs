//! isnad: an Arabic news-text toolkit.
//!
//! Data flows one way: text → normalized text with an offset map ([`normalize`]) →
//! tokens with spans and match keys ([`tokenize`]) → analyses → spans into the
//! original. The core modules know nothing of WebAssembly; `wasm` is the thin binding
//! layer and [`offsets`] the one place where byte offsets become UTF-16 code units
//! (JS) or code points (CLI).

pub mod analyze;
pub mod compare;
pub mod entities;
mod function_words;
pub mod lexicon;
pub mod name_key;
pub mod normalize;
pub mod offsets;
pub mod tokenize;

#[cfg(target_arch = "wasm32")]
pub mod wasm;

/// The Python extension (`isnad._isnad`), built by maturin with `--features python`.
#[cfg(feature = "python")]
mod python;

pub use name_key::name_key;
pub use normalize::{normalize, Normalized, Options, OptionsSpec, Preset};
pub use tokenize::{tokenize, Token, TokenKind};

/// The crate's version, as published.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
