# Source of data/vocab.json (run: python3 tests/sms/tools/vocab_src.py).
# Each line: word|weight, grouped by language tag. Weights: >=0.6 a scam word
# by itself; 0.3-0.5 suspicious; <=0.25 weak (needs a link, urgency or another class).
import json, os

def L(lang, s):
    out = []
    for line in s.strip().splitlines():
        for item in line.split(","):
            item = item.strip()
            if not item:
                continue
            w, wt = item.rsplit("|", 1)
            out.append([w.strip(), float(wt), lang])
    return out

classes = {
"impersonation":
 L("zh", """公安局|0.55, 公安机关|0.5, 检察院|0.6, 法院传票|0.7, 通缉|0.65, 逮捕令|0.8, 通缉令|0.8, 涉嫌洗钱|0.8, 洗钱案|0.75, 涉嫌犯罪|0.6, 涉案|0.5,
 刑事案件|0.55, 冒充警察|0.2, 网警|0.45, 警官|0.35, 民警|0.3, 警察|0.25, 立案|0.35, 拘留|0.4, 冻结令|0.7, 资产冻结|0.6, 身份证被冒用|0.6, 被冒用|0.35,
 非法集资|0.4, 国家安全|0.45, 银保监|0.45, 金融监管局|0.45, 反诈中心|0.2, 海关扣留|0.55, 海关查获|0.55, 违禁品|0.5, 医保卡异常|0.6, 医保卡被冒用|0.7,
 社保卡异常|0.55, 社保卡停用|0.6, 个税异常|0.5, 电信局|0.35, 公安部|0.4, 传唤|0.45, 配合调查|0.55, 保密协议|0.6, 不要告诉任何人|0.5, 笔录|0.4, 视频笔录|0.7""")
 + L("zh-Hant", """假冒警務人員|0.4, 警務處|0.4, 入境處|0.35, 海關包裹|0.55, 內地公安|0.6, 公安人員|0.5, 協助調查|0.5, 醫保卡|0.35, 國安|0.4, 洗黑錢|0.75, 涉及洗黑錢|0.8""")
 + L("en", """arrest warrant|0.8, digital arrest|0.85, money laundering case|0.8, money laundering|0.5, narcotics in your parcel|0.85, drugs in your parcel|0.8,
 illegal items in your parcel|0.75, cbi officer|0.75, customs officer|0.45, police officer|0.35, fraud department|0.3, fraud team|0.3, your bank's fraud team|0.5,
 legal action|0.45, lawsuit|0.35, warrant|0.35, arrested|0.45, court summons|0.6, federal agent|0.55, social security number has been suspended|0.85,
 ssn suspended|0.8, irs agent|0.6, back taxes|0.5, tax evasion|0.55, case number|0.25, officer badge|0.4, mas officer|0.7, ica officer|0.55,
 mom officer|0.5, interpol|0.6, enforcement action|0.45, under investigation|0.5, identity has been used|0.6, your identity was used|0.6,
 sim will be blocked|0.6, number will be disconnected|0.55, trai|0.45, department of telecommunications|0.45, ed officer|0.6, ncb officer|0.65""")
 + L("hi-Latn", """aapke khilaf case|0.75, arrest ho jayenge|0.8, police case darj|0.7, aapka aadhaar misuse|0.75, aadhaar misuse|0.7"""),
"safe_account":
 L("zh", """安全账户|0.9, 资金核查|0.75, 清查资金|0.75, 资金清查|0.75, 转到指定账户|0.7, 指定账户|0.45, 资金转移|0.45, 国家账户|0.7, 监管账户|0.6, 备案账户|0.6,
 核查账户|0.6, 资金安全|0.2, 证明清白|0.6, 自证清白|0.7""")
 + L("zh-Hant", """安全戶口|0.9, 指定戶口|0.5, 監管戶口|0.6""")
 + L("en", """safe account|0.9, secure account|0.5, holding account|0.55, move your money|0.8, transfer your funds to|0.55, protect your savings|0.45,
 your account is compromised|0.6, account has been compromised|0.55, new account for safety|0.8, withdraw cash and|0.45, verify your funds|0.55"""),
"remote_access":
 L("zh", """屏幕共享|0.45, 共享屏幕|0.45, 会议号|0.4, 腾讯会议|0.3, 下载app|0.25, 远程协助|0.5, 远程控制|0.5, 开启共享|0.45, 向日葵|0.3, zoom会议|0.3""")
 + L("en", """remote access|0.55, anydesk|0.55, teamviewer|0.45, quick support|0.35, screen share|0.4, share your screen|0.6, rustdesk|0.5, quick assist|0.45,
 download the app and|0.3, install this app|0.35"""),
"refund":
 L("zh", """退款|0.15, 理赔|0.25, 赔偿|0.2, 快递丢失|0.45, 包裹丢失|0.45, 丢件|0.35, 质量问题|0.2, 双倍赔偿|0.55, 三倍赔偿|0.6, 理赔客服|0.5, 退款客服|0.5, 航班取消|0.35,
 改签|0.2, 退保|0.3, 补偿金|0.35, 退费|0.15, 关闭百万保障|0.8, 百万保障|0.6, 会员扣费|0.45, 自动扣费|0.3, 取消扣费|0.5, 关闭会员|0.45, 注销会员|0.45,
 误开通|0.5, request a refund|0.35, 多扣款|0.35, 如需取消|0.3, 办理退款|0.35, 客服|0.05""")
 + L("zh-Hant", """退款失敗|0.5, """)
 + L("en", """refund|0.1, refund overpaid|0.75, overpaid|0.35, overpayment|0.35, tax refund|0.45, claim your refund|0.55, eligible for a refund|0.5, parcel lost|0.45,
 compensation|0.2, cancelled flight|0.3, flight cancelled|0.3, refund has been approved|0.5, you are owed|0.35, cost of living payment|0.45, rebate|0.25""")
 + L("hi-Latn", """paise wapas|0.45, refund milega|0.5, paisa wapas|0.45"""),
"task":
 L("zh", """刷单|0.8, 点赞|0.35, 点赞关注|0.6, 做任务|0.6, 垫付|0.65, 返利|0.5, 兼职日结|0.75, 日结|0.35, 佣金|0.4, 兼职|0.25, 手机兼职|0.6, 宝妈兼职|0.65, 在家兼职|0.55,
 日赚|0.6, 动动手指|0.55, 轻松赚|0.55, 轻松月入|0.6, 月入过万|0.6, 接单|0.3, 任务单|0.55, 抢单|0.45, 助力|0.2, 关注抖音|0.45, 刷信誉|0.75, 高额回报|0.6""")
 + L("zh-Hant", """網上兼職|0.6""")
 + L("en", """like videos|0.55, like and earn|0.7, earn daily|0.45, part-time job|0.35, work from home|0.35, daily salary|0.45, commission|0.2,
 complete tasks|0.55, simple tasks|0.45, hiring now|0.3, earn up to|0.4, per day|0.15, recruiter|0.3, prepaid task|0.7, youtube likes|0.6, rate products|0.5,
 optimize products|0.6, ratings task|0.6, whatsapp me|0.25""")
 + L("hi-Latn", """ghar baithe kamaye|0.65, ghar baithe|0.45, roz kamaye|0.6, part time kaam|0.5"""),
"investment":
 L("zh", """充值|0.15, 补仓|0.6, 爆仓|0.55, 提现审核|0.6, 内幕|0.5, 带单|0.65, 导师带|0.6, 荐股|0.65, 牛股|0.6, 涨停|0.4, 稳赚|0.7, 保本|0.4, 高收益|0.5, 零风险|0.6,
 虚拟币|0.45, 数字货币|0.35, usdt|0.45, 炒币|0.55, 投资群|0.55, 股票群|0.55, 翻倍|0.4, 收益率|0.25, 理财群|0.5, 原始股|0.6, 杀猪盘|0.3, 博彩|0.6, 彩票计划|0.7""")
 + L("zh-Hant", """投資群組|0.55, 貼士|0.3, 虛擬貨幣|0.45""")
 + L("en", """guaranteed returns|0.8, guaranteed profit|0.8, double your money|0.75, crypto|0.3, bitcoin|0.3, crypto atm|0.75, bitcoin atm|0.75, trading signals|0.55,
 investment opportunity|0.45, forex|0.4, high returns|0.5, risk free|0.45, stock tips|0.55, insider tips|0.6, vip group|0.45, trading group|0.5,
 withdrawal fee|0.55""")
 + L("hi-Latn", """paisa double|0.75, guaranteed return|0.75"""),
"loan_fee":
 L("zh", """解冻|0.45, 保证金|0.5, 刷流水|0.75, 注销校园贷|0.8, 校园贷|0.5, 征信|0.35, 影响征信|0.6, 修复征信|0.7, 征信修复|0.7, 解冻费|0.8, 手续费|0.15, 验资|0.65,
 流水不足|0.7, 银行卡号错误|0.7, 账户冻结|0.35, 无抵押|0.45, 秒到账|0.4, 低息贷款|0.5, 免息贷款|0.5, 放款前|0.55, 注销账户|0.55, 注销贷款|0.7,
 京东金条注销|0.7, 学生贷|0.5, 网贷|0.35, 包装流水|0.75""")
 + L("zh-Hant", """解凍戶口|0.7, """)
 + L("en", """unfreeze fee|0.85, processing fee|0.3, release fee|0.65, clearance fee|0.5, activation fee|0.45, loan approved|0.4, pre-approved loan|0.45,
 no credit check|0.5, instant loan|0.4, insurance fee before|0.6, unfreeze|0.45""")
 + L("hi-Latn", """loan approve ho gaya|0.5, turant loan|0.45"""),
"credit":
 L("zh", """备用金|0.35, 借款|0.2, 借钱|0.15, 额度|0.15, 提现|0.1, 贷款|0.15, 借呗|0.3, 微粒贷|0.3, 放款|0.25, 可借|0.3, 花呗|0.15, 金条|0.2, 信用额度|0.2""")
 + L("zh-Hant", """借貸|0.2, 私人貸款|0.2""")
 + L("en", """credit limit|0.1, cash advance|0.2, loan|0.1, borrow|0.1"""),
"phishing":
 L("zh", """积分兑换|0.4, 积分清零|0.45, 积分即将过期|0.45, 积分到期|0.4, 证书失效|0.5, 证书过期|0.5, 证书已过期|0.5, etc认证|0.5, etc已失效|0.55, etc失效|0.55,
 认证失效|0.45, 认证失败|0.35, 重新认证|0.4, 重新激活|0.35, 升级认证|0.45, 实名认证|0.2, 电子密码器|0.45, 安全控件|0.4, 手机盾|0.4, 登录网址|0.45,
 补贴领取|0.45, 申领补贴|0.5, 领取补贴|0.45, 个税退还|0.5, 退税|0.3, 医保补贴|0.5, 社保补贴|0.45, 账户异常|0.3, 停机|0.25, 车辆违章|0.25, 违章未处理|0.45,
 云闪付|0.1, 已被冻结|0.35, 兑换现金|0.4, 兑换礼品|0.3""")
 + L("zh-Hant", """積分即將到期|0.45, 包裹未能派送|0.45, 派送失敗|0.4, 地址不完整|0.45, 轉數快|0.2, 逾期未繳|0.35""")
 + L("en", """verify your account|0.4, confirm your details|0.35, update your details|0.35, update your payment|0.45, your parcel|0.2, your package|0.2,
 redelivery fee|0.6, redelivery|0.3, unpaid toll|0.6, toll notice|0.45, outstanding toll|0.55, delivery fee|0.4, customs fee|0.45, parcel held|0.5,
 package is on hold|0.5, on hold|0.15, incomplete address|0.5, address is incomplete|0.5, failed delivery|0.35, delivery attempt failed|0.45, could not be delivered|0.35,
 account suspended|0.45, account has been suspended|0.5, account will be suspended|0.5, account locked|0.4, has been locked|0.35, unusual activity|0.3,
 suspicious login|0.35, suspicious activity|0.3, final notice|0.4, payment failed|0.35, subscription expired|0.35, kyc update|0.5, update your kyc|0.6,
 kyc expired|0.6, pan card|0.3, points expire|0.45, points will expire|0.45, redeem your points|0.5, reward points|0.3, singpass locked|0.6,
 tax rebate|0.45, e-tag|0.3, sign in to|0.2, log in to|0.2, electricity will be disconnected|0.7, power will be cut|0.65, disconnected tonight|0.7""")
 + L("hi-Latn", """aapka account block|0.7, account band ho jayega|0.7, kyc update karein|0.7, kyc update kare|0.7, bijli kat|0.6, sim band|0.6"""),
"prize":
 L("zh", """中奖|0.5, 恭喜您获得|0.4, 领取奖品|0.55, 幸运用户|0.45, 抽中|0.45, 大奖|0.4, 奖金|0.3, 免费领取|0.3, 幸运观众|0.65, 领奖|0.5, 一等奖|0.45""")
 + L("zh-Hant", """獎品|0.4, 幸運兒|0.45""")
 + L("en", """you have won|0.6, you've won|0.6, winner|0.35, gift card|0.35, gift cards|0.4, lottery|0.5, claim your prize|0.7, prize|0.3, congratulations|0.2,
 selected to receive|0.5, free iphone|0.6, lucky draw|0.5, jackpot|0.5, cash prize|0.6""")
 + L("hi-Latn", """lottery lagi hai|0.8, aapne jeeta|0.6, inaam|0.45"""),
"boss_request":
 L("zh", """我是你领导|0.75, 我是你老板|0.75, 我是你们老师|0.6, 我是班主任|0.5, 急需转账|0.7, 先帮我转|0.75, 帮我转一下|0.6, 换号了|0.45, 新号码|0.35, 加我新微信|0.65,
 明天到公司|0.5, 不方便接电话|0.5, 在开会|0.25, 对公账户|0.3, 资料费|0.45, 我换手机号了|0.5, 是我本人|0.3, 猜猜我是谁|0.6""")
 + L("zh-Hant", """我換咗號碼|0.5, 幫我過數|0.6, 急需過數|0.7""")
 + L("en", """this is my new number|0.5, new number|0.25, i lost my phone|0.45, i'm in a meeting|0.3, buy gift cards|0.75, need a favour|0.35, need a favor|0.35,
 urgent transfer|0.55, hi mum|0.2, hi dad|0.2, my phone broke|0.45, can you send|0.15, pay this invoice|0.45, keep this confidential|0.5""")
 + L("hi-Latn", """naya number hai|0.45, paise bhej do|0.5"""),
"money_out":
 L("zh", """转出|0.5, 支出|0.5, 转账成功|0.5, 付款成功|0.5, 扣款|0.4, 已转账|0.5, 汇款成功|0.5, 提现成功|0.4, 消费|0.3, 交易金额|0.3""")
 + L("zh-Hant", """支賬|0.4, 過數成功|0.5""")
 + L("en", """debited|0.5, has been debited|0.5, payment sent|0.5, you sent|0.45, transfer of|0.25, withdrawn|0.4, spent|0.2, purchase of|0.3""")
 + L("hi-Latn", """debit hua|0.5"""),
"code_request":
 L("zh", """验证码发给我|0.8, 把验证码|0.6, 告诉我验证码|0.8, 验证码告诉|0.5, 报一下验证码|0.8, 共享验证码|0.7, 提供验证码|0.45, 验证码截图|0.7, 发一下验证码|0.8,
 念一下验证码|0.8, 验证码|0.08, 动态码|0.08, 收到的验证码|0.45""")
 + L("zh-Hant", """驗證碼話我知|0.8, """)
 + L("en", """send me the code|0.8, share the code|0.6, send me the otp|0.85, share the otp|0.65, share your otp|0.6, read me the code|0.8, forward the code|0.7,
 tell me the code|0.8, what is the code|0.45, code you received|0.45, otp|0.05, verification code|0.06, code i sent|0.6, sent you a code by mistake|0.85""")
 + L("hi-Latn", """otp bata do|0.85, otp batao|0.85, otp share karo|0.85, code bhej do|0.7"""),
}

