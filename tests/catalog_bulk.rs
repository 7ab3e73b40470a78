//! The catalog's columns, bulk loading, caps and errors.

use scamguard::catalog::{
    Catalog, CatalogError, Problem, BUILTIN_TSV, MAX_APPS, MAX_LABEL_LEN, MAX_ROWS_PER_CALL, MAX_TSV_BYTES,
};
use scamguard::region::Region;
use scamguard::Category;
use std::time::Instant;

#[test]
fn the_builtin_catalog_knows_apps_of_every_region() {
    let c = Catalog::builtin();
    let want = [
        ("uk.co.santander.santanderUK", Category::Bank, Region::Uk),
        ("com.grppl.android.shell.CMBlloydsTSB73", Category::Bank, Region::Uk),
        ("co.uk.getmondo", Category::Bank, Region::Uk),
        ("com.wf.wellsfargomobile", Category::Bank, Region::Us),
        ("com.zellepay.zelle", Category::Payment, Region::Us),
        ("com.squareup.cash", Category::Payment, Region::Us),
        ("com.snapwork.hdfc", Category::Bank, Region::In),
        ("com.google.android.apps.nbu.paisa.user", Category::Payment, Region::In),
        ("com.phonepe.app", Category::Payment, Region::In),
        ("in.org.npci.upiapp", Category::Payment, Region::In),
        ("com.dbs.sg.dbsmbanking", Category::Bank, Region::Sg),
        ("com.uob.mighty.app", Category::Bank, Region::Sg),
        ("com.bochk.app.aos", Category::Bank, Region::Hk),
        ("hk.com.hsbc.paymefromhsbc", Category::Payment, Region::Hk),
        ("hk.alipay.wallet", Category::Payment, Region::Hk),
        ("com.octopuscards.nfc_reader", Category::Payment, Region::Hk),
        ("com.commbank.netbank", Category::Bank, Region::Au),
        ("com.cathaybk.mymobibank.android", Category::Bank, Region::Tw),
        ("cn.gov.pbc.dcep", Category::Payment, Region::Cn),
        ("com.affirm.central", Category::Loan, Region::Us),
        ("com.myklarnamobile", Category::Loan, Region::Uk),
        ("com.splashtop.sos", Category::RemoteControl, Region::Us),
        ("com.sand.airsos", Category::RemoteControl, Region::Cn),
        ("com.carriez.flutter_hbb", Category::RemoteControl, Region::In),
        ("org.thoughtcrime.securesms", Category::Messaging, Region::Au),
        ("com.x8bit.bitwarden", Category::Accessibility, Region::Sg),
    ];
    for (package, category, region) in want {
        assert!(c.is(package, category), "{package} should be {category}");
        assert!(c.regions_of(package).contains(region), "{package} should be at home in {region}");
    }
    // WeChat is a payment app in mainland China and Hong Kong (WeChat Pay HK lives inside it).
    let wechat = c.regions_of("com.tencent.mm");
    assert!(wechat.contains(Region::Cn) && wechat.contains(Region::Hk));
}

#[test]
fn every_builtin_row_has_regions_and_a_source() {
    Catalog::parse_strict(BUILTIN_TSV).expect("data/catalog.tsv passes the strict check");
    for (i, line) in BUILTIN_TSV.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() || line.starts_with("package\t") {
            continue;
        }
        let cells: Vec<&str> = line.split('\t').collect();
        assert_eq!(cells.len(), 7, "line {}", i + 1);
        assert!(!cells[6].trim().is_empty(), "line {} has no source", i + 1);
    }
}

#[test]
fn old_five_column_rows_from_callers_are_still_read() {
    let c = Catalog::parse(
        "package\tcategory\tlabel_zh\tlabel_en\tconfidence\ncom.city.bank\tbank\t城市银行\tCity Bank\thigh\n",
    )
    .unwrap();
    assert!(c.is("com.city.bank", Category::Bank));
    assert_eq!(c.get("com.city.bank").unwrap().label_en(), "City Bank");
    assert!(c.regions_of("com.city.bank").is_all());
}

/// Resident memory of this process in KiB (Linux; 0 elsewhere), for the printed figures.
fn rss_kib() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| s.lines().find(|l| l.starts_with("VmRSS:")).map(str::to_string))
        .and_then(|l| l.split_whitespace().nth(1).and_then(|n| n.parse().ok()))
        .unwrap_or(0)
}

fn rows(n: usize) -> String {
    let mut tsv = String::with_capacity(n * 40);
    for i in 0..n {
        tsv.push_str(&format!("com.vendor.app{i}\t{}\tApp {i}\n", if i % 2 == 0 { "bank" } else { "loan" }));
    }
    tsv
}

