//! Behaviour of `text::analyze` on single messages: what must stay low, what
//! must be caught, and that the evidence shows the text as the user saw it.

use scamguard::text::{analyze, Analyzer, Source, TextClass, SCAM_THRESHOLD};

fn score(t: &str) -> f32 {
    analyze(t, Source::SmsUnknown).score
}

/// Each text, from an unknown sender, reads as a scam.
fn all_flagged(texts: &[&str]) {
    all_at_least(Source::SmsUnknown, SCAM_THRESHOLD, texts);
}

/// Each text, seen as from `src`, scores at least `floor`.
fn all_at_least(src: Source, floor: f32, texts: &[&str]) {
    for t in texts {
        let s = analyze(t, src).score;
        assert!(s >= floor, "{t}: {s}");
    }
}

/// Each text, seen as from `src`, scores below `ceiling`.
fn all_below(src: Source, ceiling: f32, texts: &[&str]) {
    for t in texts {
        let s = analyze(t, src).score;
        assert!(s < ceiling, "{t}: {s}");
    }
}

#[test]
fn debug_print_env_text() {
    // `SCAM_TEXT='...' cargo test --test text_analyze debug -- --nocapture`
    if let Ok(t) = std::env::var("SCAM_TEXT") {
        println!("{:#?}", analyze(&t, Source::SmsUnknown));
    }
}

#[test]
fn one_weak_word_is_not_a_scam() {
    all_below(
        Source::SmsUnknown,
        0.3,
        &[
            "【工商银行】验证码123456，请勿告诉他人。",
            "Your OTP is 123456. Do not share it with anyone.",
            "客服电话：400-800-1234，感谢您的惠顾",
            "【京东】您的退款已完成，金额将在1-3个工作日到账。",
            "Your refund of $24.99 has been processed.",
            "Please verify your email address in the app.",
            "【建设银行】您尾号1234的账户12月1日支出500.00元，余额3,210.00元。",
            "Reminder: your appointment is tomorrow at 10am. Reply C to confirm.",
            "【顺丰速运】您的快件已到达驿站，取件码3-2-1234。",
        ],
    );
}

#[test]
fn money_out_is_found_but_scores_nothing_alone() {
    let a = analyze("【建设银行】您尾号1234的账户转账成功5000.00元", Source::SmsService);
    assert!(a.finding(TextClass::MoneyOut).is_some());
    assert!(a.score < 0.1);
}

#[test]
fn a_bank_otp_is_not_a_code_request_but_asking_for_it_is() {
    let own = analyze("验证码：654321，您正在登录，请勿泄露。", Source::SmsService);
    assert!(own.finding(TextClass::CodeRequest).map_or(true, |f| f.strength < 0.2));
    let ask = analyze("不好意思，验证码发错到你手机了，麻烦把验证码发给我", Source::SmsUnknown);
    assert!(ask.finding(TextClass::CodeRequest).is_some_and(|f| f.strength >= 0.6), "{ask:?}");
    assert!(ask.score >= SCAM_THRESHOLD);
}

#[test]
fn structure_makes_phishing_without_a_listed_word() {
    // Brand + link to an unrelated domain + urgency + action: no class word.
    let a =
        analyze("【中国移动】尊敬的用户，请于今日内点击 cmcc-vip.top 完成办理，逾期作废", Source::SmsUnknown);
    let f = a.finding(TextClass::Phishing).expect("phishing");
    assert_eq!(f.word, "中国移动");
    assert!(a.score >= SCAM_THRESHOLD, "{a:?}");
    assert!(a.has_link);
    // The same without the link is far weaker.
    assert!(score("【中国移动】尊敬的用户，请于今日内办理，逾期作废") < 0.4);
}

#[test]
fn a_service_linking_to_its_own_domain_scores_lower() {
    let own = analyze("【工商银行】您的积分即将到期，请登录 www.icbc.com.cn 兑换", Source::SmsService).score;
    let fake = analyze("【工商银行】您的积分即将到期，请登录 www.icbc-jf.cn 兑换", Source::SmsService).score;
    assert!(own < 0.5 && fake >= SCAM_THRESHOLD && own + 0.3 < fake, "own {own} fake {fake}");
}

