//! The world the scripts draw from: regions with their banks, wallets, chat apps,
//! stores and number ranges; app pools (catalogued and look-alike); and texts in
//! simplified Chinese, traditional Chinese and English.
//!
//! Look-alike packages (`com.xq.meetpro2`, ...) are invented on purpose: a scam
//! app is rarely in any catalog. Phone numbers are in fictitious ranges (UK Ofcom
//! drama numbers 07700 900xxx, US 555-01xx, CN 170 0000 xxxx).

use super::script::Script;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tongue {
    /// Simplified Chinese.
    Zh,
    /// Traditional Chinese (Hong Kong, Taiwan).
    Zht,
    En,
}

#[derive(Debug)]
pub struct Region {
    pub code: &'static str,
    pub langs: &'static [(Tongue, &'static str)],
    /// ISO 4217 code for `transfer_started.currency`.
    pub currency: &'static str,
    /// How amounts are written with a sign.
    pub sign: &'static str,
    pub number_prefix: &'static str,
    /// Digits after the prefix, so numbers stay inside the fictitious range.
    pub number_digits: u32,
    /// Bank apps, catalogued and not (foreign banks, e-CNY, small lenders).
    pub banks: &'static [&'static str],
    pub wallets: &'static [&'static str],
    pub chats: &'static [&'static str],
    pub stores: &'static [&'static str],
    /// Short codes of banks and services (95555, ...), as SMS senders.
    pub service_senders: &'static [&'static str],
    /// Whole units: typical scam losses, everyday payments.
    pub scam_range: (u64, u64),
    pub everyday_range: (u64, u64),
}

const CN_CHATS: &[&str] = &["com.tencent.mm", "com.tencent.mobileqq", "com.alibaba.android.rimet"];
const INTL_CHATS: &[&str] = &["com.whatsapp", "org.telegram.messenger", "com.whatsapp"];
const PLAY: &[&str] = &["com.android.vending"];