#[test]
fn one_hundred_thousand_rows_in_one_call() {
    let tsv = rows(100_000);
    let mut c = Catalog::builtin();
    let builtin_len = c.len();
    let rss_before = rss_kib();
    let start = Instant::now();
    let n = c.add_rows(&tsv).unwrap();
    let took = start.elapsed();
    // Not asserted: figures for BENCHMARKS.md (`cargo test --release --test catalog_bulk -- --nocapture`;
    // RSS is approximate when tests run in parallel: add `--test-threads=1`).
    eprintln!(
        "add_rows: 100000 rows in {:.1} ms, RSS +{} KiB",
        took.as_secs_f64() * 1e3,
        rss_kib().saturating_sub(rss_before)
    );
    assert_eq!(n, 100_000);
    assert_eq!(c.added(), 100_000);
    assert_eq!(c.len(), builtin_len + 100_000);
    assert!(c.is("com.vendor.app0", Category::Bank));
    assert!(c.is("com.vendor.app99999", Category::Loan));
    assert_eq!(c.get("com.vendor.app42").unwrap().label_en(), "App 42");
    assert!(c.regions_of("com.vendor.app42").is_all());
    // The built-in rows are still there, and a fresh catalog does not see the additions.
    assert!(c.is("com.android.bankabc", Category::Bank));
    assert!(!Catalog::builtin().is("com.vendor.app0", Category::Bank));

    // Shared once, cloned into many engines: the clones see the rows without copying them.
    let rss_before = rss_kib();
    let start = Instant::now();
    c.share();
    let clones: Vec<Catalog> = (0..8).map(|_| c.clone()).collect();
    eprintln!(
        "share + 8 clones: {:.2} ms, RSS +{} KiB",
        start.elapsed().as_secs_f64() * 1e3,
        rss_kib().saturating_sub(rss_before)
    );
    assert!(clones.iter().all(|k| k.is("com.vendor.app77", Category::Loan)));
}

#[test]
fn engines_share_one_loaded_catalog() {
    use scamguard::{Engine, Event, EventKind};
    let mut c = Catalog::builtin();
    c.add_rows(&rows(1_000)).unwrap();
    c.share();
    let mut engines: Vec<Engine> = (0..4).map(|_| Engine::new()).collect();
    for e in &mut engines {
        e.set_catalog(c.clone());
    }
    // Each engine sees the shared rows; one engine's own addition stays its own.
    engines[0].add_app("com.only.zero", Category::Bank, None).unwrap();
    for (i, e) in engines.iter_mut().enumerate() {
        assert!(e.catalog().is("com.vendor.app500", Category::Bank));
        assert_eq!(e.catalog().is("com.only.zero", Category::Bank), i == 0);
        let ev = Event::new(1_000, EventKind::AppForeground { package: "com.vendor.app501".into() });
        e.observe(&ev).unwrap();
        assert!(e.state().foreground_categories.contains(Category::Loan));
    }
}

#[test]
fn builtin_shared_is_what_jni_shares_between_engines() {
    use scamguard::Engine;
    // What `AppCatalog.fromRows` builds and every engine given it gets (src/jni/natives.rs).
    let shared = Catalog::builtin_shared(&rows(1_000)).unwrap();
    let mut loaded = Catalog::builtin();
    loaded.add_rows(&rows(1_000)).unwrap();
    assert_eq!(shared.len(), loaded.len());
    assert_eq!(shared.added(), 1_000);
    let mut a = Engine::new();
    let mut b = Engine::new();
    a.set_catalog(shared.layers_only());
    b.set_catalog(shared.layers_only());
    a.add_apps("com.only.a\tbank\ncom.vendor.app1\tbank\n").unwrap();
    assert!(a.catalog().is("com.only.a", Category::Bank) && !b.catalog().is("com.only.a", Category::Bank));
    assert!(
        a.catalog().is("com.vendor.app1", Category::Bank)
            && a.catalog().is("com.vendor.app1", Category::Loan)
    );
    assert!(
        !b.catalog().is("com.vendor.app1", Category::Bank)
            && b.catalog().is("com.vendor.app1", Category::Loan)
    );
    assert!(!shared.is("com.only.a", Category::Bank), "the shared catalog never changes");
    assert!(b.catalog().is("com.android.bankabc", Category::Bank));
    // Errors are the same as `add_rows`'.
    assert_eq!(
        Catalog::builtin_shared("com.ok\tbank\ncom.no\tbakery\n").unwrap_err(),
        CatalogError { line: Some(2), problem: Problem::UnknownCategory }
    );
}

#[test]
fn bulk_loading_is_all_or_nothing() {
    let mut c = Catalog::builtin();
    let tsv = "# my banks\npackage\tcategory\tlabel\ncom.good.one\tbank\tOne\ncom.good.two\tbank\n\ncom.good.three\tbakery\tThree\n";
    let e = c.add_rows(tsv).unwrap_err();
    assert_eq!(e, CatalogError { line: Some(6), problem: Problem::UnknownCategory });
    assert!(!c.is("com.good.one", Category::Bank), "nothing is added when a row is bad");
    assert_eq!(c.added(), 0);
    let ok = tsv.replace("bakery", "loan");
    assert_eq!(c.add_rows(&ok).unwrap(), 3);
    assert!(c.is("com.good.one", Category::Bank) && c.is("com.good.three", Category::Loan));
    assert_eq!(c.get("com.good.two").unwrap().label_en(), "", "a row without a label keeps none");
    assert_eq!(c.add_rows("").unwrap(), 0);
    assert_eq!(c.add_rows("# only a comment\n\n").unwrap(), 0);
}