cues = {
"brand":
 L("zh", """工商银行|1, 工行|1, 建设银行|1, 建行|1, 农业银行|1, 中国银行|1, 交通银行|1, 招商银行|1, 邮储银行|1, 邮政储蓄|1, 浦发银行|1, 民生银行|1, 中信银行|1,
 光大银行|1, 平安银行|1, 兴业银行|1, 华夏银行|1, 广发银行|1, 农商银行|1, 农村信用社|1, 银联|1, 支付宝|1, 微信支付|1, 中国移动|1, 中国联通|1, 中国电信|1,
 移动公司|1, 联通公司|1, 电信公司|1, 10086|1, 10010|1, 10000|1, etc|1, 高速etc|1, 车辆中心|1, 交管|1, 12123|1, 社保|1, 医保|1, 人社局|1, 税务局|1, 个税|1,
 国家税务|1, 12306|1, 铁路|1, 顺丰|1, 京东|1, 菜鸟|1, 中通|1, 圆通|1, 韵达|1, 申通|1, 邮政|1, ems|1, 淘宝|1, 天猫|1, 拼多多|1, 抖音|1, 快手|1,
 公积金|1, 国家电网|1, 电费|1, 银行|0.7, 快递|0.6, 包裹|0.5, 物流|0.5, 公安|1, 法院|1, 海关|1, 税务|1, 人社|1, 车管所|1, 交警|1, 运营商|0.8, 客服中心|0.6, 航空|0.7, 民航|0.8, 学信网|1, 社保卡|1, 医保卡|1, 信用卡|0.7, 95588|1, 95533|1, 95599|1, 95566|1, 95555|1, 95559|1, 95580|1, 航空公司|1, 东方航空|1, 南方航空|1, 国航|1, 携程|1, 去哪儿|1""")
 + L("zh-Hant", """中銀香港|1, 恒生銀行|1, 匯豐|1, 渣打|1, 東亞銀行|1, 八達通|1, 香港郵政|1, 政府|1, 衞生署|1, 中華電信|1, 郵局|1, 高速公路|1, 香港海關|1""")
 + L("en", """hmrc|1, irs|1, usps|1, royal mail|1, evri|1, dhl|1, fedex|1, ups|1, amazon|1, netflix|1, paypal|1, apple id|1, icloud|1, singpost|1, india post|1,
 aadhaar|1, uidai|1, kyc|1, medicare|1, mygov|1, centrelink|1, ato|1, australia post|1, auspost|1, linkt|1, e-toll|1, toll|1, dvla|1, nhs|1, gov.uk|1,
 post office|1, parcel|0.5, package|0.5, delivery|0.5, courier|0.6, dpd|1, hermes|1, canada post|1, tv licensing|1, microsoft|1, apple|1, google|1, cash app|1, zelle|1, venmo|1, costco|1, walmart|1, bank account|0.8, tax office|1, sheriff|1, income tax|1, sbi|1, hdfc|1, icici|1, axis bank|1, paytm|1, phonepe|1, dbs|1, posb|1, ocbc|1, uob|1, singpass|1, hsbc|1, barclays|1, lloyds|1, natwest|1,
 santander|1, halifax|1, monzo|1, chase|1, wells fargo|1, bank of america|1, citibank|1, commbank|1, westpac|1, nab|1, anz|1, electricity board|1, sp group|1, pub|1,
 electricity|1, ee|1, vodafone|1, o2|1, airtel|1, jio|1, optus|1, telstra|1, verizon|1, t-mobile|1, ezdrive|1, e-zpass|1, sunpass|1, fastrak|1,
 txtag|1, ica|1, mom|1, cpf|1, iras|1, mas|1, police|1, customs|1, social security|1, ssa|1, ministry|1, bank|1, court|1""")
 + L("hi-Latn", """bijli vibhag|1"""),
"urgency":
 L("zh", """24小时内|0.7, 24小时|0.5, 今日内|0.6, 立即|0.4, 马上|0.35, 尽快|0.3, 逾期|0.5, 即将过期|0.6, 即将清零|0.6, 将被冻结|0.7, 已被冻结|0.6, 已冻结|0.6,
 冻结|0.4, 停用|0.5, 已停用|0.55, 将停用|0.6, 暂停使用|0.5, 失效|0.5, 已失效|0.55, 过期|0.45, 作废|0.5, 注销|0.35, 限期|0.5, 截止|0.35, 最后一天|0.5,
 超时|0.45, 否则|0.45, 以免|0.45, 避免|0.35, 限制|0.35, 暂停|0.45, 无法|0.25, 将被|0.45, 风险|0.3, 永久|0.5, 三日内|0.6, 3日内|0.6, 尽快处理|0.5, 立即处理|0.55, 影响出行|0.55, 影响使用|0.5, 停机|0.45, 到期|0.3, 清零|0.5, 异常|0.35, 扣分|0.3, 罚款|0.4""")
 + L("zh-Hant", """即將到期|0.6, 已暫停|0.55, 將被暫停|0.6, """)
 + L("en", """final notice|0.8, final reminder|0.6, expires today|0.8, expire today|0.75, within 24 hours|0.75, within 24hrs|0.75, 24 hours|0.5, 48 hours|0.45,
 immediately|0.5, urgent|0.55, urgently|0.55, suspended|0.6, will be suspended|0.7, locked|0.5, blocked|0.55, will be blocked|0.7, deactivated|0.6,
 disconnected|0.6, cancelled|0.3, overdue|0.55, unpaid|0.5, past due|0.5, last chance|0.55, act now|0.6, today|0.2, tonight|0.35, expired|0.5, expire|0.45,
 penalty|0.5, penalties|0.5, fine|0.2, late fee|0.45, avoid|0.3, otherwise|0.4, returned to sender|0.5, restricted|0.55, disabled|0.55, frozen|0.55, terminated|0.55, permanently|0.45, within 12 hours|0.75, within 48 hours|0.7, pending|0.3, on hold|0.45, last warning|0.7, closure|0.5, expiring|0.5, avoid penalties|0.6, will be returned|0.55, as soon as possible|0.35, asap|0.4""")
 + L("hi-Latn", """turant|0.6, aaj raat|0.55, jaldi|0.45, band ho jayega|0.65"""),
"action":
 L("zh", """点击|0.6, 点开|0.45, 登录|0.5, 登陆|0.5, 认证|0.45, 验证|0.35, 激活|0.45, 兑换|0.5, 领取|0.45, 办理|0.3, 回复|0.15, 填写|0.4, 更新信息|0.5, 核实|0.3,
 进入|0.25, 访问|0.4, 下载|0.35, 复制链接|0.6, 浏览器打开|0.6, 申请|0.25, 处理|0.25, 解除|0.45, 恢复|0.4, 提交|0.4, 修改|0.35, 续费|0.4, 补充资料|0.5, 重新办理|0.5, 申诉|0.45, 核对|0.3, 绑定|0.4, 填写信息|0.5, 验签|0.5, 升级|0.4, 缴纳|0.45, 补缴|0.5, 支付|0.25, 联系|0.2, 致电|0.25, 拨打|0.25""")
 + L("zh-Hant", """登入|0.5, 更新資料|0.5, 繳交|0.45, 查閱|0.3, """)
 + L("en", """click|0.6, tap|0.45, visit|0.35, log in|0.5, sign in|0.5, verify|0.45, confirm|0.35, update|0.35, redeem|0.55, claim|0.55, pay|0.3,
 reschedule|0.45, restore|0.5, reactivate|0.55, resolve|0.45, unlock|0.5, release|0.4, submit|0.45, apply|0.35, lift the|0.4, settle|0.4, re-enter|0.5, validate|0.5, authenticate|0.5, track|0.2, follow the link|0.65, via the link|0.6, link below|0.6, call now|0.5, call us|0.25, call back|0.25, reply|0.15, respond|0.2""")
 + L("hi-Latn", """click karein|0.6, link par click|0.65, call karein|0.4"""),
"benign":
 L("zh", """请勿告诉他人|0.75, 请勿泄露|0.7, 切勿告知他人|0.75, 切勿泄露|0.7, 请勿转发|0.6, 工作人员不会|0.7, 不会向您索取|0.7, 谨防诈骗|0.55, 如非本人操作|0.35,
 不要告诉任何人验证码|0.75, 低至|0.45, 满减|0.45, 抢购|0.45, 都是诈骗|0.85, 谨防受骗|0.6, 请勿相信|0.6, 任何人索取验证码|0.7, 本人操作|0.3, 退订回t|0.25, 回td退订|0.25, 拒收请回复r|0.25""")
 + L("zh-Hant", """切勿向任何人透露|0.75, 請勿向他人透露|0.75, 不要向任何人提供|0.75""")
 + L("en", """do not share|0.75, don't share|0.75, never share|0.75, never ask you|0.7, will never ask|0.75, never call you|0.65, do not give this code|0.75,
 if this wasn't you|0.3, if you did not request|0.3, if you didn't request|0.3, stop to opt out|0.15, reply stop|0.15, txt stop|0.15, no action needed|0.5,
 no action is needed|0.5, no action required|0.5, is a scam|0.6, are scams|0.6, opt out|0.15""")
 + L("hi-Latn", """kisi ke saath share na karein|0.75"""),
}

