//! Placeholder text analysis (replaced by the text module on its own branch): a
//! small vocabulary per class, enough to drive the engine until the real one lands.

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum Source {
    SmsUnknown,
    SmsService,
    SmsContact,
    Notification,
    NotificationMessaging,
    Screen,
}

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum TextClass {
    Impersonation,
    SafeAccount,
    RemoteAccess,
    Refund,
    Task,
    Investment,
    LoanFee,
    Credit,
    Phishing,
    Prize,
    BossRequest,
    MoneyOut,
    CodeRequest,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Finding {
    pub class: TextClass,
    pub strength: f32,
    pub word: String,
}

#[derive(Clone, Debug, PartialEq, Default)]
pub struct TextAnalysis {
    pub findings: Vec<Finding>,
    pub score: f32,
    pub has_link: bool,
}

const WORDS: &[(TextClass, f32, &str)] = &[
    (TextClass::SafeAccount, 1.0, "安全账户"),
    (TextClass::SafeAccount, 1.0, "safe account"),
    (TextClass::Impersonation, 1.0, "涉嫌洗钱"),
    (TextClass::Impersonation, 1.0, "公安局"),
    (TextClass::Impersonation, 1.0, "通缉"),
    (TextClass::Impersonation, 1.0, "资金核查"),
    (TextClass::Impersonation, 1.0, "百万保障"),
    (TextClass::LoanFee, 1.0, "注销账户"),
    (TextClass::LoanFee, 1.0, "校园贷"),
    (TextClass::LoanFee, 1.0, "解冻"),
    (TextClass::LoanFee, 1.0, "保证金"),
    (TextClass::Task, 1.0, "刷单"),
    (TextClass::Task, 1.0, "垫付"),
    (TextClass::Task, 1.0, "返利"),
    (TextClass::Task, 1.0, "兼职日结"),
    (TextClass::Task, 1.0, "点赞关注"),
    (TextClass::Investment, 1.0, "补仓"),
    (TextClass::Investment, 1.0, "提现审核"),
    (TextClass::RemoteAccess, 0.6, "屏幕共享"),
    (TextClass::RemoteAccess, 0.6, "共享屏幕"),
    (TextClass::RemoteAccess, 0.4, "会议号"),
    (TextClass::Refund, 0.4, "退款"),
    (TextClass::Refund, 0.4, "理赔"),
    (TextClass::Refund, 0.4, "快递丢失"),
    (TextClass::Credit, 0.6, "备用金"),
    (TextClass::Credit, 0.5, "借款"),
    (TextClass::Credit, 0.5, "额度"),
    (TextClass::MoneyOut, 1.0, "转出"),
    (TextClass::MoneyOut, 1.0, "支出"),
    (TextClass::MoneyOut, 1.0, "转账成功"),
    (TextClass::MoneyOut, 1.0, "付款成功"),
];

pub fn analyze(text: &str, _source: Source) -> TextAnalysis {
    let mut out = TextAnalysis { has_link: text.contains("http"), ..TextAnalysis::default() };
    let lower = text.to_ascii_lowercase();
    for &(class, strength, word) in WORDS {
        if lower.contains(word) && !out.findings.iter().any(|f| f.class == class) {
            out.findings.push(Finding { class, strength, word: word.to_string() });
        }
    }
    out.findings.sort_by(|a, b| b.strength.total_cmp(&a.strength));
    out.score = out.findings.first().map_or(0.0, |f| f.strength);
    out
}
