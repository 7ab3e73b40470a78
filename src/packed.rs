//! The format of the shipped data stream (src/builtin.rs): build.rs lays out the
//! shipped copies of the data files with [`layout`] and deflates them (zopfli), the
//! library reads them back with [`unpack`]; one definition for both sides. Layout:
//! for each file in [`FILES`] order, its length as a little-endian u32 and its UTF-8
//! bytes; the whole deflated (raw deflate, no header).

/// The shipped files, in packing order (names of build.rs's copies in `OUT_DIR`).
pub const FILES: [&str; 9] = [
    "model.json",
    "messages.json",
    "regions.json",
    "vocab.json",
    "fold.tsv",
    "catalog.tsv",
    "chat.txt",
    "codes.txt",
    "bank_screen.txt",
];

/// Deflates `files` (one text per name of [`FILES`], same order) with miniz: the
/// tests' packer (build.rs uses zopfli on `layout`).
#[cfg(test)]
pub fn pack(files: &[&str]) -> Vec<u8> {
    miniz_oxide::deflate::compress_to_vec(&layout(files), 10)
}

/// The stream before deflating: each file as its length (u32, little-endian) and
/// its bytes. build.rs deflates it with zopfli, which writes the same format ~8%
/// smaller than `pack` (and takes half a second, once per build of the data).
pub fn layout(files: &[&str]) -> Vec<u8> {
    let mut raw = Vec::new();
    for f in files {
        raw.extend_from_slice(&(f.len() as u32).to_le_bytes());
        raw.extend_from_slice(f.as_bytes());
    }
    raw
}

/// The files of a packed stream, or `None` if it is not one (damaged, cut short,
/// not UTF-8, or not [`FILES`]'s count).
pub fn unpack(z: &[u8]) -> Option<Vec<Box<str>>> {
    let raw = miniz_oxide::inflate::decompress_to_vec(z).ok()?;
    let mut rest = raw.as_slice();
    let mut files = Vec::with_capacity(FILES.len());
    while !rest.is_empty() {
        let (len, tail) = rest.split_first_chunk::<4>()?;
        let len = u32::from_le_bytes(*len) as usize;
        let body = tail.get(..len)?;
        files.push(std::str::from_utf8(body).ok()?.into());
        rest = &tail[len..];
    }
    (files.len() == FILES.len()).then_some(files)
}

#[cfg(test)]
mod tests {
    use super::*;

    const NINE: [&str; 9] = ["{}", "", "ä\tb", "x", "y", "z", "数据", "q", "r"];

    #[test]
    fn what_is_packed_is_what_is_read() {
        let got = unpack(&pack(&NINE)).expect("a packed stream");
        assert_eq!(got.iter().map(|s| &**s).collect::<Vec<_>>(), NINE);
    }

    #[test]
    fn a_damaged_stream_is_refused_not_read() {
        let z = pack(&NINE);
        assert!(unpack(&z[..z.len() / 2]).is_none());
        assert!(unpack(b"not deflate at all").is_none());
        // Valid deflate of the wrong shape: a length past the end, too few files,
        // bytes that are not UTF-8.
        assert!(unpack(&miniz_oxide::deflate::compress_to_vec(&[200, 0, 0, 0, b'x'], 6)).is_none());
        assert!(unpack(&pack(&NINE[..8])).is_none());
        assert!(unpack(&miniz_oxide::deflate::compress_to_vec(&[1, 0, 0, 0, 0xff], 6)).is_none());
    }
}
