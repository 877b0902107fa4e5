#![no_main]
//! Fuzzes `normalize`: see [`checks::normalize`].
#[allow(dead_code)]
#[path = "../../src/bin/isnad/io.rs"]
mod io;
#[allow(dead_code)]
#[path = "../checks.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::run("normalize", data));