# --- Broadening by class (issue 8 items 3-5): generic script phrasing quoted by
# police/regulator pages (公安/反诈 "冒充领导" and "虚假贷款" advisories, FTC task-scam
# alert, Action Fraud / Which? "Hi Mum", ScamShield / ADCC / 165 case notes).
_fold = {}
for _line in open(os.path.join(os.path.dirname(__file__), "..", "..", "..", "data", "fold.tsv"), encoding="utf-8"):
    _c = _line.rstrip("\n").split("\t")
    if len(_c) == 3 and _c[2] in ("ts", "look") and not _line.startswith("#"):
        _fold[_c[0]] = _c[1]

def _norm(w):
    # Close enough to normalize.rs for de-duplication: case, ts/look folding, separators.
    return "".join(_fold.get(_fold.get(c, c), _fold.get(c, c)) for c in w.lower() if c.isalnum() or c in "$@")

def dedupe(items):
    seen, out = set(), []
    for e in items:
        k = _norm(e[0])
        if k not in seen:
            seen.add(k)
            out.append(e)
    return out

def extend(name, items):
    classes[name] = dedupe(classes[name] + items)

extend("boss_request", L("zh", """财务那边走不了|0.7, 回头报销|0.45, 收款方信息|0.5, 收款信息|0.35, 尽快安排|0.3, 今天要付|0.45, 今天必须付|0.5, 转到这个账户|0.55, 打到这个账户|0.55,
 先把钱转|0.6, 先转到|0.45, 帮我转|0.45, 帮个忙|0.15,      先打款|0.5,
 扫码交费|0.55, 扫码缴费|0.5, 请家长扫码|0.65, 家长扫码|0.5, 班费|0.3, 手机坏了|0.35, 手机丢了|0.35, 这是我新号码|0.5, 新号码|0.3, 先存一下|0.3, 工作群|0.2,
  预付款|0.3,    """)
 + L("zh-Hant", """ 新號碼|0.3, 過數|0.25, 幫我過|0.45,   """)
 + L("en", """need a quick favour|0.5, need a quick favor|0.5, are you free|0.1, transfer to this account|0.55, pay you back|0.2, 
 this is my new number|0.55, my new number|0.4, lost my phone|0.45, broke my phone|0.45, dropped my phone|0.45, phone is broken|0.45, smashed|0.15, 
   can you pay this bill|0.6, pay this bill|0.45,   
      
    buy gift cards|0.75, hi mom|0.2, hello mum|0.2, hello mom|0.2, hey mum|0.2, hi mummy|0.2"""))

