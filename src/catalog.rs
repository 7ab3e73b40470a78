//! The app catalog: which package is a bank, a loan app, a remote-control tool...
//!
//! Kept as data (`data/catalog.tsv`), embedded at build time and checked by
//! `build.rs`, extendable at run time. An app that is not in the catalog still
//! counts wherever the rules do not need a category (a screen share by an
//! unknown "meeting" app is a screen share all the same). Every row is active
//! whatever the user's region: a traveller's foreign bank is still a bank; a row's
//! regions only say where the app is at home.
//!
//! Memory: the built-in table is parsed once per process and shared (`Arc`) by every
//! catalog. Run-time additions go to a small per-catalog overlay; [`Catalog::share`]
//! freezes the overlay into a shared layer, so one catalog loaded with 100k vendor rows
//! can be cloned into many engines for the price of one.
//!
//! This file depends only on `std`, `kinds` and `region`, so `build.rs` can include it.

use crate::kinds::{Category, InstallerKind};
use crate::region::RegionSet;
use std::collections::hash_map::Entry;
use std::collections::HashMap;
use std::fmt;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::{Arc, OnceLock};

/// FNV-1a: package names are short ASCII keys of a table we fill ourselves, looked up on
/// every event; SipHash's protection against chosen keys buys nothing here and costs
/// a third of a lookup.
#[derive(Default)]
pub struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 { 0xcbf2_9ce4_8422_2325 } else { self.0 };
        for b in bytes {
            h ^= u64::from(*b);
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
        self.0 = h;
    }
}

/// A set of categories (a package may be messaging *and* meeting, like QQ).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub struct Categories(u32);

impl Categories {
    pub const NONE: Categories = Categories(0);

    pub fn of(c: Category) -> Categories {
        Categories(1 << (c as u32))
    }

    pub fn contains(self, c: Category) -> bool {
        self.0 & (1 << (c as u32)) != 0
    }

    pub fn with(self, c: Category) -> Categories {
        Categories(self.0 | Categories::of(c).0)
    }

    pub fn intersects(self, other: Categories) -> bool {
        self.0 & other.0 != 0
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    pub fn from_list(list: &[Category]) -> Categories {
        list.iter().fold(Categories::NONE, |acc, c| acc.with(*c))
    }
}

/// What the catalog knows of one package.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AppInfo {
    pub categories: Categories,
    /// Both labels in one allocation (none when both are empty), zh first: a bulk load
    /// of 100k rows paid two allocations a row for two copies of the same label.
    labels: Box<str>,
    /// Where the English label starts in `labels`, or `SAME`.
    en_at: u8,
    /// Where the app is at home (`*` = everywhere). Informational: rows are active in
    /// every region.
    pub regions: RegionSet,
}

/// `en_at` when both languages share one label (bulk rows carry a single label).
const SAME: u8 = u8::MAX;

// Labels are at most MAX_LABEL_LEN bytes each, so an offset fits in a byte.
const _: () = assert!(MAX_LABEL_LEN < SAME as usize);

impl AppInfo {
    /// The Chinese label ("" when there is none).
    pub fn label_zh(&self) -> &str {
        if self.en_at == SAME {
            &self.labels
        } else {
            &self.labels[..usize::from(self.en_at)]
        }
    }

    /// The English label ("" when there is none).
    pub fn label_en(&self) -> &str {
        if self.en_at == SAME {
            &self.labels
        } else {
            &self.labels[usize::from(self.en_at)..]
        }
    }

    /// Sets both labels (each checked to be at most `MAX_LABEL_LEN` bytes).
    fn set_labels(&mut self, zh: &str, en: &str) {
        // A bulk row passes its one label as both: no need to compare the bytes.
        if std::ptr::eq(zh, en) || zh == en {
            self.labels = Box::from(zh);
            self.en_at = SAME;
        } else {
            let mut both = String::with_capacity(zh.len() + en.len());
            both.push_str(zh);
            both.push_str(en);
            self.labels = both.into_boxed_str();
            // Cannot truncate: labels are checked against MAX_LABEL_LEN (< SAME) first.
            self.en_at = u8::try_from(zh.len()).unwrap_or(SAME - 1);
        }
    }
}

/// The catalog table's hash: eight bytes of a package name per step instead of one
/// (a bulk load hashes every row twice, and `observe` hashes the event's package).
/// Not [`Fnv`]: that one is also a persisted checksum (`snapshot`) and must not change.
/// Order of iteration over a table never reaches a result (lookups only).
#[derive(Default)]
pub struct PackageHasher(u64);

