//! Regions: locale defaults, service-number normalisation, advice for several regions,
//! and the region table's own validation.

use scamguard::region::{AdviceKey, Region, RegionSet, Regions};

#[test]
fn locale_tags_pick_a_sensible_region() {
    let cases = [
        ("en-GB", Region::Uk),
        ("en_GB", Region::Uk),
        ("cy-GB", Region::Uk),
        ("en-IN", Region::In),
        ("hi-IN", Region::In),
        ("hi", Region::In),
        ("ta", Region::In),
        ("zh-HK", Region::Hk),
        ("zh-Hant-HK", Region::Hk),
        ("zh_HK_#Hant", Region::Hk),
        ("zh-MO", Region::Hk),
        ("zh-Hant", Region::Hk),
        ("zh-TW", Region::Tw),
        ("zh-Hant-TW", Region::Tw),
        ("en-SG", Region::Sg),
        ("zh-SG", Region::Sg),
        ("ms-SG", Region::Sg),
        ("en-AU", Region::Au),
        ("en-US", Region::Us),
        ("en", Region::Us),
        ("zh-CN", Region::Cn),
        ("zh-Hans-CN", Region::Cn),
        ("zh", Region::Cn),
    ];
    for (tag, want) in cases {
        assert_eq!(Region::from_locale(tag), want, "{tag}");
        assert_eq!(Region::try_from_locale(tag), Some(want), "{tag}");
    }
}

#[test]
fn unknown_locales_fall_back_to_the_default_region() {
    for tag in ["fr-FR", "de", "en-NZ", "", "-", "xx_YY", &"a".repeat(100)] {
        assert_eq!(Region::try_from_locale(tag), None, "{tag:?}");
        assert_eq!(Region::from_locale(tag), Region::Cn, "{tag:?}");
    }
    assert_eq!(Region::default(), Region::Cn);
}

#[test]
fn region_sets_parse_and_print() {
    let set = RegionSet::parse("uk,us").unwrap();
    assert_eq!(set.iter().collect::<Vec<_>>(), [Region::Uk, Region::Us]);
    assert_eq!(RegionSet::parse("*").unwrap().iter().count(), 8);
    assert!(RegionSet::parse("uk,").is_none());
    assert!(RegionSet::parse("gb").is_none());
}

#[test]
fn each_region_has_its_currency_and_language() {
    let r = Regions::builtin();
    let want = [
        (Region::Cn, "CNY", "zh-CN"),
        (Region::Hk, "HKD", "zh-HK"),
        (Region::Tw, "TWD", "zh-HK"),
        (Region::Sg, "SGD", "en"),
        (Region::In, "INR", "en"),
        (Region::Uk, "GBP", "en"),
        (Region::Us, "USD", "en"),
        (Region::Au, "AUD", "en"),
    ];
    for (region, currency, lang) in want {
        assert_eq!(r.currency(region), currency, "{region}");
        assert_eq!(r.lang(region), lang, "{region}");
    }
}

#[test]
fn service_numbers_match_however_the_phone_shows_them() {
    let r = Regions::builtin();
    let cn = [Region::Cn];
    for shown in
        ["95555", "+86 95555", "+86-955-55", "9555-5", "0086 95555", " 95555 ", "(95555)", "95588", "95188"]
    {
        assert!(r.is_service_number(&cn, shown), "{shown}");
    }
    for shown in ["95554", "13800138000", "+44 95555", "95555x", "９５５５５", "", "+", "--", &"9".repeat(40)]
    {
        assert!(!r.is_service_number(&cn, shown), "{shown:?}");
    }
    // 96110 calls from "area code + 96110"; without a trunk prefix or country code the
    // same digits are an ordinary local line.
    for shown in ["96110", "025-96110", "0755 96110", "+86 25 96110", "0086 10 96110"] {
        assert!(r.is_service_number(&cn, shown), "{shown}");
    }
    for shown in ["2596110", "0255596110", "+86 2555 96110"] {
        assert!(!r.is_service_number(&cn, shown), "{shown}");
    }
    // The number belongs to the region: 95555 is nothing in the UK.
    assert!(!r.is_service_number(&[Region::Uk], "95555"));
}