extend("safe_account", L("zh", """保护账户|0.75, 资金审查|0.75, 审查账户|0.75, 审查后原数退还|0.9, 原数退还|0.7, 清查结束后|0.6, 资金清白|0.65, 证明资金清白|0.8, 监管账户|0.7, 
 暂时不要接银行电话|0.85, 不要接银行电话|0.8, 不要告诉银行|0.85, 不要跟银行说|0.85, 银行工作人员问|0.5, 就说是自己用|0.8,  """)
 + L("zh-Hant", """保護戶口|0.75,  資金審查|0.75,  不要告訴銀行|0.85""")
 + L("en", """protected account|0.75, protection account|0.7, escrow account we give|0.8, send them to the escrow|0.8, funds must be verified|0.7, verify your funds|0.6,
  do not tell the bank|0.85, don't tell the bank|0.85, do not tell your bank|0.85, don't tell your bank|0.85, 
  if the bank asks|0.6, tell the bank it is for|0.7,   account we set up for you|0.7,
 transfer your balance|0.5,  """))

extend("impersonation", L("zh", """案件专员|0.5, 办案民警|0.5,      """)
 + L("zh-Hant", """    """)
 + L("en", """your case officer|0.55, case officer|0.4, save my number|0.2, did you authorise a payment|0.55, did you authorize a payment|0.55, 
 did you make a purchase|0.45, if not call us|0.45, if not call|0.45, call the fraud team|0.55,   new payee added|0.35, 
    do not tell anyone|0.45,  """))

extend("task", L("zh", """联单|0.6, 组合任务|0.65,   本金返还|0.6, 佣金返还|0.6, 充值才能|0.55, 充值后|0.3,   卡单|0.6,
   一单|0.15, 截图|0.1,   高级任务|0.55, 解锁任务|0.65, 继续任务|0.5, 任务佣金|0.7""")
 + L("zh-Hant", """  佣金|0.4, 儲值|0.2, 任務|0.2,  """)
 + L("en", """combination task|0.75, combo task|0.7, task 1|0.35, task set|0.45, tasks|0.15, task|0.1, like and screenshot|0.65, screenshot|0.1, commission paid|0.5, paid instantly|0.3,
 like youtube videos|0.65, youtube videos|0.35, like videos|0.55, rate products|0.5,   app optimization|0.6, optimization tasks|0.65,
 premium tasks|0.6,   recharge to continue|0.75, recharge your account|0.4, top up to unlock|0.7, top up to complete|0.75,
 deposit to continue|0.7, pay to rectify|0.75, made a mistake on task|0.7,    all funds returned|0.6,
        
 earn $|0.3, daily earnings|0.4"""))

extend("investment", L("zh", """入金|0.45, 入金通道|0.7, 收款账户|0.3, 名额有限|0.35, 收益截图|0.6, 内部消息|0.6, 带大家|0.5,  入市|0.35,   
 需先缴纳|0.45, 先缴税|0.65,   新股申购|0.4, 打新|0.35, 平台收益|0.45, 我叔叔|0.1, 内线|0.5""")
 + L("zh-Hant", """入金|0.45, 入金通道|0.7, 收款帳戶|0.3, 內部消息|0.6,  帶大家|0.5, 入市|0.35, 提款審核|0.6, 需先繳稅|0.75, 繳稅|0.3, 繳納稅金|0.5, 
 名額有限|0.35,  出金|0.45, """)
 + L("en", """vip seats|0.6, limited vip|0.6, limited seats|0.4, investment group|0.5,  margin call|0.55, top up your account|0.35, join the ipo|0.65, ipo allocation|0.5,
 withdrawal frozen|0.7, withdrawal is frozen|0.7, withdrawal under review|0.55, pay the tax first|0.75, tax first|0.45, verification deposit|0.7, 
     returns|0.1, platform is doing great|0.55, want to try|0.1, usdt|0.45,  trading platform|0.35"""))

extend("loan_fee", L("zh", """解冻金|0.85, 认证金|0.8, 认证解冻|0.85,  卡号填错|0.75,  银行卡号填错|0.8, 银行卡信息有误|0.7, 资金被冻结|0.5, 资金冻结|0.45,
 免抵押|0.45, 无需抵押|0.45,   即日批核|0.45, 低息|0.3,    骗取贷款|0.55,  放款失败|0.55""")
 + L("zh-Hant", """免抵押|0.45, 即日批核|0.45, 低息|0.3, 解凍費|0.8,   放款|0.25""")
 + L("en", """processing fee to release|0.85, fee to release|0.75, release your loan|0.6, to release funds|0.55, pre-approved personal loan|0.55, personal loan at|0.35, insurance fee|0.45,
 verification fee|0.6,      instant loan|0.45"""))

