#![no_main]
//! Fuzzes `entities`: see [`checks::entities`].
#[allow(dead_code)]
#[path = "../../src/bin/isnad/io.rs"]
mod io;
#[allow(dead_code)]
#[path = "../checks.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::run("entities", data));