pub static REGIONS: &[Region] = &[
    Region {
        code: "cn",
        langs: &[(Tongue::Zh, "zh-CN")],
        currency: "CNY",
        sign: "¥",
        number_prefix: "+86 170 0000 ",
        number_digits: 4,
        banks: &[
            "com.icbc",
            "com.chinamworld.main",
            "com.android.bankabc",
            "cmb.pb",
            "com.chinamworld.bocmbci",
            "com.yitong.mbank.psbc",
            "com.bankcomm.Bankcomm",
            "com.cib.cibmb",
            // Not in the catalog: the e-CNY wallet, a city commercial bank, a rural bank.
            "cn.gov.pbc.dcep",
            "com.bankofbeijing.mobilebanking",
            "com.zjrcu.mbank",
        ],
        wallets: &["com.eg.android.AlipayGphone", "com.tencent.mm", "com.unionpay", "com.jd.jrapp"],
        chats: CN_CHATS,
        stores: &[
            "com.huawei.appmarket",
            "com.xiaomi.market",
            "com.tencent.android.qqdownloader",
            "com.heytap.market",
        ],
        service_senders: &["95588", "95533", "95599", "95555", "95566", "95580"],
        scam_range: (3_000, 200_000),
        everyday_range: (200, 6_000),
    },
    Region {
        code: "hk",
        langs: &[(Tongue::Zht, "zh-HK"), (Tongue::En, "en-HK")],
        currency: "HKD",
        sign: "HK$",
        number_prefix: "+852 5550 ",
        number_digits: 4,
        banks: &[
            "hk.com.hsbc.hsbchkmobilebanking",
            "com.bochk.app.aos",
            "com.hangseng.rbmobile",
            "com.mox.app",
            "com.zabank.app",
        ],
        wallets: &["com.hsbc.paymeapp", "hk.alipay.wallet", "com.octopuscards.nfc_reader"],
        chats: &["com.whatsapp", "com.tencent.mm", "org.telegram.messenger"],
        stores: PLAY,
        service_senders: &["HSBC", "BOCHK", "HangSeng"],
        scam_range: (5_000, 800_000),
        everyday_range: (300, 18_000),
    },
    Region {
        code: "tw",
        langs: &[(Tongue::Zht, "zh-TW")],
        currency: "TWD",
        sign: "NT$",
        number_prefix: "+886 900 000 ",
        number_digits: 3,
        banks: &[
            "com.cathaybk.mymobibank.android",
            "com.chb.mobilebank",
            "tw.com.taishinbank.mobile",
            "com.ctbcbank.mbank",
        ],
        wallets: &["com.jkos.app", "jp.naver.line.android", "tw.com.pxmart.pxpay"],
        chats: &["jp.naver.line.android", "jp.naver.line.android", "com.facebook.orca"],
        stores: PLAY,
        service_senders: &["CathayBK", "CTBC", "Taishin"],
        scam_range: (20_000, 3_000_000),
        everyday_range: (1_000, 30_000),
    },
    Region {
        code: "uk",
        langs: &[(Tongue::En, "en-GB")],
        currency: "GBP",
        sign: "£",
        number_prefix: "+44 7700 900",
        number_digits: 3,
        banks: &[
            "com.barclays.android.barclaysmobilebanking",
            "uk.co.hsbc.hsbcukmobilebanking",
            "com.grppl.android.shell.CMBlloydsTSB73",
            "co.uk.Nationwide.Mobile",
            "com.monzo.android",
            "com.revolut.revolut",
        ],
        wallets: &["com.paypal.android.p2pmobile", "com.revolut.revolut"],
        chats: INTL_CHATS,
        stores: PLAY,
        service_senders: &["Barclays", "HSBC", "Lloyds", "Nationwide"],
        scam_range: (500, 60_000),
        everyday_range: (20, 1_800),
    },
    Region {
        code: "us",
        langs: &[(Tongue::En, "en-US")],
        currency: "USD",
        sign: "$",
        number_prefix: "+1 202 555 01",
        number_digits: 2,
        banks: &[
            "com.chase.sig.android",
            "com.infonow.bofa",
            "com.wf.wellsfargomobile",
            "com.usbank.mobilebanking",
        ],
        wallets: &["com.zellepay.zelle", "com.venmo", "com.squareup.cash", "com.paypal.android.p2pmobile"],
        chats: &["com.whatsapp", "com.facebook.orca", "org.telegram.messenger"],
        stores: PLAY,
        service_senders: &["72166", "73981", "Chase"],
        scam_range: (500, 90_000),
        everyday_range: (20, 2_500),
    },
    Region {
        code: "in",
        langs: &[(Tongue::En, "en-IN")],
        currency: "INR",
        sign: "₹",
        number_prefix: "+91 99999 0",
        number_digits: 4,
        banks: &[
            "com.sbi.lotusintouch",
            "com.snapwork.hdfc",
            "com.csam.icici.bank.imobile",
            "com.axis.mobile",
        ],
        wallets: &["com.phonepe.app", "net.one97.paytm", "com.google.android.apps.nbu.paisa.user"],
        chats: &["com.whatsapp", "com.whatsapp", "org.telegram.messenger"],
        stores: PLAY,
        service_senders: &["VM-SBIINB", "AD-HDFCBK", "JD-ICICIB"],
        scam_range: (20_000, 5_000_000),
        everyday_range: (500, 40_000),
    },
    Region {
        code: "sg",
        langs: &[(Tongue::En, "en-SG"), (Tongue::En, "en-SG"), (Tongue::Zh, "zh-SG")],
        currency: "SGD",
        sign: "S$",
        number_prefix: "+65 8000 ",
        number_digits: 4,
        banks: &["com.dbs.sg.dbsmbanking", "com.ocbc.mobile", "com.uob.mighty.app", "com.trust.bank"],
        wallets: &["com.dbs.dbspaylah", "com.grabtaxi.passenger"],
        chats: &["com.whatsapp", "org.telegram.messenger", "com.tencent.mm"],
        stores: PLAY,
        service_senders: &["DBS", "OCBC", "UOB"],
        scam_range: (1_000, 150_000),
        everyday_range: (20, 3_500),
    },
    Region {
        code: "au",
        langs: &[(Tongue::En, "en-AU")],
        currency: "AUD",
        sign: "A$",
        number_prefix: "+61 491 570 ",
        number_digits: 3,
        banks: &["com.commbank.netbank", "org.westpac.bank", "com.anz.android.gomoney", "au.com.nab.mobile"],
        wallets: &["com.paypal.android.p2pmobile", "au.com.beemit"],
        chats: INTL_CHATS,
        stores: PLAY,
        service_senders: &["CommBank", "Westpac", "NAB"],
        scam_range: (800, 120_000),
        everyday_range: (30, 2_800),
    },
];

pub fn region(code: &str) -> &'static Region {
    REGIONS.iter().find(|r| r.code == code).unwrap_or(&REGIONS[0])
}

/// Is this one of the region's banks (not a wallet)?
pub fn region_banks_contain(r: &Region, pkg: &str) -> bool {
    r.banks.contains(&pkg)
}