#[test]
fn service_numbers_of_other_regions() {
    let r = Regions::builtin();
    let yes = [
        (Region::Hk, "2233 3000"),
        (Region::Hk, "+852 2233 3000"),
        (Region::Hk, "22333000"),
        (Region::Uk, "0345 734 5345"),
        (Region::Uk, "+44 345 734 5345"),
        (Region::Uk, "0044 3457 345 345"),
        (Region::Us, "1 (800) 935-9935"),
        (Region::Us, "+1 800 935 9935"),
        (Region::Us, "800.935.9935"),
        (Region::Au, "13 22 21"),
        (Region::Au, "+61 13 2221"),
        (Region::Sg, "1800 111 1111"),
        (Region::In, "1800-1234"),
        (Region::Tw, "(02) 2383-1000"),
        (Region::Tw, "+886 2 2383 1000"),
    ];
    for (region, shown) in yes {
        assert!(r.is_service_number(&[region], shown), "{region} {shown}");
    }
    assert!(!r.is_service_number(&[Region::Us], "+44 345 734 5345"));
    assert!(!r.is_service_number(&[Region::Hk], "+86 2233 3000"));
    // Several regions: any of them.
    assert!(r.is_service_number(&[Region::Hk, Region::Cn], "95555"));
    assert!(r.is_service_number(&[Region::Hk, Region::Cn], "2233 3000"));
    assert!(!r.is_service_number(&[], "95555"));
}

#[test]
fn advice_names_each_regions_hotlines() {
    let r = Regions::builtin();
    let report = |region, lang| r.advice(&[region], AdviceKey::Report, lang).join(" ");
    assert!(report(Region::Cn, "zh-CN").contains("96110") && report(Region::Cn, "zh-CN").contains("110"));
    assert!(report(Region::Hk, "zh-HK").contains("18222"));
    assert!(report(Region::Tw, "zh-HK").contains("165"));
    assert!(report(Region::Sg, "en").contains("1799"));
    let india = report(Region::In, "en");
    assert!(india.contains("1930") && india.contains("cybercrime.gov.in"), "{india}");
    let uk = report(Region::Uk, "en");
    assert!(uk.contains("159") && uk.contains("7726") && uk.contains("Action Fraud"), "{uk}");
    let us = report(Region::Us, "en");
    assert!(us.contains("back of your card") && us.contains("ReportFraud.ftc.gov"), "{us}");
    let au = report(Region::Au, "en");
    assert!(au.contains("Scamwatch") && au.contains("IDCARE"), "{au}");
    for region in Region::ALL {
        for lang in ["zh-CN", "zh-HK", "en"] {
            for key in AdviceKey::ALL {
                let texts = r.advice(&[*region], *key, lang);
                assert_eq!(texts.len(), 1, "{region} {lang} {key:?}");
                assert!(!texts[0].is_empty());
            }
        }
        let stop = r.advice(&[*region], AdviceKey::StopPayment, "en").join(" ");
        assert!(stop.to_lowercase().contains("bank"), "{region}: {stop}");
    }
}

#[test]
fn advice_for_several_regions_first_region_first_without_duplicates() {
    let r = Regions::builtin();
    let both = r.advice(&[Region::Hk, Region::Cn], AdviceKey::Report, "en");
    assert_eq!(both.len(), 2);
    assert!(both[0].contains("18222") && both[1].contains("96110"), "{both:?}");
    let flipped = r.advice(&[Region::Cn, Region::Hk], AdviceKey::Report, "en");
    assert!(flipped[0].contains("96110"));
    assert_eq!(r.advice(&[Region::Cn, Region::Cn], AdviceKey::Report, "en").len(), 1);
    // No region active: the default region's advice.
    assert_eq!(r.advice(&[], AdviceKey::Report, "en"), r.advice(&[Region::Cn], AdviceKey::Report, "en"));
}

