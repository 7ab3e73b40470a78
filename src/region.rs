//! Regions: where the user lives decides the advice (which hotline to call), the
//! official service numbers a bank or wallet calls from, the default currency and the
//! default language. The app catalog is NOT filtered by region: a traveller's foreign
//! bank is still a bank.
//!
//! The table is data (`data/regions.json`), embedded at build time and validated by
//! `build.rs` with this very file. This file depends only on `std` and `serde`, so
//! `build.rs` can include it with `#[path]`.
//!
//! API:
//! - [`Region`]: `cn hk tw sg in uk us au` (`from_wire`, `wire_name`, `ALL`), and
//!   [`Region::from_locale`] for a default from the device locale.
//! - [`RegionSet`]: several regions at once (a catalog row's regions, or the regions
//!   active on an engine).
//! - [`Regions::builtin`]: the embedded table, parsed once per process.
//! - [`Regions::is_service_number`], [`Regions::advice`], [`Regions::currency`],
//!   [`Regions::lang`].

use serde::Deserialize;
use std::collections::BTreeMap;
use std::fmt;
use std::sync::OnceLock;

macro_rules! regions {
    ($($variant:ident = $wire:literal),+ $(,)?) => {
        /// A region whose advice, service numbers, currency and language the engine knows.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Region { $($variant),+ }

        impl Region {
            /// Every region, in declaration order.
            pub const ALL: &'static [Region] = &[$(Region::$variant),+];

            /// The spelling used in data files, traces and the Java API.
            pub fn wire_name(self) -> &'static str {
                match self { $(Region::$variant => $wire),+ }
            }

            /// Parses the wire spelling; `None` for anything else.
            pub fn from_wire(s: &str) -> Option<Region> {
                match s { $($wire => Some(Region::$variant),)+ _ => None }
            }
        }
    };
}

regions!(Cn = "cn", Hk = "hk", Tw = "tw", Sg = "sg", In = "in", Uk = "uk", Us = "us", Au = "au");

impl fmt::Display for Region {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.wire_name())
    }
}

impl Default for Region {
    /// Mainland China: the project's first market and the engine's default language.
    fn default() -> Self {
        Region::Cn
    }
}

impl Region {
    /// The region for a device locale tag (`en-GB`, `en_GB`, `zh-Hant-HK`, `hi-IN`...),
    /// falling back to the default region (`cn`) for anything not listed.
    ///
    /// Rules, in order: a country subtag wins (`GB`/`UK`→uk, `US`→us, `IN`→in, `SG`→sg,
    /// `HK`/`MO`→hk, `TW`→tw, `AU`→au, `CN`→cn); without one, the language decides
    /// (`zh`/`zh-Hans`→cn, `zh-Hant`→hk, `en`→us as Android's own default English,
    /// Indian languages→in). A listed country with any language counts (`ms-SG`→sg).
    pub fn from_locale(tag: &str) -> Region {
        Region::try_from_locale(tag).unwrap_or_default()
    }

    /// As [`Region::from_locale`], but `None` when the locale names no listed region,
    /// so a caller can choose its own fallback.
    pub fn try_from_locale(tag: &str) -> Option<Region> {
        // A locale tag is short; a long one is not a locale (and not worth scanning).
        if tag.len() > 64 {
            return None;
        }
        let mut parts = tag.split(['-', '_']).filter(|p| !p.is_empty());
        let lang = parts.next()?.to_ascii_lowercase();
        let mut script = None;
        let mut country = None;
        for p in parts {
            if p.len() == 4 && p.chars().all(|c| c.is_ascii_alphabetic()) && script.is_none() {
                script = Some(p.to_ascii_lowercase());
            } else if p.len() == 2 && p.chars().all(|c| c.is_ascii_alphabetic()) && country.is_none() {
                country = Some(p.to_ascii_uppercase());
            }
        }
        if let Some(c) = &country {
            let by_country = match c.as_str() {
                "CN" => Some(Region::Cn),
                // Macau has no entry of its own; Hong Kong's traditional-Chinese advice is closest.
                "HK" | "MO" => Some(Region::Hk),
                "TW" => Some(Region::Tw),
                "SG" => Some(Region::Sg),
                "IN" => Some(Region::In),
                "GB" | "UK" => Some(Region::Uk),
                "US" => Some(Region::Us),
                "AU" => Some(Region::Au),
                _ => None,
            };
            if by_country.is_some() {
                return by_country;
            }
        }
        match lang.as_str() {
            "zh" => match script.as_deref() {
                Some("hant") => Some(Region::Hk),
                _ => Some(Region::Cn),
            },
            // Only when no country was given: `en` alone is Android's en-US default.
            "en" if country.is_none() => Some(Region::Us),
            // Hindi and the other large Indian languages Android ships.
            "hi" | "bn" | "ta" | "te" | "mr" | "gu" | "kn" | "ml" | "pa" | "ur" | "or" | "as" => {
                Some(Region::In)
            }
            _ => None,
        }
    }

