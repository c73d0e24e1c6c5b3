//! Replays the fuzz corpus kept in `fuzz/corpus/` through the fuzz targets' bodies
//! (`src/fuzzing.rs`), so what the fuzzers found stays tested by every `cargo test`.

use std::path::Path;

#[track_caller]
fn replay(target: &str, body: fn(&[u8])) -> usize {
    let dir = Path::new("fuzz/corpus").join(target);
    let entries = std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    let mut count = 0;
    for entry in entries.flatten() {
        let data = std::fs::read(entry.path()).unwrap_or_default();
        body(&data);
        count += 1;
    }
    count
}

#[test]
fn the_decode_json_corpus_replays() {
    assert!(replay("decode_json", hsp_pr::fuzzing::decode_json) >= 2);
}

#[test]
fn the_share_link_corpus_replays() {
    assert!(replay("share_link", hsp_pr::fuzzing::share_link) >= 2);
}

#[test]
fn the_evaluate_corpus_replays() {
    assert!(replay("evaluate", hsp_pr::fuzzing::evaluate) >= 1);
}