#[test]
fn advice_languages() {
    let r = Regions::builtin();
    let hk = |lang| r.advice(&[Region::Hk], AdviceKey::Report, lang).remove(0);
    // zh-TW reads the traditional text; an unknown language reads the region's own.
    assert_eq!(hk("zh-TW"), hk("zh-HK"));
    assert!(hk("zh-HK").contains("防騙易"), "{}", hk("zh-HK"));
    assert!(hk("zh-CN").contains("防骗易"), "{}", hk("zh-CN"));
    assert_eq!(hk("fr"), hk("zh-HK"));
    assert_eq!(hk("en-GB"), hk("en"));
    assert_eq!(
        r.advice(&[Region::Uk], AdviceKey::Report, "de"),
        r.advice(&[Region::Uk], AdviceKey::Report, "en")
    );
}

fn minimal_region(code: &str) -> String {
    let advice =
        r#"{"report":{"zh-CN":"a","zh-HK":"b","en":"c"},"stop_payment":{"zh-CN":"a","zh-HK":"b","en":"c"}}"#;
    format!(
        r#""{code}":{{"name":"X","currency":"XXX","lang":"en","country_code":"1","trunk_prefix":"","service_numbers":[],"advice":{advice}}}"#
    )
}

fn table(regions: &[&str], extra: &str) -> String {
    let mut parts: Vec<String> = regions.iter().map(|r| minimal_region(r)).collect();
    if !extra.is_empty() {
        parts.push(extra.to_string());
    }
    format!(r#"{{"regions":{{{}}}}}"#, parts.join(","))
}

#[test]
fn the_region_table_is_validated() {
    let all = ["cn", "hk", "tw", "sg", "in", "uk", "us", "au"];
    assert!(Regions::from_json(&table(&all, "")).is_ok());
    let e = Regions::from_json(&table(&all[1..], "")).unwrap_err();
    assert!(e.contains("`cn` is missing"), "{e}");
    assert!(Regions::from_json(&table(&all, &minimal_region("mars")))
        .unwrap_err()
        .contains("unknown region"));
    let bad_currency = table(&all, "").replacen(r#""currency":"XXX""#, r#""currency":"pounds""#, 1);
    assert!(Regions::from_json(&bad_currency).unwrap_err().contains("currency"));
    let missing_lang = table(&all, "").replacen(r#","en":"c"}"#, "}", 1);
    assert!(Regions::from_json(&missing_lang).unwrap_err().contains("no `en` text"));
    let bad_number = table(&all, "").replacen(
        r#""service_numbers":[]"#,
        r#""service_numbers":[{"number":"call me","name":"n","source":"s","confidence":"high"}]"#,
        1,
    );
    assert!(Regions::from_json(&bad_number).unwrap_err().contains("not a phone number"));
    assert!(Regions::from_json("{").is_err());
}

#[test]
fn a_number_needs_its_provenance_in_the_file_but_not_in_the_shipped_copy() {
    let all = ["cn", "hk", "tw", "sg", "in", "uk", "us", "au"];
    let with = |number: &str| {
        table(&all, "").replacen(r#""service_numbers":[]"#, &format!(r#""service_numbers":[{number}]"#), 1)
    };
    let kept = with(r#"{"number":"95588","name":"ICBC","source":"the bank's site","confidence":"high"}"#);
    let bare = with(r#"{"number":"95588"}"#);
    let unsure = with(r#"{"number":"95588","name":"ICBC","source":"s","confidence":"maybe"}"#);
    assert!(Regions::from_json(&kept).is_ok());
    let e = Regions::from_json(&bare).unwrap_err();
    assert!(e.contains("needs a name and a source"), "{e}");
    assert!(Regions::from_json(&unsure).unwrap_err().contains("confidence"));
    // The shipped copy drops them, and reads the same table; the number is still checked.
    let shipped = Regions::from_shipped_json(&bare).expect("shipped form");
    assert_eq!(format!("{shipped:?}"), format!("{:?}", Regions::from_json(&kept).unwrap()));
    assert!(Regions::from_shipped_json(&with(r#"{"number":"call me"}"#))
        .unwrap_err()
        .contains("not a phone number"));
}