    fn bit(self) -> u16 {
        1 << (self as u16)
    }
}

/// A set of regions (at most the eight above), stored as bits: a catalog row costs two bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub struct RegionSet(u16);

impl RegionSet {
    pub const NONE: RegionSet = RegionSet(0);
    /// Every region (`*` in the catalog).
    pub const ALL: RegionSet = RegionSet((1 << 8) - 1);

    pub fn of(r: Region) -> RegionSet {
        RegionSet(r.bit())
    }

    pub fn with(self, r: Region) -> RegionSet {
        RegionSet(self.0 | r.bit())
    }

    pub fn union(self, other: RegionSet) -> RegionSet {
        RegionSet(self.0 | other.0)
    }

    pub fn contains(self, r: Region) -> bool {
        self.0 & r.bit() != 0
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    pub fn is_all(self) -> bool {
        self == RegionSet::ALL
    }

    /// The one region of a set that holds exactly one.
    pub fn only(self) -> Option<Region> {
        (self.0.count_ones() == 1).then(|| self.iter().next()).flatten()
    }

    /// The regions in declaration order.
    pub fn iter(self) -> impl Iterator<Item = Region> {
        Region::ALL.iter().copied().filter(move |r| self.contains(*r))
    }

    /// Parses `*` or a comma list of wire names (`cn,hk`); `None` if any name is unknown
    /// or the list is empty.
    pub fn parse(s: &str) -> Option<RegionSet> {
        let s = s.trim();
        if s == "*" {
            return Some(RegionSet::ALL);
        }
        let mut set = RegionSet::NONE;
        for name in s.split(',') {
            set = set.with(Region::from_wire(name.trim())?);
        }
        (!set.is_empty()).then_some(set)
    }
}

impl fmt::Display for RegionSet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_all() {
            return f.write_str("*");
        }
        let mut first = true;
        for r in self.iter() {
            if !first {
                f.write_str(",")?;
            }
            f.write_str(r.wire_name())?;
            first = false;
        }
        Ok(())
    }
}

/// What the advice is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AdviceKey {
    /// Where to check a suspicious contact and report a scam.
    Report,
    /// Money already left: how to stop the payment.
    StopPayment,
}

impl AdviceKey {
    pub const ALL: &'static [AdviceKey] = &[AdviceKey::Report, AdviceKey::StopPayment];

    pub fn wire_name(self) -> &'static str {
        match self {
            AdviceKey::Report => "report",
            AdviceKey::StopPayment => "stop_payment",
        }
    }

    pub fn from_wire(s: &str) -> Option<AdviceKey> {
        match s {
            "report" => Some(AdviceKey::Report),
            "stop_payment" => Some(AdviceKey::StopPayment),
            _ => None,
        }
    }
}

/// The languages advice is written in, as wire names; `zh-TW` reads the `zh-HK` text.
pub const ADVICE_LANGS: [&str; 3] = ["zh-CN", "zh-HK", "en"];

/// Index into [`ADVICE_LANGS`] for a language wire name; `None` if it is not one of them.
fn lang_index(lang: &str) -> Option<usize> {
    match lang {
        "zh-CN" | "zh" | "zh-Hans" | "zh-SG" => Some(0),
        "zh-HK" | "zh-TW" | "zh-Hant" | "zh-MO" => Some(1),
        "en" => Some(2),
        _ if lang.starts_with("en-") || lang.starts_with("en_") => Some(2),
        _ => None,
    }
}