impl Hasher for PackageHasher {
    fn finish(&self) -> u64 {
        // A final mix so the high bits (hashbrown's tags) and the low bits (its bucket
        // index) both depend on every input byte.
        let h = self.0;
        (h ^ (h >> 31)).wrapping_mul(0x9e37_79b9_7f4a_7c15) ^ (h >> 29)
    }

    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0xff51_afd7_ed55_8ccd;
        let mut h = self.0;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            h = (h ^ u64::from_le_bytes(w)).wrapping_mul(K).rotate_left(31);
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut w = [0u8; 8];
            w[..rest.len()].copy_from_slice(rest);
            // The length keeps "ab" and "ab\0" apart.
            h = (h ^ u64::from_le_bytes(w) ^ ((rest.len() as u64) << 59)).wrapping_mul(K).rotate_left(31);
        }
        self.0 = h;
    }

    /// `str`'s hash ends with a `0xff` byte (so that keys made of several strings
    /// stay apart); a table keyed by one string needs no more than a cheap step for it.
    fn write_u8(&mut self, b: u8) {
        self.0 = self.0.rotate_left(8) ^ u64::from(b);
    }
}

type Table = HashMap<Box<str>, AppInfo, BuildHasherDefault<PackageHasher>>;

/// Package name → what it is.
///
/// Lookups check the catalog's own additions first, then its shared layers, newest
/// first; every layer holds the complete (merged) record of the packages it has.
#[derive(Debug, Clone, Default)]
pub struct Catalog {
    /// Immutable layers shared between clones; `layers[0]` is the built-in table when
    /// the catalog came from [`Catalog::builtin`].
    layers: Vec<Arc<Table>>,
    /// This catalog's own run-time additions (copied on clone; freeze with [`Catalog::share`]).
    local: Table,
    /// Rows added at run time and kept (local plus shared layers above the first).
    added: usize,
}

/// The catalog shipped with the library.
pub const BUILTIN_TSV: &str = include_str!("../data/catalog.tsv");

/// Most packages a catalog may take at run time, over all calls (the built-in rows do
/// not count). Beyond it additions are refused, so a misbehaving caller cannot grow
/// memory without bound.
pub const MAX_APPS: usize = 250_000;
/// Most rows one bulk call may carry.
pub const MAX_ROWS_PER_CALL: usize = 200_000;
/// Longest TSV text one bulk call may carry (bytes).
pub const MAX_TSV_BYTES: usize = 32 << 20;
/// Longest package name (Android's own limit on file names).
pub const MAX_PACKAGE_LEN: usize = 255;
/// Longest label (bytes of UTF-8): a name for a warning, not a paragraph.
pub const MAX_LABEL_LEN: usize = 128;

/// What was wrong with catalog input. It names the line and the problem, never the
/// text of the line: a caller's package list is its own business.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CatalogError {
    /// 1-based line of the input; `None` for problems with the input as a whole.
    pub line: Option<usize>,
    pub problem: Problem,
}

/// The kinds of [`CatalogError`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Problem {
    /// A row without a category cell.
    MissingCategory,
    /// The package cell is not an Android package name.
    NotAPackageName,
    /// The package name is longer than [`MAX_PACKAGE_LEN`].
    PackageTooLong,
    /// The category cell is not one of the catalog categories.
    UnknownCategory,
    /// A label is longer than [`MAX_LABEL_LEN`] bytes.
    LabelTooLong,
    /// A label holds control characters.
    LabelNotText,
    /// More cells than the format has.
    TooManyCells,
    /// The regions cell is not `*` or a comma list of region wire names.
    UnknownRegion,
    /// The confidence cell is not `high`, `medium` or `low`.
    UnknownConfidence,
    /// A built-in row lacks its regions or source cell.
    MissingSource,
    /// One call carried more than [`MAX_ROWS_PER_CALL`] rows.
    TooManyRows,
    /// One call carried more than [`MAX_TSV_BYTES`] bytes.
    InputTooLarge,
    /// The catalog already holds [`MAX_APPS`] run-time packages.
    Full,
}

impl Problem {
    fn describe(self) -> String {
        match self {
            Problem::MissingCategory => "expected at least a package and a category".into(),
            Problem::NotAPackageName => "the package is not an Android package name".into(),
            Problem::PackageTooLong => format!("the package is longer than {MAX_PACKAGE_LEN} characters"),
            Problem::UnknownCategory => "unknown category".into(),
            Problem::LabelTooLong => format!("the label is longer than {MAX_LABEL_LEN} bytes"),
            Problem::LabelNotText => "the label holds control characters".into(),
            Problem::TooManyCells => "too many cells".into(),
            Problem::UnknownRegion => "regions must be `*` or a comma list of cn,hk,tw,sg,in,uk,us,au".into(),
            Problem::UnknownConfidence => "confidence must be high, medium or low".into(),
            Problem::MissingSource => "a built-in row needs its regions and source".into(),
            Problem::TooManyRows => format!("more than {MAX_ROWS_PER_CALL} rows in one call"),
            Problem::InputTooLarge => format!("more than {MAX_TSV_BYTES} bytes in one call"),
            Problem::Full => format!("the catalog is full ({MAX_APPS} added apps)"),
        }
    }
}

impl fmt::Display for CatalogError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(n) => write!(f, "catalog line {n}: {}", self.problem.describe()),
            None => write!(f, "catalog: {}", self.problem.describe()),
        }
    }
}