extend("refund", L("zh", """违约金|0.45, 取消分期|0.55, 解除分期|0.65, 解除分期付款|0.75, 误设为会员|0.8, 误开通会员|0.7, 银行转账验证|0.65, 设为分期|0.55,  三倍赔偿|0.6,
 快递丢失理赔|0.7, 包裹丢失|0.45, 自动扣费|0.35""")
 + L("zh-Hant", """誤設為會員|0.8, 誤設|0.5, 取消分期|0.55, 取消分期付款|0.7, 解除分期|0.65,  違約金|0.45""")
 + L("en", """set to 12 instalments|0.75, 12 instalments|0.5, instalment plan|0.3,   
 parcel was lost|0.5, parcel has been lost|0.5, claim ref|0.35, claim reference|0.3, refund is due|0.4, a refund is due|0.45, refund of|0.2,  geek squad|0.45,
   """))

extend("remote_access", L("zh", """检测到病毒|0.55,   手机已被锁定|0.55, 已被锁定|0.3, 技术支持电话|0.6, 技术支持|0.3, 下载远程|0.6, 共享屏幕|0.5, 屏幕分享|0.5""")
 + L("zh-Hant", """已被鎖定|0.3,  技術支援|0.35,   螢幕分享|0.5""")
 + L("en", """virus detected|0.65, infected with|0.5,  your computer is infected|0.65,  technical support|0.3, tech support|0.35,
 support line|0.2,    share the code|0.4, join meeting|0.55, meeting id|0.35, join the meeting|0.45,
 to verify|0.05, internet will be cut off|0.55,   share the screen|0.6, share your screen|0.6, download anydesk|0.75,
 install anydesk|0.75, ultraviewer|0.55,  """))

extend("phishing", L("zh", """填写银行卡信息|0.65, 银行卡信息|0.3, 网银证书|0.5, 证书已失效|0.55, 网银盾|0.4, 积分兑换现金|0.55,  通行费|0.3, 海关税费|0.5, 清关费|0.5""")
 + L("zh-Hant", """ 清關費|0.5,  網銀證書|0.5""")
 + L("en", """  customs charge|0.45, import duty|0.35, kyc|0.25,   update kyc|0.55,
 verify your identity|0.35, """))

extend("prize", L("en", """ """))
extend("credit", L("en", """personal loan|0.15, loan approved|0.2"""))

cues["pay"] = (L("zh", """转到|0.5, 转给|0.4, 转账|0.35, 打款|0.45, 打到|0.4, 汇款|0.4, 汇到|0.45, 付款|0.3, 支付|0.2, 转入|0.4, 先转|0.55, 帮我转|0.6, 交费|0.35, 缴费|0.3, 扫码|0.25, 过来|0.05""")
 + L("zh-Hant", """過數|0.5, 轉賬|0.35, 轉帳|0.35, 匯款|0.4, 匯入|0.4, 轉入|0.4, 幫我過|0.6, 交費|0.35""")
 + L("en", """transfer to|0.5, transfer the|0.4, transfer money|0.45, send money|0.45, send me|0.2, pay this|0.45, pay the|0.3, pay my|0.35, wire|0.4, make the payment|0.45,
 process an urgent|0.5, buy gift cards|0.6, can you pay|0.55, could you transfer|0.6, can you transfer|0.6, bank transfer|0.3"""))
cues["payee"] = (L("zh", """这个账户|0.55, 新账户|0.55, 指定账户|0.6, 私人账户|0.55, 对方账户|0.4, 收款方|0.45, 收款账户|0.5, 这张卡|0.45,  他的卡|0.4, 提供的账户|0.55, 我发你的账户|0.6""")
 + L("zh-Hant", """指定帳戶|0.6, 呢個戶口|0.55, 新戶口|0.55, 收款帳戶|0.5, """)
 + L("en", """this account|0.5, new account|0.45, account details below|0.6, sort code|0.45, account number below|0.6,  new supplier|0.5, my landlord|0.35,
 to my friend's account|0.55, bank details|0.3"""))
cues["secrecy"] = (L("zh", """ 不要声张|0.8, 不要告诉|0.6, 别告诉|0.6, 保密|0.4, 不要跟别人说|0.7, 不要让别人知道|0.7, 暂时不要接|0.7, """)
 + L("zh-Hant", """ 唔好話俾|0.6, 不要告訴|0.6, """)
 + L("en", """ keep this between us|0.8, keep this confidential|0.7, don't tell anyone|0.65, do not tell anyone|0.65, do not tell|0.5, don't tell|0.5,
   don't call|0.3, do not call the bank|0.8, confidential|0.3"""))
cues["deposit"] = (L("zh", """先缴纳|0.7, 需缴纳|0.5, 须缴纳|0.55, 需先|0.45, 需要先|0.4, 先交|0.5, 先转入|0.6, 充值|0.4, 垫付|0.6, 保证金|0.5, 手续费|0.3, 个人所得税|0.35, 税费|0.35,
 认证金|0.7, 解冻金|0.7, 解冻费|0.7, 验证金|0.7, 入金|0.5, 补缴|0.4, """)
 + L("zh-Hant", """先繳|0.65, 需先繳|0.7, 繳納|0.4, 繳付|0.4, 儲值|0.5, 手續費|0.3, 稅金|0.35, 保證金|0.5, 解凍費|0.7, 入金|0.5""")
 + L("en", """top up|0.5, top-up|0.5, recharge|0.5, deposit|0.4, pay a fee|0.55, pay the fee|0.55, a fee of|0.35, processing fee|0.5, insurance fee|0.5, verification fee|0.6,
 tax first|0.65, pay the tax|0.55,  pay to|0.4, must pay|0.45, need to pay|0.4, you must deposit|0.7, required to withdraw|0.6, deposit required|0.65"""))
cues["release"] = (L("zh", """才能提现|0.8, 才可提现|0.8, 方可提现|0.8, 提现|0.4, 解冻|0.5, 放款|0.4,  到账|0.25, 返还|0.45, 退还|0.35, 提款|0.45, 出金|0.5, 继续做任务|0.6, 解锁|0.5""")
 + L("zh-Hant", """提領|0.45, 提款|0.45, 出金|0.5, 解除凍結|0.55, 解凍|0.5, 放款|0.4, 先可以|0.3, 退回|0.3, 返還|0.45""")
 + L("en", """to release|0.6, release the|0.5, release your|0.5, to withdraw|0.55, withdraw your|0.5, withdraw all|0.55, withdrawal|0.4, to unlock|0.55, unlock the|0.45,
 returned after|0.55, will be returned|0.4, funds returned|0.5, payout|0.35, to claim your|0.5,   """))
cues["relation"] = (L("zh", """妈我|0.5, 妈妈|0.45, 爸我|0.5, 爸爸|0.45, 老板|0.5,     领导|0.5, 董事长|0.6, 总经理|0.5, 班主任|0.6, 老师|0.35, 家长|0.4, 财务|0.45, 小王|0.35,  """)
 + L("zh-Hant", """媽我|0.5, 媽媽|0.45,  老闆|0.5, 老師|0.35, 家長|0.4""")
 + L("en", """hi mum|0.7, hi mom|0.7, hi dad|0.7, hello mum|0.7, hello dad|0.7, mum|0.4, mom|0.4, dad|0.4, boss|0.5, ceo|0.5, manager|0.3, director|0.3, grandma|0.3, grandpa|0.3, it's me|0.3"""))

# --- Classes the first splits lacked (helper sms2, issue 8 item 5): prize draws
# answered by premium-rate numbers and short codes (Citizens Advice / Trading
# Standards premium-rate warnings), gambling and adult lures (深圳/河北 police on
# 赌博短信, 西安/绵阳 police on 涉黄小卡片 引流, SPF 2021-12 gambling SMS),
# credit-limit and loan ads (合肥/厦门/泉州 反诈 on 信用卡提额, 淮北/常州 police on
# 贷款短信), job texts paying by the day (FTC, SPF job-scam advisories), and
# 冒充熟人/领导 "换号" openers (厦门/驻马店 police). Generic class words only.
extend("prize", L("zh", """彩金|0.5, 幸运观众|0.65, 场外观众|0.6, 节目组|0.45, 寂寞|0.45, 同城美女|0.75, 约炮|0.85, 少妇|0.6, 同城交友|0.6, 交友|0.25, 裸聊|0.8,
 视频聊天|0.35, 私密|0.3, 陪聊|0.6, 附近的人|0.4, 约见面|0.5, 上门服务|0.7, 女生在线|0.55, 美女|0.2, 一对一|0.2, 正妹|0.45, 靓女|0.45, 单身女|0.4, 视讯聊天|0.45""")
 + L("en", """cash award|0.65, claim code|0.6, bonus caller prize|0.85, unclaimed|0.45, been chosen|0.35, been selected|0.35, chosen for|0.3, sweepstakes|0.55,
 lucky shopper|0.55, free entry|0.55, ringtones|0.5, ringtone|0.45, valued customer|0.3, entitled to|0.25, to claim|0.3, guaranteed £|0.5,
 singles|0.45, naughty|0.6, hot girls|0.6, private pics|0.7, private video|0.65, meet tonight|0.5, hookup|0.7, flirt|0.45,
 adults only|0.45, want to meet|0.3, dating|0.25"""))