// ---- the data file ----

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RegionsFile {
    regions: BTreeMap<String, RegionJson>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RegionJson {
    name: String,
    currency: String,
    lang: String,
    /// International calling code without `+` (`86`, `44`, `1`...).
    country_code: String,
    /// What a national number starts with when dialled inside the country (`0`, `1` in
    /// the US), empty where there is none (Hong Kong, Singapore).
    #[serde(default)]
    trunk_prefix: String,
    service_numbers: Vec<NumberJson>,
    advice: BTreeMap<String, BTreeMap<String, String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct NumberJson {
    number: String,
    // Name, source and confidence are for the people who keep the file: `from_json`
    // requires them, and build.rs ships the table without them (the phone needs only
    // the number), so the shipped copy is read with `from_shipped_json`.
    #[serde(default)]
    name: String,
    #[serde(default)]
    source: String,
    #[serde(default)]
    confidence: String,
    /// The number is also dialled out with a local area code in front (mainland China's
    /// 96110 shows as `025-96110` in Nanjing).
    #[serde(default)]
    area_code: bool,
}

// ---- the run-time table ----

#[derive(Debug, Clone)]
struct ServiceNumber {
    /// National significant number: digits only, country code and trunk prefix removed.
    significant: String,
    area_code: bool,
}

#[derive(Debug, Clone)]
struct RegionInfo {
    currency: String,
    lang: &'static str,
    country_code: String,
    trunk_prefix: String,
    numbers: Vec<ServiceNumber>,
    /// `[key][lang]`, in [`AdviceKey::ALL`] × [`ADVICE_LANGS`] order.
    advice: [[String; 3]; 2],
}

/// The region table: per region, its currency, language, service numbers and advice.
#[derive(Debug, Clone)]
pub struct Regions {
    /// Indexed by `Region as usize`.
    info: Vec<RegionInfo>,
}

/// The region table shipped with the library.
/// The shipped `data/regions.json` (src/builtin.rs).
pub fn builtin_json() -> &'static str {
    crate::builtin::regions_json()
}

/// Longest phone number accepted for normalisation; anything longer is not a number.
const MAX_NUMBER_LEN: usize = 32;

impl Regions {
    /// Parses and validates a region table (the format of `data/regions.json`). Every
    /// region must be present with an ISO currency, a known language, both advice keys
    /// in all three languages, and service numbers that normalise to digits.
    pub fn from_json(json: &str) -> Result<Regions, String> {
        Regions::parse(json, true)
    }

    /// Parses the shipped copy of the table, which build.rs wrote from a file that
    /// passed [`Regions::from_json`] with each number's name, source and confidence
    /// removed; everything else is checked the same.
    pub fn from_shipped_json(json: &str) -> Result<Regions, String> {
        Regions::parse(json, false)
    }

    fn parse(json: &str, with_provenance: bool) -> Result<Regions, String> {
        let file: RegionsFile = serde_json::from_str(json).map_err(|e| format!("not valid: {e}"))?;
        for name in file.regions.keys() {
            if Region::from_wire(name).is_none() {
                return Err(format!("unknown region `{name}`"));
            }
        }
        let mut info = Vec::with_capacity(Region::ALL.len());
        for region in Region::ALL {
            let r = region.wire_name();
            let j = file.regions.get(r).ok_or_else(|| format!("region `{r}` is missing"))?;
            if j.name.trim().is_empty() {
                return Err(format!("region `{r}`: empty name"));
            }
            if j.currency.len() != 3 || !j.currency.chars().all(|c| c.is_ascii_uppercase()) {
                return Err(format!("region `{r}`: currency must be a 3-letter ISO code"));
            }
            let lang = ADVICE_LANGS
                .iter()
                .copied()
                .find(|l| *l == j.lang)
                .ok_or_else(|| format!("region `{r}`: lang must be one of {ADVICE_LANGS:?}"))?;
            if j.country_code.is_empty() || !j.country_code.chars().all(|c| c.is_ascii_digit()) {
                return Err(format!("region `{r}`: country_code must be digits"));
            }
            if !j.trunk_prefix.chars().all(|c| c.is_ascii_digit()) {
                return Err(format!("region `{r}`: trunk_prefix must be digits"));
            }
            let mut numbers = Vec::with_capacity(j.service_numbers.len());
            if with_provenance {
                for n in &j.service_numbers {
                    if n.name.trim().is_empty() || n.source.trim().is_empty() {
                        return Err(format!("region `{r}`: number {} needs a name and a source", n.number));
                    }
                    if !matches!(n.confidence.as_str(), "high" | "medium" | "low") {
                        return Err(format!(
                            "region `{r}`: number {}: confidence must be high|medium|low",
                            n.number
                        ));
                    }
                }
            }
            for n in &j.service_numbers {
                let significant = significant(&n.number, &j.country_code, &j.trunk_prefix)
                    .map(|(s, _)| s)
                    .filter(|s| s.len() >= 3)
                    .ok_or_else(|| format!("region `{r}`: `{}` is not a phone number", n.number))?;
                if numbers.iter().any(|x: &ServiceNumber| x.significant == significant) {
                    return Err(format!("region `{r}`: number {} is listed twice", n.number));
                }
                numbers.push(ServiceNumber { significant, area_code: n.area_code });
            }
            for key in j.advice.keys() {
                if AdviceKey::from_wire(key).is_none() {
                    return Err(format!("region `{r}`: unknown advice key `{key}`"));
                }
            }
            let mut advice: [[String; 3]; 2] = Default::default();
            for (ki, key) in AdviceKey::ALL.iter().enumerate() {
                let texts = j
                    .advice
                    .get(key.wire_name())
                    .ok_or_else(|| format!("region `{r}`: advice `{}` is missing", key.wire_name()))?;
                for l in texts.keys() {
                    if !ADVICE_LANGS.contains(&l.as_str()) {
                        return Err(format!(
                            "region `{r}`: advice `{}` has unknown language `{l}`",
                            key.wire_name()
                        ));
                    }
                }
                for (li, l) in ADVICE_LANGS.iter().enumerate() {
                    let text = texts.get(*l).map(|s| s.trim()).unwrap_or("");
                    if text.is_empty() {
                        return Err(format!("region `{r}`: advice `{}` has no `{l}` text", key.wire_name()));
                    }
                    advice[ki][li] = text.to_string();
                }
            }
            info.push(RegionInfo {
                currency: j.currency.clone(),
                lang,
                country_code: j.country_code.clone(),
                trunk_prefix: j.trunk_prefix.clone(),
                numbers,
                advice,
            });
        }
        Ok(Regions { info })
    }

    /// The embedded table, parsed once per process and shared by every engine. It is
    /// validated by `build.rs`, so parsing cannot fail at run time; should it ever, the
    /// table is empty of numbers and advice rather than a panic.
    pub fn builtin() -> &'static Regions {
        static BUILTIN: OnceLock<Regions> = OnceLock::new();
        BUILTIN
            .get_or_init(|| Regions::from_shipped_json(builtin_json()).unwrap_or_else(|_| Regions::empty()))
    }

    fn empty() -> Regions {
        let info = Region::ALL
            .iter()
            .map(|_| RegionInfo {
                currency: String::new(),
                lang: ADVICE_LANGS[2],
                country_code: String::new(),
                trunk_prefix: String::new(),
                numbers: Vec::new(),
                advice: Default::default(),
            })
            .collect();
        Regions { info }
    }

    fn get(&self, region: Region) -> &RegionInfo {
        &self.info[region as usize]
    }

    /// ISO 4217 code of the region's currency (`CNY`, `GBP`, `INR`...).
    pub fn currency(&self, region: Region) -> &str {
        &self.get(region).currency
    }

    /// Wire name of the region's default language: `zh-CN`, `zh-HK` (traditional) or `en`.
    pub fn lang(&self, region: Region) -> &'static str {
        self.get(region).lang
    }

    /// Whether `number` (as the phone shows it: `+86 95555`, `9555-5`, `0345 734 5345`,
    /// `+1 (800) 935-9935`) is an official service number of any of `regions`. Spaces,
    /// dashes, dots and brackets are ignored; a leading `+cc`/`00cc` of the region's
    /// country code and its trunk prefix are removed before comparing.
    ///
    /// A caller ID can be spoofed: a match says who the number belongs to, not who is on
    /// the line. Combine it with the platform's verification before trusting a call.
    pub fn is_service_number(&self, regions: &[Region], number: &str) -> bool {
        regions.iter().any(|r| {
            let info = self.get(*r);
            let Some((sig, prefixed)) = significant(number, &info.country_code, &info.trunk_prefix) else {
                return false;
            };
            info.numbers.iter().any(|n| {
                sig == n.significant
                    // An area code only counts after a trunk prefix or country code
                    // (`025-96110`, `+86 25 96110`): a bare `2596110` is someone's line.
                    || (n.area_code
                        && prefixed
                        && sig.len() > n.significant.len()
                        && sig.ends_with(n.significant.as_str())
                        && (2..=3).contains(&(sig.len() - n.significant.len())))
            })
        })
    }

    /// Advice texts for `key` in language `lang` (a wire name; `zh-TW` reads the
    /// traditional-Chinese text; an unknown language reads the region's own language),
    /// one per active region in the order given, the same text never twice. With no
    /// region active, the default region's advice.
    pub fn advice(&self, regions: &[Region], key: AdviceKey, lang: &str) -> Vec<String> {
        let default = [Region::default()];
        let regions = if regions.is_empty() { &default[..] } else { regions };
        let mut out: Vec<String> = Vec::with_capacity(regions.len());
        for r in regions {
            let info = self.get(*r);
            let li = lang_index(lang).or_else(|| lang_index(info.lang)).unwrap_or(2);
            let text = &info.advice[key as usize][li];
            if !text.is_empty() && !out.iter().any(|t| t == text) {
                out.push(text.clone());
            }
        }
        out
    }
}

