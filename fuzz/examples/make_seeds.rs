//! Regenerates the seeds that come from a real engine: a snapshot of the seed scam
//! in progress and the built-in model signed with the fuzz targets' test key.
//! `cd fuzz && cargo +nightly run --example make_seeds` (any toolchain works).

use scamguard::pack;

fn main() -> std::io::Result<()> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let snapshot = scamguard_fuzz::busy_engine().snapshot();
    std::fs::write(dir.join("snapshot/real-snapshot.json"), &snapshot)?;
    let (seed, _) = pack::keypair_from_seed([7; 32]);
    let signed = pack::sign(scamguard::model::builtin_json(), &seed, 5, 4_000_000_000, "0.1.0")
        .expect("the test key signs");
    std::fs::write(dir.join("signed_pack/real-pack.json"), &signed)?;
    println!("snapshot {} bytes, signed pack {} bytes", snapshot.len(), signed.len());
    Ok(())
}
