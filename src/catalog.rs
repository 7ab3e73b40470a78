//! The app catalog: which package is a bank, a loan app, a remote-control tool...
//!
//! Kept as data (`data/catalog.tsv`), embedded at build time and checked by
//! `build.rs`, extendable at run time. An app that is not in the catalog still
//! counts wherever the rules do not need a category (a screen share by an
//! unknown "meeting" app is a screen share all the same).
//!
//! This file depends only on `std` and `kinds`, so `build.rs` can include it.

use crate::kinds::{Category, InstallerKind};
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

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
    pub label_zh: String,
    pub label_en: String,
}

/// Package name → what it is.
#[derive(Debug, Clone, Default)]
pub struct Catalog {
    apps: HashMap<String, AppInfo, BuildHasherDefault<Fnv>>,
}

/// The catalog shipped with the library.
pub const BUILTIN_TSV: &str = include_str!("../data/catalog.tsv");

/// Most entries a catalog may hold; run-time additions beyond it are refused so a
/// misbehaving caller cannot grow memory without bound.
pub const MAX_APPS: usize = 10_000;

impl Catalog {
    /// Parses the TSV format: `package, category, label_zh, label_en, confidence`,
    /// `#` comments and blank lines skipped, the header line recognised by its first cell.
    pub fn parse(tsv: &str) -> Result<Catalog, String> {
        let mut catalog = Catalog::default();
        for (i, line) in tsv.lines().enumerate() {
            let line_no = i + 1;
            let line = line.trim_end_matches('\r');
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let cells: Vec<&str> = line.split('\t').map(str::trim).collect();
            if cells[0] == "package" {
                continue;
            }
            if cells.len() < 2 {
                return Err(format!("catalog line {line_no}: expected at least package and category"));
            }
            let package = cells[0];
            if !is_package_name(package) {
                return Err(format!("catalog line {line_no}: `{package}` is not an Android package name"));
            }
            let category = Category::from_wire(cells[1])
                .ok_or_else(|| format!("catalog line {line_no}: unknown category `{}`", cells[1]))?;
            let label_zh = cells.get(2).copied().unwrap_or("");
            let label_en = cells.get(3).copied().unwrap_or("");
            catalog.insert(package, category, label_zh, label_en);
        }
        Ok(catalog)
    }

    /// The embedded catalog. It is validated by `build.rs`, so this cannot fail at run time;
    /// should it ever, an empty catalog still leaves category-free rules working.
    pub fn builtin() -> Catalog {
        Catalog::parse(BUILTIN_TSV).unwrap_or_default()
    }

    fn insert(&mut self, package: &str, category: Category, label_zh: &str, label_en: &str) {
        let info = self.apps.entry(package.to_string()).or_default();
        info.categories = info.categories.with(category);
        if info.label_zh.is_empty() && !label_zh.is_empty() {
            info.label_zh = label_zh.to_string();
        }
        if info.label_en.is_empty() && !label_en.is_empty() {
            info.label_en = label_en.to_string();
        }
    }

    /// Adds a category to a package at run time (a vendor's own bank list, say).
    pub fn add(&mut self, package: &str, category: Category, label: Option<&str>) -> Result<(), String> {
        if !is_package_name(package) {
            return Err(format!("`{package}` is not an Android package name"));
        }
        if self.apps.len() >= MAX_APPS && !self.apps.contains_key(package) {
            return Err(format!("the catalog is full ({MAX_APPS} apps)"));
        }
        let label = label.unwrap_or("");
        self.insert(package, category, label, label);
        Ok(())
    }

    pub fn len(&self) -> usize {
        self.apps.len()
    }

    pub fn is_empty(&self) -> bool {
        self.apps.is_empty()
    }

    pub fn get(&self, package: &str) -> Option<&AppInfo> {
        self.apps.get(package)
    }

    pub fn categories(&self, package: &str) -> Categories {
        self.apps.get(package).map(|a| a.categories).unwrap_or_default()
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

/// `com.example.app`: at least two segments of letters, digits and underscores,
/// each starting with a letter (what Android accepts as an application id).
pub fn is_package_name(s: &str) -> bool {
    let mut segments = 0;
    for seg in s.split('.') {
        let mut chars = seg.chars();
        match chars.next() {
            Some(c) if c.is_ascii_alphabetic() => {}
            _ => return false,
        }
        if !chars.all(|c| c.is_ascii_alphanumeric() || c == '_') {
            return false;
        }
        segments += 1;
    }
    segments >= 2 && s.len() <= 255
}

#[cfg(test)]
mod tests {
    use super::*;

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
        assert_eq!(c.get("com.tencent.wemeet.app").map(|a| a.label_zh.as_str()), Some("腾讯会议"));
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
    fn parse_errors_name_the_line() {
        let err = Catalog::parse("package\tcategory\ncom.a.b\tbakery\n").unwrap_err();
        assert!(err.contains("line 2") && err.contains("bakery"), "{err}");
        let err = Catalog::parse("not a package\tbank\n").unwrap_err();
        assert!(err.contains("line 1"), "{err}");
        assert!(Catalog::parse("com.a.b\n").is_err());
    }

    #[test]
    fn run_time_additions() {
        let mut c = Catalog::builtin();
        assert!(!c.is("com.example.mybank", Category::Bank));
        c.add("com.example.mybank", Category::Bank, Some("My Bank")).unwrap();
        assert!(c.is("com.example.mybank", Category::Bank));
        assert!(c.add("bad name", Category::Bank, None).is_err());
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
}