impl std::error::Error for CatalogError {}

fn err(line: usize, problem: Problem) -> CatalogError {
    CatalogError { line: Some(line), problem }
}

/// One parsed row, borrowing from the input.
struct Row<'a> {
    package: &'a str,
    category: Category,
    label_zh: &'a str,
    label_en: &'a str,
    regions: RegionSet,
}

/// Which cells a row may have.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Format {
    /// `package, category, label_zh, label_en, confidence[, regions, source]`; the last
    /// two required when `strict` (the built-in file).
    Full { strict: bool },
    /// `package, category[, label]` (bulk additions).
    Bulk,
}

fn check_package(package: &str, line: usize) -> Result<(), CatalogError> {
    if package.len() > MAX_PACKAGE_LEN {
        return Err(err(line, Problem::PackageTooLong));
    }
    if !is_package_name(package) {
        return Err(err(line, Problem::NotAPackageName));
    }
    Ok(())
}

fn check_label(label: &str, line: usize) -> Result<(), CatalogError> {
    if label.len() > MAX_LABEL_LEN {
        return Err(err(line, Problem::LabelTooLong));
    }
    // ASCII controls by bytes; the C1 controls (U+0080..U+009F) only in non-ASCII text.
    if label.bytes().any(|b| b < 0x20 || b == 0x7f)
        || (!label.is_ascii() && label.chars().any(char::is_control))
    {
        return Err(err(line, Problem::LabelNotText));
    }
    Ok(())
}

/// Parses every row of `tsv` (skipping `#` comments, blank lines and a header whose
/// first cell is `package`) and hands each to `f`; stops at the first bad row.
fn parse_rows<'a>(
    tsv: &'a str,
    format: Format,
    mut f: impl FnMut(Row<'a>) -> Result<(), CatalogError>,
) -> Result<(), CatalogError> {
    // One pass over the bytes, splitting lines at `\n` and cells at `\t` (both ASCII, so
    // every slice stays on a character boundary): a bulk load of 100k rows is dominated by
    // this loop, and the generic `lines()`/`split()` searchers cost several times more.
    let bytes = tsv.as_bytes();
    let mut pos = 0;
    let mut line_no = 0;
    while pos < bytes.len() {
        line_no += 1;
        let line_start = pos;
        let mut cells = [""; 8];
        let mut n = 0;
        let mut cell_start = pos;
        loop {
            pos = tab_or_newline(bytes, pos);
            if pos >= bytes.len() || bytes[pos] == b'\n' {
                break;
            }
            if n < cells.len() {
                cells[n] = tsv[cell_start..pos].trim_ascii();
            }
            n += 1;
            pos += 1;
            cell_start = pos;
        }
        if n < cells.len() {
            cells[n] = tsv[cell_start..pos].trim_ascii();
        }
        n += 1;
        let line = &tsv[line_start..pos];
        pos += 1;
        if line.trim_ascii().is_empty() || line.starts_with('#') {
            continue;
        }
        if n > cells.len() {
            return Err(err(line_no, Problem::TooManyCells));
        }
        if cells[0] == "package" {
            continue;
        }
        if n < 2 || cells[1].is_empty() {
            return Err(err(line_no, Problem::MissingCategory));
        }
        check_package(cells[0], line_no)?;
        let category = Category::from_wire(cells[1]).ok_or(err(line_no, Problem::UnknownCategory))?;
        let row = match format {
            Format::Bulk => {
                if n > 3 {
                    return Err(err(line_no, Problem::TooManyCells));
                }
                check_label(cells[2], line_no)?;
                // Regions are set when the package is new (see `Catalog::apply`).
                Row {
                    package: cells[0],
                    category,
                    label_zh: cells[2],
                    label_en: cells[2],
                    regions: RegionSet::NONE,
                }
            }
            Format::Full { strict } => {
                if n > 7 {
                    return Err(err(line_no, Problem::TooManyCells));
                }
                check_label(cells[2], line_no)?;
                check_label(cells[3], line_no)?;
                if !cells[4].is_empty() && !matches!(cells[4], "high" | "medium" | "low") {
                    return Err(err(line_no, Problem::UnknownConfidence));
                }
                if strict && cells[4].is_empty() {
                    return Err(err(line_no, Problem::UnknownConfidence));
                }
                if strict && (cells[5].is_empty() || cells[6].is_empty()) {
                    return Err(err(line_no, Problem::MissingSource));
                }
                // Old 5-column rows (no regions cell) belong everywhere.
                let regions = if cells[5].is_empty() {
                    RegionSet::ALL
                } else {
                    RegionSet::parse(cells[5]).ok_or(err(line_no, Problem::UnknownRegion))?
                };
                Row { package: cells[0], category, label_zh: cells[2], label_en: cells[3], regions }
            }
        };
        f(row)?;
    }
    Ok(())
}