#[test]
fn evasions_are_seen_through_and_reported_as_written() {
    let a = analyze("您的帳戶已凍結，請轉到安 全 帳 戶", Source::SmsUnknown);
    let f = a.finding(TextClass::SafeAccount).expect("safe account");
    assert_eq!(f.word, "安 全 帳 戶");
    assert!(a.score >= SCAM_THRESHOLD);
    let b = analyze("招聘宝妈兼职，刷単日结，加薇信", Source::SmsUnknown);
    assert_eq!(b.finding(TextClass::Task).map(|f| f.word.as_str()), Some("刷単"));
    let c = analyze(
        "PayPa1: your acc0unt has been suspended. Verify now at paypa1-secure.xyz",
        Source::SmsUnknown,
    );
    assert!(c.score >= SCAM_THRESHOLD, "{c:?}");
    let d = analyze("Ｍｏｖｅ ｙｏｕｒ ｍｏｎｅｙ to a safe account now", Source::SmsUnknown);
    assert_eq!(d.finding(TextClass::SafeAccount).map(|f| f.word.as_str()), Some("safe account"));
}

#[test]
fn latin_words_need_word_boundaries() {
    // "irs" inside "first", "ato" inside "tomato", "ups" inside "groups".
    let a = analyze("first tomato groups at bit.ly/x1", Source::SmsUnknown);
    assert!(a.findings.iter().all(|f| f.class != TextClass::Impersonation));
    assert!(a.score < 0.3, "{a:?}");
}

#[test]
fn findings_are_one_per_class_strongest_first() {
    let a = analyze(
        "我是公安局民警，你涉嫌洗钱，通缉令已下发，请把资金转到安全账户，下载腾讯会议共享屏幕",
        Source::SmsUnknown,
    );
    let mut classes: Vec<TextClass> = a.findings.iter().map(|f| f.class).collect();
    assert!(a.findings.windows(2).all(|w| w[0].strength >= w[1].strength));
    classes.sort();
    classes.dedup();
    assert_eq!(classes.len(), a.findings.len());
    for c in [TextClass::Impersonation, TextClass::SafeAccount, TextClass::RemoteAccess] {
        assert!(a.finding(c).is_some(), "{c:?}");
    }
    assert!(a.score > 0.9);
}

#[test]
fn contacts_and_screens_weigh_less_than_strangers() {
    let t = "兼职刷单，日结佣金，先垫付后返利";
    let unknown = analyze(t, Source::SmsUnknown).score;
    assert!(analyze(t, Source::SmsContact).score < unknown);
    assert!(analyze(t, Source::Screen).score < unknown);
}

#[test]
fn only_the_first_4096_bytes_are_read() {
    let pad = "好".repeat(1400); // 4200 bytes
    assert!(analyze(&format!("{pad}安全账户"), Source::SmsUnknown).findings.is_empty());
    assert!(!analyze(&format!("安全账户{pad}"), Source::SmsUnknown).findings.is_empty());
    assert_eq!(analyze("", Source::Screen).score, 0.0);
}

#[test]
fn extra_words_change_results_only_where_they_match() {
    let extra: Vec<String> = (0..2000).map(|i| format!("zzextra{i}word")).collect();
    let big = Analyzer::with_extra_words(TextClass::Task, &extra, 0.9);
    assert!(big.vocabulary().words() >= Analyzer::builtin().vocabulary().words() + 2000);
    let t = "【工商银行】您的积分即将到期，请登录 icbc-jf.cn 兑换";
    assert_eq!(big.analyze(t, Source::SmsUnknown), analyze(t, Source::SmsUnknown));
    assert!(big.analyze("hello zzextra17word", Source::SmsUnknown).finding(TextClass::Task).is_some());
}

/// A number the text asks to be called or texted is a finding's word, but the
/// evidence must not carry it: its digits are masked.
#[test]
fn numbers_in_findings_are_masked() {
    for t in [
        "URGENT! You have won a 2000 prize. To claim call 09061701461 now",
        "备用金 740219385",
        "Txt the word CLAIM to 81010 to get your reward",
    ] {
        let a = analyze(t, Source::SmsUnknown);
        for f in &a.findings {
            let digits = f.word.chars().filter(char::is_ascii_digit).count();
            assert!(digits < 5, "{t}: finding word {:?}", f.word);
        }
    }
    let a = analyze("URGENT! You have won a 2000 prize. To claim call 09061701461 now", Source::SmsUnknown);
    assert!(!a.findings.is_empty(), "the prize text is still found");
}

