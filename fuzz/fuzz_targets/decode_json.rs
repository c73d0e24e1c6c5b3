#![no_main]
// See src/fuzzing.rs: the same body is replayed over the kept corpus by tests/fuzz_corpus.rs.
libfuzzer_sys::fuzz_target!(|data: &[u8]| hsp_pr::fuzzing::decode_json(data));