/// The index of the first tab or line feed in `b` from `from` on (`b.len()` when there
/// is none), eight bytes a step: this search is most of a bulk row's parsing.
fn tab_or_newline(b: &[u8], from: usize) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut i = from;
    while let Some(chunk) = b.get(i..i + 8) {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let w = u64::from_le_bytes(word);
        let (tab, lf) = (w ^ (ONES * u64::from(b'\t')), w ^ (ONES * u64::from(b'\n')));
        // "Has a zero byte": a byte can be flagged wrongly only above one flagged
        // rightly, so the lowest flag is the first match.
        let hit = ((tab.wrapping_sub(ONES) & !tab) | (lf.wrapping_sub(ONES) & !lf)) & HIGH;
        if hit != 0 {
            return i + hit.trailing_zeros() as usize / 8;
        }
        i += 8;
    }
    b.get(i..).and_then(|rest| rest.iter().position(|&c| c == b'\t' || c == b'\n')).map_or(b.len(), |p| i + p)
}

/// Merges a row into a record: categories and regions add up, the first non-empty
/// label of each language stays.
fn merge(info: &mut AppInfo, row: &Row<'_>) {
    info.categories = info.categories.with(row.category);
    // A record starts with no regions; the first row sets them, later rows add.
    info.regions = info.regions.union(row.regions);
    match (info.label_zh().is_empty(), info.label_en().is_empty()) {
        (false, false) => {}
        // A new record (the bulk case): one allocation, none without labels.
        (true, true) if !row.label_zh.is_empty() || !row.label_en.is_empty() => {
            info.set_labels(row.label_zh, row.label_en);
        }
        (true, false) if !row.label_zh.is_empty() => {
            let en = info.label_en().to_string();
            info.set_labels(row.label_zh, &en);
        }
        (false, true) if !row.label_en.is_empty() => {
            let zh = info.label_zh().to_string();
            info.set_labels(&zh, row.label_en);
        }
        _ => {}
    }
}

fn table_from(tsv: &str, format: Format) -> Result<Table, CatalogError> {
    let mut table = Table::default();
    parse_rows(tsv, format, |row| {
        let info = table.entry(Box::from(row.package)).or_default();
        merge(info, &row);
        Ok(())
    })?;
    Ok(table)
}

impl Catalog {
    /// Parses the catalog TSV: `package, category, label_zh, label_en, confidence,
    /// regions, source`. Old 5-column rows (no regions, no source) are accepted and
    /// belong to every region. `#` comments and blank lines are skipped, the header line
    /// is recognised by its first cell.
    pub fn parse(tsv: &str) -> Result<Catalog, CatalogError> {
        Catalog::parse_format(tsv, Format::Full { strict: false })
    }

    /// As [`Catalog::parse`], but every row must carry its confidence, regions and
    /// source: the rule for `data/catalog.tsv`, checked by `build.rs`.
    pub fn parse_strict(tsv: &str) -> Result<Catalog, CatalogError> {
        Catalog::parse_format(tsv, Format::Full { strict: true })
    }

    fn parse_format(tsv: &str, format: Format) -> Result<Catalog, CatalogError> {
        let table = table_from(tsv, format)?;
        Ok(Catalog { layers: vec![Arc::new(table)], local: Table::default(), added: 0 })
    }

    /// The embedded catalog: one table per process, shared by every catalog made from
    /// it, so a new engine pays nothing for the built-in rows. It is validated by
    /// `build.rs`, so parsing cannot fail at run time; should it ever, an empty catalog
    /// still leaves category-free rules working.
    pub fn builtin() -> Catalog {
        static BUILTIN: OnceLock<Arc<Table>> = OnceLock::new();
        let table = BUILTIN.get_or_init(|| {
            Arc::new(
                table_from(crate::builtin::catalog_tsv(), Format::Full { strict: false }).unwrap_or_default(),
            )
        });
        Catalog { layers: vec![Arc::clone(table)], local: Table::default(), added: 0 }
    }

    /// The record of `package` as seen through every layer, newest first.
    fn lookup(&self, package: &str) -> Option<&AppInfo> {
        if !self.local.is_empty() {
            if let Some(info) = self.local.get(package) {
                return Some(info);
            }
        }
        self.layers.iter().rev().find_map(|t| t.get(package))
    }

    /// Adds a category to a package at run time (a vendor's own bank list, say). The
    /// error names the problem, never the package.
    pub fn add(&mut self, package: &str, category: Category, label: Option<&str>) -> Result<(), String> {
        self.try_add(package, category, label).map_err(|e| e.to_string())
    }

    /// As [`Catalog::add`], with a typed error.
    pub fn try_add(
        &mut self,
        package: &str,
        category: Category,
        label: Option<&str>,
    ) -> Result<(), CatalogError> {
        check_package(package, 1).map_err(|e| CatalogError { line: None, ..e })?;
        let label = label.unwrap_or("").trim();
        check_label(label, 1).map_err(|e| CatalogError { line: None, ..e })?;
        if self.added >= MAX_APPS && !self.is_added(package) {
            return Err(CatalogError { line: None, problem: Problem::Full });
        }
        let row = Row { package, category, label_zh: label, label_en: label, regions: RegionSet::NONE };
        self.apply(std::slice::from_ref(&row));
        Ok(())
    }