/// Is this package a bank or wallet of some region (catalogued or not)?
pub fn is_finance(pkg: &str) -> bool {
    REGIONS.iter().any(|r| r.banks.contains(&pkg) || r.wallets.contains(&pkg))
}

pub const BROWSERS: &[&str] = &[
    "com.android.chrome",
    "com.android.chrome",
    "com.UCMobile",
    "com.tencent.mtt",
    "com.huawei.browser",
    "com.sec.android.app.sbrowser",
];
/// Non-browser sources of APKs: cloud drives, chat apps' downloads, file managers.
pub const SIDELOAD_VIA: &[&str] =
    &["com.baidu.netdisk", "com.tencent.mm", "org.telegram.messenger", "com.android.fileexplorer"];
pub const MEETING_APPS: &[&str] = &[
    "com.tencent.wemeet.app",
    "us.zoom.videomeetings",
    "com.alibaba.android.rimet",
    "com.ss.android.lark",
    "com.skype.raider",
    "com.microsoft.teams",
];
pub const WORK_MEETING_APPS: &[&str] =
    &["com.microsoft.teams", "us.zoom.videomeetings", "com.tencent.wemeet.app", "com.alibaba.android.rimet"];
/// Invented look-alike apps: (package, Chinese label, English label).
pub const LOOKALIKE_MEETING: &[(&str, &str, &str)] = &[
    ("com.xq.meetpro2", "会议Pro", "Meeting Pro"),
    ("com.hy.meetingpro", "云会议", "CloudMeeting"),
    ("com.zoomcloud.meetpro", "视频会议", "ZoomCloud"),
    ("com.wemeet.vip.hd", "会议HD", "Meet HD"),
    ("com.cloudmeet.link", "云会议Link", "CloudMeet"),
];
pub const REMOTE_APPS: &[&str] = &[
    "com.anydesk.anydeskandroid",
    "com.teamviewer.quicksupport.market",
    "com.oray.sunlogin",
    "youqu.android.todesk",
    "com.carriez.flutter_hbb",
];
pub const LOOKALIKE_REMOTE: &[(&str, &str, &str)] = &[
    ("com.sxkj.screenhelper", "屏幕助手", "Screen Helper"),
    ("com.rd.remoteassist.pro", "远程协助", "Remote Assist"),
    ("com.helpdesk.quickfix", "快速支持", "QuickFix Support"),
    ("com.safe.guard.secure", "安全卫士", "Security Shield"),
];
pub const WORK_REMOTE_APPS: &[(&str, &str)] = &[
    ("com.teamviewer.quicksupport.market", "TeamViewer QuickSupport"),
    ("com.anydesk.anydeskandroid", "AnyDesk"),
    ("com.oray.sunlogin", "向日葵"),
];
pub const FAMILY_REMOTE_APPS: &[(&str, &str)] = &[
    ("youqu.android.todesk", "ToDesk"),
    ("com.anydesk.anydeskandroid", "AnyDesk"),
    ("com.oray.sunlogin", "向日葵"),
    ("com.teamviewer.quicksupport.market", "TeamViewer QuickSupport"),
];
pub const TASK_APPS: &[(&str, &str, &str)] = &[
    ("com.rw.taskhub", "任务中心", "TaskHub"),
    ("com.dy.dianzan.vip", "点赞赚", "LikeEarn VIP"),
    ("com.jz.renwu88", "兼职宝", "JobTask 88"),
    ("com.likeearn.pro", "赚钱宝", "LikeEarn"),
];
pub const FAKE_LOAN_APPS: &[(&str, &str, &str)] = &[
    ("com.hjd.kuaidai", "快易贷", "Quick Loan"),
    ("com.xyd.sudaipro", "速贷Pro", "FastCash Pro"),
    ("com.rupee.instantcash", "极速借", "Instant Rupee"),
    ("com.quickloan.easy", "轻松借", "EasyLoan"),
];
pub const MALWARE_APPS: &[(&str, &str, &str)] = &[
    ("com.sparkle.booking", "预约到家", "HomeClean Booking"),
    ("com.parcel.redeliver", "快递改派", "Parcel Redelivery"),
    ("com.gov.subsidy.claim", "补贴申领", "Subsidy Claim"),
    ("com.foodie.deals", "美食优惠", "Foodie Deals"),
];
pub const TRADING_APPS: &[(&str, &str, &str)] = &[
    ("com.hjzq.vipapp", "汇金证券VIP", "HJ Securities VIP"),
    ("com.gold.fxpro.asia", "黄金外汇", "GoldFX Pro"),
    ("com.btcx.tradepro", "数字资产", "BTCX Trade"),
    ("com.ubs.wealthvip", "财富VIP", "Wealth VIP"),
];
pub const GAME_TRADE_APPS: &[(&str, &str, &str)] = &[
    ("com.jym.tradepro", "交易猫Pro", "GameTrade Pro"),
    ("com.pxb7.gamebuy", "螃蟹账号", "Crab Accounts"),
    ("com.g2g.accmarket", "账号市场", "AccMarket"),
];
/// Real loan apps from stores (catalogued): borrowing on purpose.
pub const LOAN_APPS: &[&str] = &["com.fenqile.fenqile", "com.duxiaoman.umoney", "com.msxf.ayh", "com.pacf"];
pub const COMPANY_APKS: &[(&str, &str)] = &[
    ("com.acme.workspace", "Acme Workspace"),
    ("cn.example.oa", "企业OA"),
    ("com.school.campus.app", "Campus"),
    ("com.tesla.owner.beta", "Owner beta"),
];
pub const SHOPPING_APPS: &[&str] = &[
    "com.taobao.taobao",
    "com.jingdong.app.mall",
    "com.xunmeng.pinduoduo",
    "com.amazon.mShop.android.shopping",
    "com.shopee.sg",
];
pub const FOOD_APPS: &[&str] =
    &["com.sankuai.meituan", "me.ele", "com.deliveroo.orderapp", "com.ubercab.eats"];