#[test]
fn your_account_plus_a_link_elsewhere_is_phishing_but_an_account_notice_is_not() {
    // "Your account" is the brand a phishing text wears when it names none (as
    // "your account" already is in English): with a threat and a link that goes
    // nowhere official, it is the text; without a link it is a notice.
    all_flagged(&[
        "您的帳戶需於月底前完成實名驗證，否則停用，請點此：acct-verify.top",
        "我們偵測到你的帳戶近期在多個裝置出現使用紀錄，為保護您的帳戶安全，請點選以下連結進行驗證 bit.ly/3xYz",
        "您的账户存在异地登录，请立即点击 safe-zh.cc 验证身份",
    ]);
    all_below(
        Source::SmsUnknown,
        0.3,
        &[
            "【建设银行】您的账户于12月1日转入3,000.00元，余额8,210.00元。",
            "您的账户于12月1日在新设备登录，如非本人操作请致电95588。",
            "【招商银行】您的账户已完成实名认证，感谢使用。",
        ],
    );
}

#[test]
fn asking_for_a_code_back_by_reply_is_a_code_request() {
    // A bank sends a code to type into its app; it never asks for it back by
    // reply or read out to a caller.
    for t in [
        "We've sent you a 6-digit code to confirm it's you. Please reply with the code to stop the transaction.",
        "Fraud alert: suspicious purchase detected. Reply NO and read us the one-time code to stop it.",
    ] {
        let a = analyze(t, Source::SmsUnknown);
        assert!(a.finding(TextClass::CodeRequest).is_some_and(|f| f.strength >= 0.6), "{a:?}");
        assert!(a.score >= SCAM_THRESHOLD, "{t}: {}", a.score);
    }
    let own =
        analyze("Your code is 482913. Never share it; we will never ask you for it.", Source::SmsService);
    assert!(own.finding(TextClass::CodeRequest).map_or(true, |f| f.strength < 0.2), "{own:?}");
}

#[test]
fn indian_banks_reserved_domain_is_official_and_lookalikes_of_it_are_not() {
    // Only banks can register under `bank.in` (RBI, April 2025: IDRBT is its only
    // registrar), and HDFC Bank says its SMS links are on `hdfcbk.io`.
    all_below(
        Source::SmsService,
        0.3,
        &[
            "HDFC Bank: Your KYC is due. Update here: https://hdfc.bank.in/kyc",
            "HDFC Bank: Your KYC is due. Update here: https://hdfcbk.io/a/x1",
        ],
    );
    all_at_least(
        Source::SmsService,
        SCAM_THRESHOLD,
        &[
            "HDFC Bank: Your KYC is due. Update here: https://hdfc-bank.in.kyc-upd.top/x",
            "HDFC Bank: Your KYC is due. Update here: https://hdfcbank.in-kyc.com/x",
        ],
    );
}

#[test]
fn threats_to_a_licence_a_refund_held_for_bank_details_and_an_unpaid_fee_are_lures() {
    all_flagged(&[
        "Final notice: unpaid toll. We will suspend your vehicle registration and begin suspension of driving privileges.",
        "MyGov: We attempted to deposit your refund but we had issue with your banking information. Pls confirm your details",
        "your shipment could not be delivery because the Shipping fee not paid Please confirm here",
    ]);
    // An operator's anti-fraud notice quotes the scripts it warns about.
    let warning = analyze(
        "中国移动提醒您，如您或亲人收到电话或短信声称如下情况请勿轻信：1.通知您或亲人国内涉案 2.假冒使领馆名义通知您领取包裹",
        Source::SmsService,
    );
    assert!(warning.score < 0.3, "{warning:?}");
}

#[test]
fn an_advisory_naming_the_safe_account_is_not_the_safe_account_script() {
    // Banks' and police advisories name the script to warn against it; the
    // scammer's text asks for the move. Both must keep apart however the
    // advisory says "never".
    all_below(
        Source::SmsService,
        SCAM_THRESHOLD,
        &[
            "Remember: Westpac never calls asking you to transfer funds to a protected account",
            "We would never contact you to transfer money to a safe account.",
            "Your bank won't ever ask you to move money to a safe account. Hang up if they do.",
            "公检法机关不会通过电话办案，不存在安全账户",
        ],
    );
    all_at_least(
        Source::SmsUnknown,
        SCAM_THRESHOLD,
        &[
            "Transfer your balance to the protected account we set up for you",
            "Move your money to a safe account today, we will call you back",
            "请立即将资金转入安全账户配合调查",
        ],
    );
}