#[test]
fn bulk_rows_add_to_what_a_package_already_is() {
    let mut c = Catalog::builtin();
    c.add_rows("com.android.bankabc\tloan\tSomething else\n").unwrap();
    let info = c.get("com.android.bankabc").unwrap();
    assert!(info.categories.contains(Category::Bank) && info.categories.contains(Category::Loan));
    assert_eq!(info.label_zh(), "中国农业银行", "the built-in label stays");
    assert!(!c.regions_of("com.android.bankabc").contains(Region::Uk), "a known package keeps its regions");
}

#[test]
fn caps_on_package_label_and_rows() {
    let mut c = Catalog::builtin();
    let long_package = format!("com.{}", "a".repeat(260));
    assert_eq!(c.add_rows(&format!("{long_package}\tbank\n")).unwrap_err().problem, Problem::PackageTooLong);
    let long_label = "L".repeat(MAX_LABEL_LEN + 1);
    let e = c.add_rows(&format!("com.ok.bank\tbank\t{long_label}\n")).unwrap_err();
    assert_eq!(e, CatalogError { line: Some(1), problem: Problem::LabelTooLong });
    assert!(c.add_rows(&format!("com.ok.bank\tbank\t{}\n", "L".repeat(MAX_LABEL_LEN))).is_ok());
    assert_eq!(c.add_rows("com.ok.bank\tbank\tBad\u{7}Label\n").unwrap_err().problem, Problem::LabelNotText);
    assert_eq!(c.add_rows("com.ok.bank\tbank\tA\tB\n").unwrap_err().problem, Problem::TooManyCells);
    assert_eq!(c.add_rows("com.ok.bank\n").unwrap_err().problem, Problem::MissingCategory);

    let too_many = rows(MAX_ROWS_PER_CALL + 1);
    let e = c.add_rows(&too_many).unwrap_err();
    assert_eq!(e, CatalogError { line: None, problem: Problem::TooManyRows });

    let huge = "#".repeat(MAX_TSV_BYTES + 1);
    assert_eq!(c.add_rows(&huge).unwrap_err().problem, Problem::InputTooLarge);
    assert_eq!(c.added(), 1, "only the one good row");
}

#[test]
fn the_catalog_refuses_more_than_max_apps_added_packages() {
    let mut c = Catalog::builtin();
    let mut loaded = 0;
    while loaded < MAX_APPS {
        let n = (MAX_APPS - loaded).min(MAX_ROWS_PER_CALL);
        let mut tsv = String::with_capacity(n * 24);
        for i in loaded..loaded + n {
            tsv.push_str(&format!("com.v.a{i}\tbank\n"));
        }
        c.add_rows(&tsv).unwrap();
        loaded += n;
    }
    assert_eq!(c.added(), MAX_APPS);
    assert_eq!(
        c.add_rows("com.one.more\tbank\n").unwrap_err(),
        CatalogError { line: None, problem: Problem::Full }
    );
    assert!(c.add("com.one.more", Category::Bank, None).is_err());
    // A package already added may still gain a category: that costs no new entry.
    c.add_rows("com.v.a7\tloan\n").unwrap();
    assert!(c.is("com.v.a7", Category::Loan));
    c.share();
    assert!(c.add("com.one.more", Category::Bank, None).is_err(), "sharing does not reset the cap");
}

#[test]
fn errors_never_echo_the_input() {
    let mut c = Catalog::builtin();
    let secrets = [
        ("com.secret.vault9\tbakery\tMySecretLabel\n", "bakery"),
        ("not a package secret\tbank\n", "secret"),
        ("com.secret.vault9\tbank\tMySecret\u{1}Label\n", "MySecret"),
        ("com.secret.vault9\tbank\tMySecretLabel\textra-secret\n", "secret"),
        (&format!("com.secret.vault9\tbank\t{}\n", "MySecretLabel".repeat(20)), "MySecret"),
    ];
    for (tsv, secret) in secrets {
        let e = c.add_rows(tsv).unwrap_err();
        let shown = e.to_string();
        assert!(!shown.contains(secret) && !shown.contains("vault9"), "{shown}");
        assert!(shown.contains("line 1"), "{shown}");
    }
    let e = c.add("secret name", Category::Bank, Some("MySecretLabel")).unwrap_err();
    assert!(!e.contains("secret"), "{e}");
    let e = Catalog::parse("com.secret.vault9\tbank\tx\tx\thigh\tmars\tsrc\n").unwrap_err().to_string();
    assert!(!e.contains("mars") && !e.contains("vault9"), "{e}");
}