const NEWS_APPS: &[&str] = &[
    "com.ss.android.article.news",
    "com.netease.newsreader.activity",
    "bbc.mobile.news.ww",
    "com.google.android.apps.magazines",
];
const EVERYDAY_APPS: &[&str] = &[
    "com.ss.android.ugc.aweme",
    "com.sina.weibo",
    "com.google.android.youtube",
    "com.instagram.android",
    "com.android.camera",
    "com.google.android.apps.maps",
    "com.netease.cloudmusic",
];

/// The visible name of a catalogued app the scripts install from a store.
pub fn label_of(pkg: &str) -> &'static str {
    match pkg {
        "com.tencent.wemeet.app" => "腾讯会议",
        "us.zoom.videomeetings" => "Zoom",
        "com.alibaba.android.rimet" => "钉钉",
        "com.ss.android.lark" => "飞书",
        "com.skype.raider" => "Skype",
        "com.microsoft.teams" => "Microsoft Teams",
        "com.anydesk.anydeskandroid" => "AnyDesk",
        "com.teamviewer.quicksupport.market" => "TeamViewer QuickSupport",
        "com.oray.sunlogin" => "向日葵远程控制",
        "youqu.android.todesk" => "ToDesk",
        "com.carriez.flutter_hbb" => "RustDesk",
        "com.fenqile.fenqile" => "分期乐",
        "com.duxiaoman.umoney" => "有钱花",
        "com.msxf.ayh" => "安逸花",
        "com.pacf" => "平安消费金融",
        _ => "App",
    }
}

/// Fictitious link hosts (reserved-looking, not real sites).
pub const LINK_HOSTS: &[&str] = &[
    "etc-renzheng.example.cn",
    "12333-sb.example.top",
    "jifen-duihuan.example.vip",
    "parcel-redeliver.example.com",
    "toll-pay.example.us",
    "secure-verify.example.xyz",
    "job-task.example.cc",
    "loan-fast.example.vip",
];

pub fn brands(t: Tongue) -> &'static [&'static str] {
    match t {
        Tongue::Zh => &["淘宝", "天猫", "京东", "抖音", "拼多多", "美团"],
        Tongue::Zht => &["淘寶", "HKTVmall", "蝦皮", "momo購物"],
        Tongue::En => &["Amazon", "Shopee", "Lazada", "Flipkart", "eBay"],
    }
}