#[test]
fn a_taiwanese_bank_linking_to_its_own_site_is_not_phishing_but_its_look_alike_is() {
    // Taiwanese banks text from ordinary mobile numbers; the link is what tells.
    let own = "臺灣銀行就學貸款通知：台端貸款已屆還款期，每月應繳本息3,215元，請於每月1日前存入還款帳號或至本行網站查詢 https://www.bot.com.tw";
    assert!(score(own) < 0.3, "{}", score(own));
    let fake = "臺灣銀行就學貸款通知：台端貸款已屆還款期，請點擊 https://bot-com-tw.top 更新資料";
    assert!(score(fake) >= SCAM_THRESHOLD, "{}", score(fake));
}

#[test]
fn a_deposit_asked_by_a_business_is_not_an_advance_fee_scam_by_itself() {
    // A mover's quote, a cake shop's order: "pay a deposit" is every booking's
    // word. Below the model's text.min_strength (0.35) it raises no signal.
    all_below(
        Source::NotificationMessaging,
        0.35,
        &["估價單：總價23,500元。確認日期後請先付訂金3,000元至公司帳戶", "请先交订金500元，到了再付尾款"],
    );
    // What makes it the rental or pet scam is the rest of the script.
    all_at_least(
        Source::NotificationMessaging,
        SCAM_THRESHOLD,
        &["房东在国外，先付订金我把钥匙快递给你", "问的人很多，先付定金给你留着"],
    );
}

#[test]
fn a_stranger_asking_about_your_listing_with_a_link_is_phishing_but_the_question_is_not() {
    // The marketplace seller's smishing: "your post on facebook" and a link to a
    // page that asks them to log in.
    all_flagged(&[
        "Hey, your post on facebook page: https://care-pac.com/?real-estate-houseid13958 Can you tell me more about it?",
        "Hi this is Cameron. I wanted to know more about the item you have on FB: https://bit.ly/2Pa7xzt",
    ]);
    // A buyer's own question carries no link.
    all_below(
        Source::SmsUnknown,
        SCAM_THRESHOLD,
        &[
            "Hi, is the sofa still available? I can pick it up Saturday",
            "Saw your post on facebook, is it still for sale?",
        ],
    );
}

#[test]
fn points_about_to_expire_and_a_locked_account_are_phishing_pretexts() {
    all_flagged(&[
        "Telstra: To prevent unredeemed points from becoming invalid, please redeem them before tonight: https://telstra-rewards.top",
        "For your security we have locked your Netbank. To restore your access go to https://commbank-restore.app",
    ]);
}

#[test]
fn a_blocked_card_with_a_way_to_unblock_it_is_phishing_but_the_bank_own_notice_is_not() {
    // From an unknown number, "your card has been blocked" with a number to
    // call or a page is the callback and link phishing opener.
    all_flagged(&[
        "Your card has been blocked. Call 0800 123 4567 now to unblock it",
        "Bank alert: your debit card has been suspended, verify at https://secure-unblock.info",
    ]);
    // The bank's own sender pointing to the number on the card, and the bare
    // statement with no way offered, stay below.
    let own =
        "Your card ending 1234 has been blocked for your security. Call the number on the back of your card.";
    assert!(analyze(own, Source::SmsService).score < SCAM_THRESHOLD);
    assert!(score("your card has been blocked") < SCAM_THRESHOLD);
}

#[test]
fn a_paid_survey_is_the_task_scam_opener() {
    all_flagged(&[
        "这是一个付费问卷调查，你只须回答下列几个问题，每个参与者我们将回赠11新元。",
        "参加付费问卷调查，每份回赠20元，加微信领取",
    ]);
}

#[test]
fn a_deposit_held_on_the_card_and_released_on_return_is_a_merchants_terms() {
    // A car rental's or a hotel's terms: the deposit is a card pre-authorisation,
    // released (解冻) on return. The unfreezing-fee script has no card hold.
    let terms = "取车须知：车辆押金¥3,000 + 违章押金¥2,000，门店以本人信用卡预授权方式冻结，还车验车后车辆押金解冻，违章押金于还车后30天无违章自动解冻。";
    assert!(analyze(terms, Source::Screen).score < 0.3, "{}", analyze(terms, Source::Screen).score);
    // The scripts' own "released automatically" still reads as theirs.
    all_flagged(&[
        "您的账户已冻结，需缴纳解冻费",
        "贷款账号被冻结，需先交解冻金才能放款",
        "补缴保证金40,000.00元后自动解冻并放款",
        "完成本轮任务后自动解冻",
    ]);
}