/// The national significant number of `raw` for a region with `country_code` and
/// `trunk_prefix`: digits only, without `+cc`/`00cc` and without the trunk prefix, and
/// whether either prefix was there. `None` if `raw` holds anything but digits,
/// separators and one leading `+`, or is empty or too long.
fn significant(raw: &str, country_code: &str, trunk_prefix: &str) -> Option<(String, bool)> {
    let raw = raw.trim();
    if raw.is_empty() || raw.len() > MAX_NUMBER_LEN {
        return None;
    }
    let (plus, body) = match raw.strip_prefix('+') {
        Some(rest) => (true, rest),
        None => (false, raw),
    };
    let mut digits = String::with_capacity(body.len());
    for c in body.chars() {
        match c {
            '0'..='9' => digits.push(c),
            ' ' | '-' | '.' | '(' | ')' | '\u{a0}' => {}
            _ => return None,
        }
    }
    if digits.is_empty() {
        return None;
    }
    let mut rest: &str = &digits;
    let mut prefixed = false;
    if plus {
        // `+` must be followed by this region's country code, or it is a foreign number.
        rest = rest.strip_prefix(country_code)?;
        prefixed = true;
    } else if let Some(r) = rest.strip_prefix("00").and_then(|r| r.strip_prefix(country_code)) {
        rest = r;
        prefixed = true;
    }
    if !trunk_prefix.is_empty() {
        if let Some(r) = rest.strip_prefix(trunk_prefix) {
            // The US trunk prefix is also its country code: `1 800...` and `800...` are one number.
            if !r.is_empty() {
                rest = r;
                prefixed = true;
            }
        }
    }
    (!rest.is_empty()).then(|| (rest.to_string(), prefixed))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wire_names_round_trip() {
        for r in Region::ALL {
            assert_eq!(Region::from_wire(r.wire_name()), Some(*r));
        }
        assert_eq!(Region::from_wire("gb"), None);
        assert_eq!(Region::ALL.len(), 8);
    }

    #[test]
    fn region_sets() {
        assert_eq!(RegionSet::parse("*"), Some(RegionSet::ALL));
        let s = RegionSet::parse("cn, hk").unwrap();
        assert!(s.contains(Region::Cn) && s.contains(Region::Hk) && !s.contains(Region::Uk));
        assert_eq!(s.to_string(), "cn,hk");
        assert_eq!(RegionSet::ALL.to_string(), "*");
        assert_eq!(RegionSet::parse("cn,xx"), None);
        assert_eq!(RegionSet::parse(""), None);
    }

    #[test]
    fn significant_numbers() {
        let sig = |raw, cc, trunk| significant(raw, cc, trunk).map(|(s, _)| s);
        assert_eq!(sig("+86 95555", "86", "0").as_deref(), Some("95555"));
        assert_eq!(sig("0086-95555", "86", "0").as_deref(), Some("95555"));
        assert_eq!(sig("+44 345 734 5345", "44", "0").as_deref(), Some("3457345345"));
        assert_eq!(sig("0345 734 5345", "44", "0").as_deref(), Some("3457345345"));
        assert_eq!(sig("1-800-935-9935", "1", "1").as_deref(), Some("8009359935"));
        assert_eq!(sig("+1 (800) 935-9935", "1", "1").as_deref(), Some("8009359935"));
        assert_eq!(significant("95555", "86", "0"), Some(("95555".to_string(), false)));
        assert_eq!(significant("025-96110", "86", "0"), Some(("2596110".to_string(), true)));
        assert_eq!(significant("+852 2233 3000", "86", ""), None, "foreign country code");
        assert_eq!(significant("95555x", "86", "0"), None);
        assert_eq!(significant("", "86", "0"), None);
        assert_eq!(significant(&"9".repeat(40), "86", "0"), None);
    }

    #[test]
    fn builtin_table_loads() {
        let r = Regions::builtin();
        assert_eq!(r.currency(Region::Uk), "GBP");
        assert_eq!(r.lang(Region::Hk), "zh-HK");
        assert!(r.is_service_number(&[Region::Cn], "95555"));
    }
}