extend("investment", L("zh", """娱乐城|0.65, 百家乐|0.65, 真人荷官|0.75, 六合彩|0.5, 特码|0.7, 一肖一码|0.85, 首充|0.45, 首存|0.5, 棋牌|0.45, 捕鱼|0.35, 老虎机|0.5,
 返水|0.6, 下注|0.45, 注册即送|0.55, 注册送|0.5, 注册就送|0.55, 体验金|0.6, 高赔率|0.6, 赔率|0.3, 龙虎斗|0.65, 赌场|0.6, 娱乐平台|0.55, 提款秒到|0.45,
 波胆|0.65, 运彩|0.45, 明牌|0.5, 报牌|0.6, 投注|0.3, 红利|0.25, 飙股|0.6, 涨停股|0.55, 炒美股|0.45, 每月稳赚|0.8""")
 + L("en", """casino|0.45, free spins|0.6, free bet|0.55, bonus bets|0.55, deposit bonus|0.6, welcome bonus|0.5, betting|0.3, bet now|0.5,
 cash out instantly|0.5, trading bot|0.5, ai trading|0.45, mining pool|0.55, withdraw anytime|0.45, trade crypto|0.35, spots in the vip|0.5"""))
extend("task", L("zh", """一单一结|0.7, 当天结算|0.5, 工资日结|0.65, 打字员|0.6, 学生宝妈|0.65, 宝妈|0.35, 在家上班|0.45, 手机操作|0.4, 线上兼职|0.6, 网络兼职|0.6,
 月入|0.3, 每日赚|0.5, 商户点赞|0.6""")
 + L("en", """paid daily|0.5, online job|0.45, online role|0.4, extra income|0.4, no experience needed|0.45, reviewing apps|0.5, data entry|0.3,
 hiring manager|0.3, remote job|0.35, part time job|0.35, side hustle|0.35, from home|0.2, per day|0.2"""))
extend("loan_fee", L("zh", """不看征信|0.7, 不查征信|0.7, 免征信|0.7, 凭身份证|0.2, 凭身份证即可|0.55, 凭身份证就能|0.55, 当天放款|0.55, 当天下款|0.55, 私人放贷|0.7, 放贷|0.4, 下款|0.35,
 资金周转|0.3, 周转资金|0.25, 免入息证明|0.6""")
 + L("en", """no cibil check|0.65, file charge|0.5, processing charges|0.45, approval in|0.3, no documents|0.45"""))
extend("phishing", L("zh", """提额|0.4, 提升额度|0.4, 额度提升|0.4, 临时额度|0.35, 提额标准|0.5, 可提升至|0.4, 可提至|0.4, 提额条件|0.5""")
 + L("en", """credit limit increase|0.45, limit can be increased|0.5, limit upgrade|0.5, limit increase|0.4"""))
extend("impersonation", L("en", """call our fraud team|0.55"""))
cues["benign"] += L("zh", """祝您中奖|0.6, 祝你中奖|0.6, 未中奖|0.6""") + L("en", """if this was you|0.5, if it was you|0.5, reply 1 if this was you|0.6""")
extend("boss_request", L("zh", """到我办公室|0.5, 来我办公室|0.5, 换新号码|0.45, 我的新号码|0.4, 还记得我吗|0.45, 存一下|0.15, 请保存|0.15, 有事交代|0.3, 换咗新号码|0.45""")
 + L("en", """new phone|0.3, text me on this number|0.5, on this number|0.2, i have a new number|0.5, i'm in trouble|0.45"""))
# Illegal financial services advertised by SMS (代开发票, 办证, 套现): loan_fee,
# the class of fees for money that never comes.
extend("loan_fee", L("zh", """套现|0.55, 代还|0.5, 代开发票|0.75, 代开|0.5, 开发票|0.35, 验证后付款|0.6, 办证|0.55, 刻章|0.5""") + L("en", """"""))
extend("investment", L("zh", """时时彩|0.6, 北京赛车|0.5, pk10|0.5, 真人视讯|0.7, 网上赌场|0.7"""))
extend("prize", L("zh", """学生妹|0.6""") + L("en", """u have won|0.6, have won a|0.45, you have been awarded|0.55, awarded|0.3, specially selected|0.5, 2 claim|0.5,
 to claim call|0.6, claim call|0.5, prize reward|0.6, freemsg|0.45, free msg|0.35, live operator|0.5"""))
extend("boss_request", L("zh", """换卡了|0.4, 银行卡丢失|0.35""") + L("en", """changed banks|0.45, new bank details|0.45"""))
cues["payee"] += L("zh", """爱人的卡|0.55, 新卡|0.4""")
cues["pay"] += L("en", """rent to|0.4""")
# Not 房东/landlord as a relation: a genuine new landlord also asks for rent
# "to this account"; the scam is the changed card (换卡了, 爱人的卡).
cues["relation"] += L("zh", """主任|0.45, 局长|0.5, 处长|0.45, 科长|0.4, 老同学|0.45, 阿妈|0.5, 主管|0.35""") + L("en", """grandma|0.5, mum it's me|0.7""")
cues["contact"] = (L("zh", """加微信|0.5, 加我微信|0.55, 微信|0.3, 加qq|0.5, qq|0.4, 加line|0.5, 加我qq|0.55""")
 + L("en", """whatsapp|0.5, telegram|0.5, wa.me|0.55, t.me|0.5, line.me|0.5, on signal|0.3"""))
cues["brand"] += (L("zh-Hant", """易通行|1, 台灣大哥大|1, 遠傳|1, 勞保局|1, 健保署|1, 監理站|1, 台新銀行|1, 國泰世華|1, 蝦皮|1, 恒生|1""")
 + L("en", """hkt|1, csl|1, hketoll|1, coinbase|1, binance|1, target|0.6, turnpike|1, shopee|1, tiktok|0.6, tesco|1"""))
cues["brand"] = dedupe(cues["brand"])

for _k in ("pay", "payee", "secrecy", "deposit", "release", "relation", "contact"):
    cues[_k] = dedupe(cues[_k])

# --- Main commit 168a1ec (money pleas: repayment promises, accidents and hospitals,
# endearments and relatives; 'pay to this account' weaker) edited data/vocab.json
# directly; the same entries here so that regenerating keeps them.
extend('boss_request', [["i repay", 0.35, "en"], ["will repay", 0.3, "en"], ["repay you", 0.3, "en"], ["my bank froze", 0.45, "en"], ["can you help me", 0.2, "en"], ["就还你", 0.4, "zh"], ["回头还你", 0.4, "zh"], ["马上还你", 0.4, "zh"], ["账号被盗", 0.5, "zh"], ["旧的账号", 0.35, "zh"], ["换新微信", 0.5, "zh"], ["换了新微信", 0.5, "zh"], ["換新line", 0.5, "zh-Hant"], ["账号给你", 0.4, "zh"], ["我合伙人", 0.35, "zh"]])
for _e in classes['boss_request']:
    if _e[0] == '转到这个账户':
        _e[1] = 0.3
for _e in classes['boss_request']:
    if _e[0] == '打到这个账户':
        _e[1] = 0.3