#[test]
fn the_executive_on_a_personal_number_asking_for_secrecy_is_the_boss_script() {
    all_flagged(&[
        "Hi, Richard here. Using my personal number for something confidential.",
        "We are restructuring. Board wants it strictly confidential, don't discuss with the team.",
    ]);
    // A colleague's ordinary note about a confidential document is not.
    assert!(score("The board pack is attached, it is marked confidential") < SCAM_THRESHOLD);
}

#[test]
fn a_host_moving_a_booked_stay_to_whatsapp_for_prepayment_is_the_booking_hijack() {
    // Sent through the booking app's own chat from a hijacked host account: pay
    // within hours or lose the stay, and talk on WhatsApp instead.
    let hijack = "Dear guest, thank you for your reservation. To confirm it a prepayment of the stay is required within 12 hours, otherwise the reservation will be cancelled automatically. Please contact our reservations department on WhatsApp +351 93x xxx 208";
    let s = analyze(hijack, Source::Notification).score;
    assert!(s >= SCAM_THRESHOLD, "{s}");
    // The platform's own terms and reminders are not.
    all_below(Source::Notification, SCAM_THRESHOLD, &[
        "A prepayment is required for this booking. The property will charge your card 7 days before arrival.",
        "To confirm your reservation, prepayment is required within 24 hours. Please pay via the link in your booking confirmation.",
        "Your booking is confirmed. Free cancellation until 1 Sept. Pay at the property.",
        "Your reservation will be cancelled if the card on file is declined. Update your card in the app.",
    ]);
}

#[test]
fn a_yes_no_fraud_alert_from_an_unknown_number_is_the_fake_fraud_team() {
    // The bank's own alert asks for a YES/NO reply from its short code; from an
    // ordinary number the "NO" brings the fake fraud team's call.
    let alerts = [
        "Citizens Alert: Did you try a purchase of $862.40 at Target? Reply YES or NO",
        "NatWest: a payment of £1,150.00 to M JONES is waiting. Was this you? Reply Y or N",
        "Card ending 4411 used for $1,980.00 at APPLE.COM. Reply Y if recognized, reply N if not.",
    ];
    all_flagged(&alerts);
    all_below(Source::SmsService, SCAM_THRESHOLD, &alerts);
    // Not a money matter: a poll or a booking asks the same way.
    all_below(
        Source::SmsUnknown,
        SCAM_THRESHOLD,
        &[
            "Do you support the new library levy? Reply YES or NO",
            "Your table for 4 at 7pm Friday is held. Reply Y if you are still coming, reply N if not.",
        ],
    );
}

#[test]
fn a_buyer_asking_for_the_code_just_sent_is_the_verification_code_scam() {
    // The marketplace "buyer" has a code sent to the seller's phone to take over
    // their number or account, and asks for it back "to prove you're real".
    all_flagged(&[
        "Before I drive over, I sent a verification code to your phone. Text me the code so I know you are real",
        "Lots of fake sellers on here, I just had Google send you a code, text me that code to prove you are a real person",
    ]);
    all_below(
        Source::SmsService,
        SCAM_THRESHOLD,
        &["Your verification code is 482913. Do not share it with anyone."],
    );
}

#[test]
fn a_managed_fund_pitch_in_a_chat_reads_as_investment() {
    // The "fund manager's" group: members thanking for monthly profit, capital
    // said to be protected, a deposit slip to send after the transfer.
    for t in [
        "Many of our members are retirees like you, capital is protected by our risk team and you receive a monthly profit",
        "Deposits go to our company account in Kuala Lumpur. Please send the slip after transfer so the team can activate your plan",
    ] {
        let a = analyze(t, Source::NotificationMessaging);
        assert!(a.finding(TextClass::Investment).is_some() && a.score >= SCAM_THRESHOLD, "{t}: {a:?}");
    }
    // A fund house's own statement from its sender is no pitch.
    all_below(
        Source::SmsService,
        SCAM_THRESHOLD,
        &["Your monthly statement for March is ready. Log in to the app to view your portfolio."],
    );
}