/// Texts by key and language: several wordings each, so no single phrase carries a class.
pub fn texts(key: &str, t: Tongue) -> &'static [&'static str] {
    use Tongue::*;
    match (key, t) {
        ("resume", Zh) => &["昨天的流程还没走完，今天继续，按我说的操作", "在吗？刚才的事情还没处理完，马上继续"],
        ("resume", Zht) => &["昨日的程序未完成，今日繼續，請按指示操作", "在嗎？剛才的事仲未處理好"],
        ("resume", En) => &["Hi, we need to finish the process from yesterday. Are you free now?", "Let's continue where we stopped, please follow my steps"],

        ("refund_sms", Zh) => &["【{brand}】您购买的商品存在质量问题，可办理理赔退款，会议号{no}", "{brand}客服：您的订单退款需在会议中核实，会议号{no}"],
        ("refund_sms", Zht) => &["【{brand}】閣下購買的商品有質量問題，可辦理退款，會議號{no}"],
        ("refund_sms", En) => &["{brand}: a refund is due for your order. Join meeting {no} to verify", "{brand} support: your parcel was lost, claim ref {no}"],

        ("credit_screen", Zh) => &["备用金 最高可借2000元 立即开通", "借呗 可用额度 50000.00 去借钱", "微粒贷 额度已开通 立即提现"],
        ("credit_screen", Zht) => &["備用金 最高可借5000元 立即開通", "私人貸款 額度已批核 立即提取"],
        ("credit_screen", En) => &["Credit line available: activate now", "Instant credit limit approved. Withdraw now"],

        ("police", Zh) => &["你涉嫌一起洗钱案件，已被立案调查，请配合保密，不得告诉家人", "公安局通知：您的身份证被用于非法开户，涉嫌犯罪，请配合资金清查", "通缉令 你的账户涉嫌洗钱"],
        ("police", Zht) => &["你涉嫌一宗洗黑錢案件，警方已立案調查，請保密配合", "刑事局通知：你的帳戶涉及詐騙案，需要監管帳戶"],
        ("police", En) => &["This is the police cyber crime unit. Your ID is linked to a money laundering case. You are under digital arrest, do not disconnect", "CBI notice: a parcel in your name contained drugs. Stay on the video call", "Arrest warrant issued in your name. Cooperate and keep this confidential"],

        ("safe_account", Zh) => &["请将资金转入国家安全账户进行核查，核查后退还", "为保证资金安全，请把钱转到安全账户"],
        ("safe_account", Zht) => &["請將資金轉入安全帳戶作核查，核查後退還", "為保障資金安全，請把錢轉到監管帳戶"],
        ("safe_account", En) => &["Move your money to this safe account while we investigate", "Transfer your balance to the protected account we set up for you", "Your funds must be verified: send them to the escrow account we give you"],

        ("fraud_alert_sms", Zh) => &["您的账户于今日有一笔{amt}的异常消费，如非本人操作请致电客服"],
        ("fraud_alert_sms", Zht) => &["閣下帳戶今日有一筆{amt}的可疑交易，如非本人請致電"],
        ("fraud_alert_sms", En) => &["Did you authorise a payment of {amt}? If not, call us now", "Unusual activity: new payee added for {amt}. Not you? Call the fraud team"],

        ("tech_popup", Zh) => &["系统检测到病毒，手机已被锁定，请立即拨打技术支持电话"],
        ("tech_popup", Zht) => &["系統偵測到病毒，請立即致電技術支援"],
        ("tech_popup", En) => &["Your device is infected. Call Microsoft Support now", "Security alert: your bank account is exposed. Call technical support", "Your internet will be cut off. Call your provider's support line"],

        ("tech_refund", Zh) => &["退款到账 请核对金额"],
        ("tech_refund", Zht) => &["退款已到賬 請核對金額"],
        ("tech_refund", En) => &["Refund received - please check the amount", "Pending refund"],

        ("task_bait", Zh) => &["兼职刷单，点赞关注即可日结，佣金高，详情 {link}", "招聘线上兼职，动动手指日赚300，{link}"],
        ("task_bait", Zht) => &["網上兼職，點讚即可日結，佣金高 {link}"],
        ("task_bait", En) => &["Part-time job: like videos and earn daily, details {link}", "Hi, I'm a recruiter. Easy online tasks, earn 500 a day {link}"],

        ("task_screen", Zh) => &["任务一：点赞并截图 完成返佣金", "抢单中心 垫付后返还本金加佣金"],
        ("task_screen", Zht) => &["任務中心 完成任務返佣金"],
        ("task_screen", En) => &["Task 1: like and screenshot. Commission paid instantly", "Prepaid task: deposit and get it back with commission"],

        ("rebate", Zh) => &["收款到账 {amt}", "佣金已返还 {amt}"],
        ("rebate", Zht) => &["收款 {amt}"],
        ("rebate", En) => &["You received {amt}", "Payment received {amt}"],

        ("task_topup", Zh) => &["联单任务 需充值完成后一并返还 否则资金冻结", "充值后才能提现 补单三单"],
        ("task_topup", Zht) => &["聯單任務 需充值後一併退還"],
        ("task_topup", En) => &["Combination task: top up to complete, all funds returned", "Deposit required to withdraw your commission"],

        ("malware_lure", Zh) => &["预约上门清洁请下载我们的预约App选时间，有优惠 {link}", "您的快递派送失败，请安装快递App重新预约派送 {link}"],
        ("malware_lure", Zht) => &["請下載我們的預約App揀選時段，即享優惠 {link}", "閣下包裹派送失敗，請安裝App重新安排 {link}"],
        ("malware_lure", En) => &["To pick a timeslot and get the promo pls download our booking app {link}", "Your parcel could not be delivered. Install our courier app to reschedule {link}", "Claim your cost-of-living payment in the official app {link}"],

        ("loan_bait", Zh) => &["无抵押 低息 秒到账 最高20万 {link}", "您有一笔备用金待领取 {link}"],
        ("loan_bait", Zht) => &["免抵押 低息 即日批核 {link}"],
        ("loan_bait", En) => &["Instant loan approved, no documents needed {link}", "Pre-approved personal loan at 1% {link}"],

        ("loan_unfreeze", Zh) => &["银行卡号填写错误 资金已冻结 请缴纳解冻金{amt}", "放款前需缴纳保证金{amt} 验证还款能力"],
        ("loan_unfreeze", Zht) => &["帳號填寫錯誤 資金已凍結 請繳交解凍費{amt}"],
        ("loan_unfreeze", En) => &["Account number error: funds frozen. Pay unfreeze fee {amt}", "Pay processing fee {amt} to release your loan"],

        ("invest_chat", Zh) => &["老师今天带大家抓涨停，内部消息", "群里的收益截图你看到了吗？名额有限", "我的导师带我赚了不少，要不要试试"],
        ("invest_chat", Zht) => &["老師今日帶大家入市，內部消息", "群組收益截圖你看到嗎？名額有限"],
        ("invest_chat", En) => &["Our mentor shares stock tips daily, members made 30% this week", "My uncle's platform is doing great, want to try?", "Limited VIP seats in the investment group"],

        ("invest_deposit", Zh) => &["充值入金 专属通道 请联系客服获取收款账户", "新股申购 需充值"],
        ("invest_deposit", Zht) => &["入金通道 請聯絡客服取得收款帳戶"],
        ("invest_deposit", En) => &["Deposit funds via the dedicated channel", "Top up your account to join the IPO"],

        ("invest_withdraw", Zh) => &["提现审核中 需缴纳个人所得税后方可出金", "账户爆仓 请立即补仓", "提现失败 需缴纳保证金"],
        ("invest_withdraw", Zht) => &["提款審核中 需先繳稅", "帳戶爆倉 請立即補倉"],
        ("invest_withdraw", En) => &["Withdrawal under review: pay the tax first", "Margin call: top up now", "Withdrawal frozen: pay a verification deposit"],

        ("boss_urgent", Zh) => &["我是张总，这是我新微信。急，马上给这个供应商转一笔款，合同今天要签，我在开会不方便接电话", "小王，财务那边走不了，你先把钱转到这个账户，回头报销"],
        ("boss_urgent", Zht) => &["我是陳生，呢個係我新號碼。急，即刻轉一筆錢俾供應商，我開緊會"],
        ("boss_urgent", En) => &["Hi, it's your manager, this is my new number. I need you to make an urgent payment to a supplier, I'm in a meeting", "Are you free? Need a quick favour, transfer to this account and I'll pay you back"],

        ("teacher_fee", Zh) => &["各位家长，本学期资料费请扫码缴纳，今天截止", "班主任：请家长扫码交学费"],
        ("teacher_fee", Zht) => &["各位家長，請掃碼繳交資料費"],
        ("teacher_fee", En) => &["Dear parents, please pay the class materials fee by QR today"],

        ("phish", Zh) => &["【ETC】您的ETC已失效，请点击 {link} 重新认证", "【社保】您的社保卡待激活 {link}", "【积分】您的话费积分即将清零，兑换礼品 {link}", "您的网银证书已失效，请登录 {link} 更新"],
        ("phish", Zht) => &["【包裹】你的包裹地址不完整，請更新 {link}", "【銀行】你的帳戶已被凍結，請驗證 {link}"],
        ("phish", En) => &["Your parcel is on hold: pay the redelivery fee {link}", "Unpaid toll notice: pay now to avoid a fine {link}", "Your bank account is suspended. Verify at {link}", "Your reward points expire today {link}"],

        ("phish_page", Zh) => &["ETC认证 请输入银行卡号 身份证号", "登录网上银行", "积分兑换 请填写银行卡信息"],
        ("phish_page", Zht) => &["請輸入信用卡資料以完成驗證"],
        ("phish_page", En) => &["Verify your card to continue", "Sign in to your bank", "Pay 1.99 to release your parcel"],

        ("friend_request", Zh) => &["{name} 请求添加你为朋友", "{name}邀请你加入了群聊", "新的朋友：{name}"],
        ("friend_request", Zht) => &["{name} 已將您加入好友", "{name} 邀請你加入群組"],
        ("friend_request", En) => &["{name} wants to add you", "{name} added you to the group", "You have a new match: {name}", "{name} sent you a message request"],

        ("new_friend_chat", Zh) => &["你好，我是上次活动认识的，加个好友", "群里的资料发你了", "周末一起吃饭，AA一下"],
        ("new_friend_chat", Zht) => &["你好，上次活動認識的，加個好友", "週末一齊食飯，夾錢"],
        ("new_friend_chat", En) => &["Hi, we met at the school fair, lovely to connect", "Thanks for joining the book club group!", "Great meeting you, here's my share of the dinner bill"],

        ("callback_sms", Zh) => &["【银行】您的账户有一笔{amt}的异常交易已被暂停，如非本人操作请致电 {num}", "【快递】您的快件丢失，理赔请致电客服 {num}", "您的账户存在风险即将冻结，请立即致电 {num} 处理"],
        ("callback_sms", Zht) => &["【銀行】閣下帳戶一筆{amt}的交易已暫停，如非本人請致電 {num}", "您的帳戶有異常登入，請致電 {num} 查詢"],
        ("callback_sms", En) => &["A payment of {amt} has been paused. If this wasn't you call our fraud team on {num}", "Your order of {amt} has been placed. Not you? Call {num} to cancel", "Your subscription renews today for {amt}. To cancel call {num}"],

        ("tech_popup_call", Zh) => &["系统检测到病毒，手机已被锁定，请立即拨打 {num}"],
        ("tech_popup_call", Zht) => &["系統偵測到病毒，請立即致電 {num}"],
        ("tech_popup_call", En) => &["Your device is infected. Call Microsoft Support now on {num}", "Security alert: your bank account is exposed. Call {num}"],

        ("courier_call_sms", Zh) => &["【快递】您的快件今日派送，快递员电话 {num}"],
        ("courier_call_sms", Zht) => &["【速遞】你的包裹今日派送，速遞員電話 {num}"],
        ("courier_call_sms", En) => &["Your parcel arrives today. Your driver can be reached on {num}", "Delivery today 2-4pm. Questions? Call your courier on {num}"],

        ("delivery_otp", Zh) => &["【快递】您的取件码为{code}，请凭取件码取件"],
        ("delivery_otp", Zht) => &["【速遞】你的取件碼為{code}"],
        ("delivery_otp", En) => &["Your OTP for delivery is {code}. Share it with the delivery partner only", "Give code {code} to your driver on delivery"],

        ("it_desk_msg", Zh) => &["IT服务台：请安装远程协助软件，我们远程帮你配置企业邮箱"],
        ("it_desk_msg", Zht) => &["IT支援：請安裝遙距協助程式，我們會遙距幫你設定電郵"],
        ("it_desk_msg", En) => &["IT Service Desk: to set up your mail we'll connect remotely, please install the remote support app", "Ticket 4821: install the support app and share the session ID so we can enrol your phone"],

        ("otp", Zh) => &["【银行】验证码{code}，您正在进行网上支付，请勿告诉他人"],
        ("otp", Zht) => &["【銀行】一次性密碼{code}，切勿告訴他人"],
        ("otp", En) => &["Your one-time code is {code}. Never share it", "{code} is your verification code"],

        ("debit_notice", Zh) => &["您尾号8866账户转出{amt}"],
        ("debit_notice", Zht) => &["帳戶扣賬 {amt}"],
        ("debit_notice", En) => &["A payment of {amt} was made from your account"],

        ("game_bait", Zh) => &["高价收购你的游戏账号，平台担保交易", "你挂的账号我要了，去这个平台交易"],
        ("game_bait", Zht) => &["高價收購你的遊戲帳號，平台擔保"],
        ("game_bait", En) => &["I'll buy your game account, use this escrow site"],

        ("game_unfreeze", Zh) => &["您的账户因信息错误已冻结 需缴纳解冻费{amt}后可提现", "交易保证金{amt} 扫码支付"],
        ("game_unfreeze", Zht) => &["帳戶凍結 需繳交解凍費{amt}"],
        ("game_unfreeze", En) => &["Account frozen: pay unfreeze fee {amt} to withdraw"],

        ("save_number", Zh) => &["您好，我是客服专员，请保存我的号码，稍后给您回电办理"],
        ("save_number", Zht) => &["你好，我是專員，請儲存我的號碼，稍後回覆你"],
        ("save_number", En) => &["Hi, this is your case officer. Please save my number so you know it's me when I call"],

        ("bank_notice", Zh) => &["【银行】我行将致电核实您的交易，请留意来电"],
        ("bank_notice", Zht) => &["本行將致電核實交易"],
        ("bank_notice", En) => &["We will call you to confirm a recent transaction"],

        ("bill", Zh) => &["您本月电费账单已出，请及时缴纳", "信用卡账单已出"],
        ("bill", Zht) => &["本月電費單已出"],
        ("bill", En) => &["Your electricity bill is ready", "Your credit card statement is available"],

        ("loan_page", Zh) => &["借款 可借额度 30000 元 年化利率 7.2%", "我要借钱 额度 提现到银行卡"],
        ("loan_page", Zht) => &["私人貸款 可借額度"],
        ("loan_page", En) => &["Borrow up to 30,000. APR 7.2%", "Personal loan: choose an amount"],

        ("landlord", Zh) => &["你好，我是新房东，房租和押金打到这个账户就行，合同周末签", "房租请在每月5号前转账"],
        ("landlord", Zht) => &["你好，我係新業主，租金入呢個戶口"],
        ("landlord", En) => &["Hi, it's your new landlord. Rent and deposit to this account please", "Reminder: rent due on the 1st"],

        ("shop_notice", Zh) => &["您的订单已发货", "客服：您好，有什么可以帮您", "退款成功 已原路退回", "双十一大促 领券"],
        ("shop_notice", Zht) => &["你的訂單已出貨", "客服：你好"],
        ("shop_notice", En) => &["Your order has shipped", "Customer service: how can we help?", "Refund processed to your card", "Flash sale today"],

        ("shop_service", Zh) => &["客服 退货退款 申请已受理"],
        ("shop_service", Zht) => &["客服 退貨申請已受理"],
        ("shop_service", En) => &["Customer service: return request accepted"],

        ("balance", Zh) => &["【银行】您尾号8866账户工资收入{amt}，余额..."],
        ("balance", Zht) => &["戶口入賬 {amt}"],
        ("balance", En) => &["Salary credited {amt}. Available balance updated"],

        ("ad_sms", Zh) => &["【商城】会员日全场五折 退订回T"],
        ("ad_sms", Zht) => &["會員日全場半價"],
        ("ad_sms", En) => &["Members' sale this weekend. Reply STOP to opt out"],

        ("news", Zh) => &["今日要闻", "天气预报：明天有雨"],
        ("news", Zht) => &["今日新聞", "天氣：明日有雨"],
        ("news", En) => &["Top stories today", "Weather: rain tomorrow"],

        ("chat", Zh) => &["晚上一起吃饭吗", "收到", "周末回家吗"],
        ("chat", Zht) => &["今晚食飯嗎", "收到"],
        ("chat", En) => &["Dinner tonight?", "Got it, thanks", "See you at 7"],

        _ => &[""],
    }
}

/// Ordinary background events (apps, news, chats, a call with a contact): every
/// trace has some, so no event type by itself tells scam from ordinary day.
pub fn noise(s: &mut Script, lo: u64, hi: u64) {
    for _ in 0..s.rng.range(lo, hi) {
        match s.rng.range(0, 5) {
            0 => {
                let app = s.pick(EVERYDAY_APPS);
                s.fg(app);
            }
            1 => {
                let app = s.pick(NEWS_APPS);
                let text = s.say("news", &[]);
                s.notif(app, "", &text);
            }
            2 => {
                let app = s.pick(s.region.chats);
                let text = s.say("chat", &[]);
                s.notif(app, "", &text);
            }
            3 => {
                let incoming = s.pct(50);
                s.call(incoming, "contact", None);
                s.mins(1, 12);
                if s.pct(10) {
                    // A lost `call_ended`: the next snapshot of the call state ends it.
                    s.mins(1, 20);
                    s.call_state_idle();
                } else {
                    s.end_call();
                }
            }
            4 => {
                let app = s.pick(SHOPPING_APPS);
                s.fg(app);
            }
            _ => {
                let app = s.pick(s.region.banks);
                s.fg(app);
            }
        }
        s.mins(3, 90);
    }
}