cues['urgency'] = dedupe(cues['urgency'] + [["accident", 0.5, "en"], ["hospital", 0.45, "en"], ["operation", 0.35, "en"], ["surgery", 0.45, "en"], ["life or death", 0.6, "en"], ["stuck at", 0.4, "en"], ["stuck in", 0.35, "en"], ["customs", 0.35, "en"], ["froze my account", 0.5, "en"], ["account was frozen", 0.45, "en"], ["出车祸", 0.55, "zh"], ["车祸", 0.5, "zh"], ["住院", 0.45, "zh"], ["手术", 0.4, "zh"], ["急用", 0.45, "zh"], ["急需", 0.45, "zh"], ["出事了", 0.5, "zh"], ["急用錢", 0.55, "zh-Hant"], ["出事", 0.4, "zh-Hant"]])
cues['pay'] = dedupe(cues['pay'] + [["without payment", 0.45, "en"], ["need the money", 0.45, "en"], ["need money", 0.4, "en"], ["lend me", 0.5, "en"], ["help me pay", 0.5, "en"], ["send it to", 0.35, "en"], ["借我", 0.5, "zh"], ["借点钱", 0.5, "zh"], ["先借", 0.45, "zh"], ["转我", 0.4, "zh"], ["帮我付", 0.45, "zh"], ["先幫我", 0.4, "zh-Hant"], ["匯給", 0.4, "zh-Hant"]])
cues['relation'] = dedupe(cues['relation'] + [["my darling", 0.6, "en"], ["darling", 0.45, "en"], ["my love", 0.5, "en"], ["sweetheart", 0.45, "en"], ["babe", 0.4, "en"], ["amor", 0.4, "en"], ["亲爱的", 0.45, "zh"], ["宝贝", 0.4, "zh"], ["舅舅", 0.45, "zh"], ["舅父", 0.45, "zh-Hant"], ["姑姑", 0.4, "zh"], ["叔叔", 0.4, "zh"], ["阿姨", 0.35, "zh"], ["侄子", 0.45, "zh"], ["外甥", 0.45, "zh"], ["uncle", 0.35, "en"], ["auntie", 0.35, "en"], ["nephew", 0.4, "en"], ["niece", 0.4, "en"], ["grandson", 0.45, "en"], ["granddaughter", 0.45, "en"]])

# --- Real collections (helper sms3): classes missed in tests/sms/real-mendeley/dev.tsv.
# A brand the text names as the account's owner (an iPhone ID, a debit card, a
# government payment), requests to re-verify or finish KYC by a number or link,
# and a number "won" in a draw. Generic phrasing only.
cues["brand"] += L("en", """iphone|1, government|0.8, gov|0.8, debit card|0.7, atm card|0.7, checking account|0.7, savings account|0.6""")
cues["brand"] = dedupe(cues["brand"])
cues["action"] += L("en", """tap here|0.5, click here|0.6, reverify|0.55, re-verify|0.55, re-activate|0.55, re-confirm|0.5""")
cues["action"] = dedupe(cues["action"])
extend("phishing", L("en", """complete your kyc|0.65, kyc has expired|0.6, kyc is expired|0.6, kyc is pending|0.55, kyc pending|0.5, kyc verification|0.45"""))
extend("prize", L("en", """mobile number won|0.75, mobile number has won|0.75, your number won|0.7, number has won|0.7, congrats|0.2"""))

# --- Chinese kinds with no brand and no link (helper sms3, tests/sms/dev/classes3.tsv):
# a relative or old classmate on a new number asking to borrow (借我, 手头紧, 出了点事),
# refunds and compensation paid through a QQ/WeChat "专员", flight-cancellation
# compensation by phone, card-and-code requests by a "工作人员", credit cards
# "for anyone" (无视黑白户), cheap goods "from an inside channel".
cues["pay"] += L("zh", """借我|0.55, 先借|0.5, 能借|0.45, 借点钱|0.5, 借一下|0.4, 帮我垫|0.5""")
cues["urgency"] += L("zh", """急需|0.45, 急事|0.4, 出了点事|0.5, 出事了|0.5, 手头紧|0.4, 救急|0.5""")
cues["relation"] += L("zh", """表哥|0.45, 表姐|0.45, 表弟|0.45, 表妹|0.45, 堂哥|0.45, 堂姐|0.45, 舅舅|0.45, 同学|0.35, 大哥|0.3, 兄弟|0.3""")
cues["contact"] += L("zh", """客服qq|0.6, 客服微信|0.6, 加v|0.5""")
for _k in ("pay", "urgency", "relation", "contact"):
    cues[_k] = dedupe(cues[_k])
extend("boss_request", L("zh", """号码不用了|0.45, 旧号不用了|0.4, 之前的号码不用了|0.5, 用这个号联系你|0.55, 微信被封|0.45, 换号码了|0.45, 这是我新号|0.45"""))
extend("refund", L("zh", """双倍退款|0.55, 三倍退款|0.6, 理赔专员|0.5, 退款专员|0.55, 添加售后客服|0.55, 退票补偿|0.6, 改签补偿|0.6, 每人补偿|0.55, 机械故障|0.4,
 自动扣款|0.35, 系统错误|0.35, 设为每月|0.5""")
 + L("zh-Hant", """自動扣款|0.35, 系統錯誤|0.35"""))
extend("phishing", L("zh", """银行卡号和验证码|0.8, 卡号和验证码|0.75, 身份证号和银行卡号|0.7, 提供银行卡号|0.55, 失业补贴|0.45"""))
extend("loan_fee", L("zh", """无视黑白户|0.7, 黑白户|0.5, 包下卡|0.65, 代办信用卡|0.6, 代办大额信用卡|0.7"""))
extend("prize", L("zh", """内部渠道|0.5, 内部价|0.45"""))

# Second batch of classes3.tsv: compensation paid privately by a "courier"
# (不用走公司流程), a superior's private number with secrecy, goods and jobs that
# need money first (定金, 培训费), code and card-number requests, a licence
# threat with a number to call, and the customs fee answered on WhatsApp.
extend("refund", L("zh", """赔偿三倍|0.6, 三倍货款|0.55, 按原价赔|0.55, 原价赔给你|0.55, 不用走公司流程|0.6, 不走平台|0.55, 私下赔|0.6, 百万医疗|0.65, 每月扣除|0.35,
 如非本人开通|0.45"""))
extend("boss_request", L("zh", """来公司找我|0.5, 这是我私人号|0.55, 私人号|0.4, 帮我买礼品卡|0.75, 礼品卡|0.3""")
 + L("zh-Hant", """唔方便聽電話|0.5"""))
cues["secrecy"] = dedupe(cues["secrecy"] + L("zh", """先别跟|0.45, 别跟其他同事说|0.7, 别跟同事说|0.65"""))
cues["deposit"] = dedupe(cues["deposit"] + L("zh", """先付|0.5, 付定金|0.45, 定金|0.3, 需先交|0.6, 培训费|0.5, 先投|0.55"""))
cues["pay"] = dedupe(cues["pay"] + L("zh", """帮我买|0.4"""))
cues["brand"] = dedupe(cues["brand"] + L("zh-Hant", """速遞公司|0.8, 速遞|0.6"""))
extend("prize", L("zh", """低价转让|0.35"""))
extend("task", L("zh", """日薪|0.4, 无需经验|0.35, 网络主播|0.3, 培训后包上岗|0.6, 包上岗|0.5"""))
extend("code_request", L("zh", """收到的短信验证码|0.65"""))
extend("phishing", L("zh", """身份证号码及银行卡号|0.7, 回复身份证|0.65, 回复银行卡号|0.65, 违章记录|0.35, 吊销驾照|0.55, 吊销驾驶证|0.55""")
 + L("zh-Hant", """稅款|0.35, 清關|0.35"""))
extend("investment", L("zh", """收益特别高|0.55, 理财项目|0.4, 带你一起|0.45, 稳赚不赔|0.8"""))

# English smishing with no brand (a second real collection, kept outside the
# repository for its licence, README "Real collections"): "correct your express
# information", "your checking and debit have been frozen … reverify".
extend("phishing", L("en", """express information|0.45, delivery information|0.35, shipping information|0.35, address information|0.35,
 has been frozen|0.35, have been frozen|0.35, been restricted|0.35"""))
cues["action"] = dedupe(cues["action"] + L("en", """correct your|0.45"""))