    /// Adds many rows in one call: one `package<TAB>category[<TAB>label]` per line, `#`
    /// comments, blank lines and a `package` header skipped. All or nothing: on any error
    /// nothing is added. Returns how many rows were read. Rows added this way belong to
    /// every region.
    pub fn add_rows(&mut self, tsv: &str) -> Result<usize, CatalogError> {
        if tsv.len() > MAX_TSV_BYTES {
            return Err(CatalogError { line: None, problem: Problem::InputTooLarge });
        }
        // About 24 bytes a row: one allocation for a typical list instead of ~17 doublings.
        let mut rows = Vec::with_capacity((tsv.len() / 24).min(MAX_ROWS_PER_CALL));
        parse_rows(tsv, Format::Bulk, |row| {
            if rows.len() == MAX_ROWS_PER_CALL {
                return Err(CatalogError { line: None, problem: Problem::TooManyRows });
            }
            rows.push(row);
            Ok(())
        })?;
        // Cheap upper bound first (rows not added before); count distinct packages
        // only when that bound would not fit.
        if self.added + rows.len() > MAX_APPS {
            let mut seen: HashMap<&str, (), BuildHasherDefault<PackageHasher>> = HashMap::default();
            let fresh = rows
                .iter()
                .filter(|r| !self.is_added(r.package) && seen.insert(r.package, ()).is_none())
                .count();
            if self.added + fresh > MAX_APPS {
                return Err(CatalogError { line: None, problem: Problem::Full });
            }
        }
        self.apply(&rows);
        Ok(rows.len())
    }

    /// Whether `package` was added at run time (locally or in a shared layer above the
    /// base table).
    fn is_added(&self, package: &str) -> bool {
        self.local.contains_key(package) || self.layers.iter().skip(1).any(|t| t.contains_key(package))
    }