# Combinations (terms: cue keys or class:KEY). Applied in order.
combos = [
 {"class": "boss_request", "all": ["relation", "pay", "payee"], "strength": 0.7},
 {"class": "boss_request", "all": ["relation", "pay", "urgency"], "strength": 0.6},
 {"class": "boss_request", "all": ["pay", "payee", "secrecy"], "strength": 0.75},
 {"class": "boss_request", "all": ["pay", "payee", "urgency"], "strength": 0.55},
 {"class": "safe_account", "all": ["secrecy", "class:safe_account"], "strength": 0.6},
 {"class": "impersonation", "all": ["secrecy", "class:impersonation"], "strength": 0.6},
 {"class": "safe_account", "all": ["pay", "payee", "class:impersonation"], "strength": 0.6},
 {"class": "task", "all": ["deposit", "class:task"], "strength": 0.6},
 {"class": "task", "all": ["release", "class:task"], "strength": 0.4},
 {"class": "investment", "all": ["deposit", "release", "class:investment"], "strength": 0.65},
 {"class": "investment", "all": ["deposit", "class:investment"], "strength": 0.4},
 {"class": "loan_fee", "all": ["deposit", "release", "class:credit"], "strength": 0.7},
 {"class": "loan_fee", "all": ["deposit", "class:loan_fee"], "strength": 0.45},
 {"class": "loan_fee", "all": ["release", "class:loan_fee"], "strength": 0.35},
 {"class": "loan_fee", "all": ["deposit", "release"], "strength": 0.35},
 {"class": "remote_access", "all": ["urgency", "class:remote_access"], "strength": 0.4},
 {"class": "refund", "all": ["class:refund", "class:remote_access"], "strength": 0.5},
 {"class": "remote_access", "all": ["class:remote_access", "class:refund"], "strength": 0.5},
 {"class": "prize", "all": ["deposit", "class:prize"], "strength": 0.5},
 # A lure plus a way to answer off the service (a number, 加微信, WhatsApp).
 {"class": "prize", "all": ["contact", "class:prize"], "strength": 0.45},
 # "min": the class's words must reach this weight, "suspicious" in the scale
 # above ("兼职", the plain word for part-time work, in a genuine tutor's ad
 # with a phone number does not; "兼职日结" does).
 {"class": "task", "all": ["contact", "class:task"], "strength": 0.5, "min": 0.3},
 {"class": "investment", "all": ["contact", "class:investment"], "strength": 0.45},
 {"class": "loan_fee", "all": ["contact", "class:credit"], "strength": 0.45},
 {"class": "loan_fee", "all": ["contact", "class:loan_fee"], "strength": 0.45},
 {"class": "boss_request", "all": ["pay", "payee", "class:boss_request"], "strength": 0.6},
 # A new-number opener that asks for money ("这是我新号…能不能先借我5000"),
 # before the opener combination below so that the class is read off its own
 # words, not off a relation word another combination lent it.
 {"class": "boss_request", "all": ["pay", "class:boss_request"], "strength": 0.55},
 # A superior's "private number" and "don't tell colleagues".
 {"class": "boss_request", "all": ["secrecy", "class:boss_request"], "strength": 0.5},
 # Phishing answered by phone, WhatsApp or WeChat instead of a link: a threat
 # or a fee with a way to answer (吊销驾照…请立即联系 1xx; 清關稅款…加WhatsApp).
 {"class": "phishing", "all": ["contact", "urgency", "class:phishing"], "strength": 0.6, "min": 0.45},
 {"class": "phishing", "all": ["contact", "deposit", "class:phishing"], "strength": 0.6, "min": 0.45},
 # A relative or superior on a new number: the 换号 / "Hi Mum" opener.
 {"class": "boss_request", "all": ["relation", "class:boss_request"], "strength": 0.4},
 # A refund or charge "handled" through a QQ, WeChat, LINE or a number in the
 # text rather than the shop's own app: weak alone, a genuine refund notice with a
 # hotline stays below the threshold.
 {"class": "refund", "all": ["contact", "class:refund"], "strength": 0.35},
]

official = """icbc.com.cn ccb.com abchina.com boc.cn bankcomm.com cmbchina.com psbc.com spdb.com.cn cmbc.com.cn citicbank.com cebbank.com pingan.com cib.com.cn
alipay.com taobao.com tmall.com jd.com 10086.cn chinaunicom.cn 189.cn 12306.cn 12123.gov.cn gov.cn sf-express.com cainiao.com chsi.com.cn
chinatax.gov.cn unionpay.com 95516.com weixin.qq.com qq.com meituan.com ctrip.com pinduoduo.com yangkeduo.com
gov.uk hmrc.gov.uk royalmail.com evri.com dhl.com dhl.co.uk fedex.com ups.com usps.com irs.gov ssa.gov amazon.com amazon.co.uk amazon.in amazon.com.au
netflix.com paypal.com apple.com nhs.uk dvla.gov.uk barclays.co.uk lloydsbank.com natwest.com santander.co.uk monzo.com chase.com wellsfargo.com
bankofamerica.com citi.com indiapost.gov.in uidai.gov.in onlinesbi.sbi sbi.co.in hdfcbank.com icicibank.com axisbank.com paytm.com phonepe.com
incometax.gov.in gov.in singpost.com gov.sg dbs.com.sg dbs.com posb.com.sg ocbc.com uob.com.sg singpass.gov.sg mas.gov.sg my.gov.au mygov.au
servicesaustralia.gov.au ato.gov.au auspost.com.au linkt.com.au commbank.com.au westpac.com.au nab.com.au anz.com.au telstra.com.au optus.com.au
hongkongpost.hk gov.hk bochk.com hsbc.com.hk hangseng.com octopus.com.hk police.gov.hk cyberdefender.hk gov.tw post.gov.tw
boots.com tesco.com argos.co.uk sainsburys.co.uk marksandspencer.com next.co.uk target.com walmart.com bestbuy.com costco.com
flipkart.com myntra.com swiggy.com zomato.com grab.com shopee.sg lazada.sg sephora.com starbucks.com mcdonalds.com dominos.com
ele.me vip.com dianping.com kfc.com.cn luckincoffee.com
ee.co.uk vodafone.co.uk o2.co.uk airtel.in jio.com verizon.com att.com t-mobile.com e-zpassny.com sunpass.com""".split()

short = "t.cn dwz.cn url.cn suo.im bit.ly tinyurl.com is.gd goo.gl ow.ly t.co cutt.ly rb.gy shorturl.at s.id tiny.cc rebrand.ly buff.ly v.gd 0x.co".split()
tlds = """com cn net org top xyz cc vip info co uk in sg au hk tw io me ly link site online shop club app icu buzz live life gov edu biz us tk ml ga cf gq
pw ru su cyou sbs rest bond cfd click work mobi asia tv ws la so pro win loan store tech space fun one today support help services center world
global id my ph vn th de fr nl eu ca nz jp kr ai dev page""".split()

out = {"classes": classes, "cues": cues, "combos": combos, "official_domains": official, "short_links": short, "tlds": tlds}
path = os.path.join(os.path.dirname(__file__), "..", "..", "..", "data", "vocab.json")
lines = ["{"]
def block(name, d, last=False):
    lines.append(f'  "{name}": {{')
    keys = list(d)
    for i, k in enumerate(keys):
        lines.append(f'    "{k}": [')
        ents = d[k]
        for j, e in enumerate(ents):
            lines.append("      " + json.dumps(e, ensure_ascii=False) + ("," if j < len(ents) - 1 else ""))
        lines.append("    ]" + ("," if i < len(keys) - 1 else ""))
    lines.append("  }" + ("" if last else ","))
block("classes", classes)
block("cues", cues)
lines.append('  "combos": [')
for i, c in enumerate(combos):
    lines.append("    " + json.dumps(c, ensure_ascii=False) + ("," if i < len(combos) - 1 else ""))
lines.append("  ],")
lines.append('  "official_domains": ' + json.dumps(official) + ",")
lines.append('  "short_links": ' + json.dumps(short) + ",")
lines.append('  "tlds": ' + json.dumps(tlds))
lines.append("}")
open(path, "w", encoding="utf-8").write("\n".join(lines) + "\n")
print(sum(len(v) for v in classes.values()) + sum(len(v) for v in cues.values()), "entries")