    /// Merges validated rows into the local overlay, copying a package's record from
    /// the shared layers on its first change (copy-on-write). A package new to the
    /// catalog belongs to every region; a known one keeps its regions.
    fn apply(&mut self, rows: &[Row<'_>]) {
        self.local.reserve(rows.len().min(MAX_APPS));
        for row in rows {
            // One hash per row: the key is allocated up front, as nearly every bulk row is new.
            match self.local.entry(Box::from(row.package)) {
                Entry::Occupied(e) => merge(e.into_mut(), row),
                Entry::Vacant(v) => {
                    if !self.layers.iter().skip(1).any(|t| t.contains_key(row.package)) {
                        self.added += 1;
                    }
                    let mut info = self
                        .layers
                        .iter()
                        .rev()
                        .find_map(|t| t.get(row.package))
                        .cloned()
                        .unwrap_or_else(|| AppInfo { regions: RegionSet::ALL, ..AppInfo::default() });
                    merge(&mut info, row);
                    v.insert(info);
                }
            }
        }
    }

    /// Freezes this catalog's own additions into a shared layer: clones made afterwards
    /// share them instead of copying. Load a vendor's list once, call `share`, then
    /// clone the catalog into every engine: the rows cost memory once per process.
    pub fn share(&mut self) {
        if self.local.is_empty() {
            return;
        }
        let local = std::mem::take(&mut self.local);
        // Keep at most two layers (built-in + shared) so a lookup stays at two probes.
        if self.layers.len() >= 2 {
            let top = self.layers.pop().unwrap_or_default();
            let mut merged = Arc::try_unwrap(top).unwrap_or_else(|shared| (*shared).clone());
            merged.extend(local);
            self.layers.push(Arc::new(merged));
        } else {
            self.layers.push(Arc::new(local));
        }
    }

    /// The built-in catalog plus `tsv`'s rows (as [`Catalog::add_rows`]), already
    /// [`Catalog::share`]d: give [`Catalog::layers_only`] copies of it to every engine.
    pub fn builtin_shared(tsv: &str) -> Result<Catalog, CatalogError> {
        let mut c = Catalog::builtin();
        c.add_rows(tsv)?;
        // `share`'s first-layer step, written out: its merge of a second shared layer
        // clones a table, code the phone library would otherwise not carry (~2.5 KB).
        let local = std::mem::take(&mut c.local);
        c.layers.push(Arc::new(local));
        Ok(c)
    }

    /// A catalog that shares this one's layers and leaves out its unshared additions: the
    /// cheap clone of a [`Catalog::share`]d catalog (which has none) for engines. Not
    /// `clone()`, which would bring a table's clone into the phone library for an empty one.
    pub fn layers_only(&self) -> Catalog {
        Catalog { layers: self.layers.clone(), local: Table::default(), added: self.added }
    }

    /// Distinct packages the catalog knows.
    pub fn len(&self) -> usize {
        let mut n = 0;
        let tables: Vec<&Table> =
            self.layers.iter().map(|t| &**t).chain(std::iter::once(&self.local)).collect();
        for (i, t) in tables.iter().enumerate() {
            n += t.keys().filter(|k| !tables[i + 1..].iter().any(|u| u.contains_key(&***k))).count();
        }
        n
    }

    pub fn is_empty(&self) -> bool {
        self.local.is_empty() && self.layers.iter().all(|t| t.is_empty())
    }

    /// Packages added at run time (over all calls, shared or not).
    pub fn added(&self) -> usize {
        self.added
    }

    pub fn get(&self, package: &str) -> Option<&AppInfo> {
        self.lookup(package)
    }

    /// What `package` is: its catalog rows, or, for a package no row names, what its
    /// id says (see [`guessed`]).
    pub fn categories(&self, package: &str) -> Categories {
        self.lookup(package).map_or_else(|| guessed(package), |a| a.categories)
    }

    /// Where `package` is at home (empty when the catalog does not know it).
    pub fn regions_of(&self, package: &str) -> RegionSet {
        self.lookup(package).map(|a| a.regions).unwrap_or_default()
    }

    pub fn is(&self, package: &str, category: Category) -> bool {
        self.categories(package).contains(category)
    }

    /// Judges an installer: app stores are `Store`, anything else that installs
    /// is `NonStore` (browsers, cloud drives, chat apps, the system installer,
    /// unknown packages), no installer at all is `Unknown`.
    pub fn installer_kind(&self, installer: Option<&str>) -> InstallerKind {
        match installer {
            None => InstallerKind::Unknown,
            Some(i) if i.trim().is_empty() => InstallerKind::Unknown,
            Some(i) if self.is(i, Category::AppStore) => InstallerKind::Store,
            Some(_) => InstallerKind::NonStore,
        }
    }
}

/// Words with `bank` in them that are no bank: power-bank rentals, blood and food
/// banks, question banks for exams, piggy banks, rate and loan comparison sites.
const NOT_BANKS: [&[u8]; 10] = [
    b"powerbank",
    b"bloodbank",
    b"foodbank",
    b"questionbank",
    b"qbank",
    b"piggybank",
    b"bankrate",
    b"bankbazaar",
    b"databank",
    b"wordbank",
];

/// Payment words that are a whole segment of an application id (`com.example.wallet`).
const PAYMENT_SEGMENTS: [&str; 8] =
    ["pay", "payment", "payments", "wallet", "ewallet", "upi", "paynow", "payme"];

/// What an application id no catalog row names says about the app. Banks are many
/// more than any list (each country has dozens, each bank a retail, a business and a
/// card app) and their ids say what they are: a segment with `bank` in it
/// (`tw.com.bot.bank`, `com.cmbchina.firmbank`, `com.example.mobilebanking`) is a
/// bank, a segment that is a payment word (`com.example.wallet`, `in.example.upi`)
/// a wallet. Without this, an amount typed into an unlisted bank counted for less,
/// and an account number typed there read like credentials typed into a page. Only
/// whole segments count for payment words (`display` ends in `pay`); `bank` is
/// specific enough as part of one.
pub fn guessed(package: &str) -> Categories {
    let mut c = Categories::NONE;
    for seg in package.split('.') {
        let has = |w: &[u8]| {
            seg.len() >= w.len() && seg.as_bytes().windows(w.len()).any(|x| x.eq_ignore_ascii_case(w))
        };
        if has(b"bank") && !NOT_BANKS.iter().any(|n| has(n)) {
            c = c.with(Category::Bank);
        } else if PAYMENT_SEGMENTS.iter().any(|w| seg.eq_ignore_ascii_case(w)) {
            c = c.with(Category::Payment);
        }
    }
    c
}

/// `com.example.app`: at least two segments of letters, digits and underscores,
/// each starting with a letter (what Android accepts as an application id).
pub fn is_package_name(s: &str) -> bool {
    if s.len() > MAX_PACKAGE_LEN {
        return false;
    }
    // A table-driven byte loop rather than `split('.')`: this runs once per bulk row.
    const BAD: u8 = 0;
    const LETTER: u8 = 1;
    const DIGIT_OR_UNDERSCORE: u8 = 2;
    const DOT: u8 = 3;
    const CLASS: [u8; 256] = {
        let mut t = [BAD; 256];
        let mut b = 0;
        while b < 256 {
            t[b] = match b as u8 {
                b'a'..=b'z' | b'A'..=b'Z' => LETTER,
                b'0'..=b'9' | b'_' => DIGIT_OR_UNDERSCORE,
                b'.' => DOT,
                _ => BAD,
            };
            b += 1;
        }
        t
    };
    let mut segments = 0;
    let mut at_segment_start = true;
    for &b in s.as_bytes() {
        match (CLASS[usize::from(b)], at_segment_start) {
            (LETTER, true) => {
                at_segment_start = false;
                segments += 1;
            }
            (LETTER | DIGIT_OR_UNDERSCORE, false) => {}
            (DOT, false) => at_segment_start = true,
            _ => return false,
        }
    }
    !at_segment_start && segments >= 2
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::region::Region;

    #[test]
    fn builtin_catalog_knows_the_scam_chain_apps() {
        let c = Catalog::builtin();
        assert!(c.len() > 100);
        assert!(c.is("com.tencent.wemeet.app", Category::Meeting));
        assert!(c.is("com.android.bankabc", Category::Bank));
        assert!(c.is("com.eg.android.AlipayGphone", Category::Payment));
        assert!(c.is("com.pacf", Category::Loan));
        assert!(c.is("com.oray.sunlogin", Category::RemoteControl));
        assert!(c.is("youqu.android.todesk", Category::RemoteControl));
        assert!(c.is("com.tencent.mobileqq", Category::Messaging));
        assert!(c.is("com.tencent.mobileqq", Category::Meeting), "QQ is both");
        assert_eq!(c.get("com.tencent.wemeet.app").map(|a| a.label_zh()), Some("腾讯会议"));
    }

    #[test]
    fn builtin_rows_carry_regions() {
        let c = Catalog::builtin();
        assert!(c.regions_of("com.android.bankabc").contains(Region::Cn));
        assert!(!c.regions_of("com.android.bankabc").contains(Region::Uk));
        assert!(c.regions_of("com.anydesk.anydeskandroid").is_all());
        assert!(c.regions_of("com.example.unknown").is_empty());
    }

    #[test]
    fn builtin_table_is_shared() {
        let a = Catalog::builtin();
        let b = Catalog::builtin();
        assert!(Arc::ptr_eq(&a.layers[0], &b.layers[0]));
    }

    #[test]
    fn installer_kinds() {
        let c = Catalog::builtin();
        assert_eq!(c.installer_kind(Some("com.huawei.appmarket")), InstallerKind::Store);
        assert_eq!(c.installer_kind(Some("com.android.vending")), InstallerKind::Store);
        assert_eq!(c.installer_kind(Some("com.baidu.netdisk")), InstallerKind::NonStore);
        assert_eq!(c.installer_kind(Some("com.example.unknown")), InstallerKind::NonStore);
        assert_eq!(c.installer_kind(None), InstallerKind::Unknown);
    }

    #[test]
    fn parse_errors_name_the_line_not_the_text() {
        let e = Catalog::parse("package\tcategory\ncom.a.b\tbakery\n").unwrap_err();
        assert_eq!(e, CatalogError { line: Some(2), problem: Problem::UnknownCategory });
        assert!(!e.to_string().contains("bakery"), "{e}");
        let e = Catalog::parse("not a package\tbank\n").unwrap_err();
        assert_eq!(e.line, Some(1));
        assert!(!e.to_string().contains("not a package"), "{e}");
        assert_eq!(Catalog::parse("com.a.b\n").unwrap_err().problem, Problem::MissingCategory);
        assert_eq!(
            Catalog::parse("com.a.b\tbank\tA\tA\thigh\tmars\tsrc\n").unwrap_err().problem,
            Problem::UnknownRegion
        );
        assert_eq!(
            Catalog::parse("com.a.b\tbank\tA\tA\tsure\n").unwrap_err().problem,
            Problem::UnknownConfidence
        );
    }

    #[test]
    fn old_five_column_rows_still_parse() {
        let c = Catalog::parse("com.a.b\tbank\t甲\tA\thigh\n").unwrap();
        assert!(c.is("com.a.b", Category::Bank));
        assert!(c.regions_of("com.a.b").is_all());
        assert!(
            Catalog::parse_strict("com.a.b\tbank\t甲\tA\thigh\n").is_err(),
            "built-in rows need a source"
        );
        let c = Catalog::parse_strict("com.a.b\tbank\t甲\tA\thigh\tuk,us\tPlay listing\n").unwrap();
        assert!(c.regions_of("com.a.b").contains(Region::Us));
    }

    #[test]
    fn labels_keep_the_first_of_each_language() {
        let c = Catalog::parse("a.b\tbank\t甲银行\tA Bank\thigh\na.b\tloan\t乙\tB\thigh\nc.d\tbank\t\tC Bank\thigh\nc.d\tloan\t丙\t\thigh\ne.f\tbank\tSame\tSame\thigh\n").unwrap();
        let a = c.get("a.b").unwrap();
        assert_eq!((a.label_zh(), a.label_en()), ("甲银行", "A Bank"));
        let cd = c.get("c.d").unwrap();
        assert_eq!((cd.label_zh(), cd.label_en()), ("丙", "C Bank"), "a missing language is filled later");
        let ef = c.get("e.f").unwrap();
        assert_eq!((ef.label_zh(), ef.label_en()), ("Same", "Same"));
        let mut c = Catalog::builtin();
        c.add("g.h", Category::Bank, None).unwrap();
        assert_eq!(c.get("g.h").unwrap().label_en(), "");
        c.add("g.h", Category::Bank, Some("Gee")).unwrap();
        assert_eq!((c.get("g.h").unwrap().label_zh(), c.get("g.h").unwrap().label_en()), ("Gee", "Gee"));
    }

    #[test]
    fn run_time_additions() {
        let mut c = Catalog::builtin();
        assert!(!c.is("com.example.mylender", Category::Bank));
        c.add("com.example.mylender", Category::Bank, Some("My Lender")).unwrap();
        assert!(c.is("com.example.mylender", Category::Bank));
        let e = c.add("bad name", Category::Bank, None).unwrap_err();
        assert!(!e.contains("bad name"), "{e}");
        // Adding to a built-in package keeps what it had (copy-on-write).
        c.add("com.android.bankabc", Category::Loan, None).unwrap();
        assert!(c.is("com.android.bankabc", Category::Bank) && c.is("com.android.bankabc", Category::Loan));
        assert!(
            !Catalog::builtin().is("com.android.bankabc", Category::Loan),
            "the shared table is untouched"
        );
    }

    #[test]
    fn share_freezes_additions_for_clones() {
        let mut c = Catalog::builtin();
        c.add_rows("com.example.a\tbank\tA\ncom.example.b\tloan\n").unwrap();
        c.share();
        let d = c.clone();
        assert!(Arc::ptr_eq(c.layers.last().unwrap(), d.layers.last().unwrap()));
        assert!(d.is("com.example.a", Category::Bank));
        let mut e = d.clone();
        e.add("com.example.c", Category::Bank, None).unwrap();
        e.share();
        assert_eq!(e.layers.len(), 2, "shared layers are merged, lookups stay at two probes");
        assert!(e.is("com.example.a", Category::Bank) && e.is("com.example.c", Category::Bank));
        assert!(!d.is("com.example.c", Category::Bank));
        assert_eq!(e.added(), 3);
    }

    #[test]
    fn unlisted_ids_that_say_bank_or_wallet_are_guessed() {
        let c = Catalog::builtin();
        for bank in ["tw.com.bot.bank", "com.cmbchina.firmbank", "com.example.MobileBanking"] {
            assert!(c.is(bank, Category::Bank), "{bank}");
        }
        assert!(c.is("com.example.wallet", Category::Payment));
        assert!(c.is("in.example.upi", Category::Payment));
        // A listed app keeps its rows; ids that only contain the letters are not guessed.
        assert!(!c.is("com.android.chrome", Category::Bank));
        assert!(c.categories("com.android.display").is_empty());
        assert!(c.categories("com.example.paywall").is_empty());
        assert!(c.categories("com.example.banjo").is_empty());
        assert!(c.categories("com.example.powerbank.rental").is_empty());
        assert!(c.categories("in.bankbazaar.app").is_empty());
        assert!(!c.is("com.eg.android.AlipayGphone", Category::Bank));
    }

    #[test]
    fn package_names() {
        assert!(is_package_name("com.tencent.wemeet.app"));
        assert!(is_package_name("cmb.pb"));
        assert!(is_package_name("com.chinamworld.bocmbci"));
        assert!(!is_package_name("nodots"));
        assert!(!is_package_name("com..x"));
        assert!(!is_package_name("1com.x"));
        assert!(!is_package_name("com.x y"));
        assert!(!is_package_name(""));
    }

    #[test]
    fn tab_or_newline_finds_the_first_one() {
        let naive = |b: &[u8], from: usize| {
            b[from..].iter().position(|&c| c == b'\t' || c == b'\n').map_or(b.len(), |p| from + p)
        };
        let mut state = 11u64;
        for len in 0..40 {
            for _ in 0..200 {
                let b: Vec<u8> = (0..len)
                    .map(|_| {
                        state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                        match (state >> 33) % 12 {
                            0 => b'\t',
                            1 => b'\n',
                            2 => (state >> 40) as u8, // any byte, high ones included
                            _ => b'a' + (state >> 40) as u8 % 26,
                        }
                    })
                    .collect();
                for from in 0..=len {
                    assert_eq!(tab_or_newline(&b, from), naive(&b, from), "{b:?} from {from}");
                }
            }
        }
    }

    #[test]
    fn package_names_match_the_rule_as_written() {
        // The rule read straight from its words, on every string of up to 6 bytes
        // over an alphabet with each kind of byte.
        let by_words = |s: &str| {
            let segments: Vec<&str> = s.split('.').collect();
            segments.len() >= 2
                && segments.iter().all(|g| {
                    g.bytes().next().is_some_and(|b| b.is_ascii_alphabetic())
                        && g.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
                })
        };
        let alphabet = ["a", "Z", "7", "_", ".", "-", " ", "é"];
        let mut level = vec![String::new()];
        let mut checked = 0;
        for _ in 0..6 {
            let mut next = Vec::new();
            for s in &level {
                for a in alphabet {
                    let t = format!("{s}{a}");
                    assert_eq!(is_package_name(&t), by_words(&t), "{t:?}");
                    checked += usize::from(by_words(&t));
                    next.push(t);
                }
            }
            level = next;
        }
        assert!(checked > 1000);
    }
}
