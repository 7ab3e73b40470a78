#!/usr/bin/env python3
"""Generates tests/sms/dev/*.tsv: the development split (vocabulary tuned on it).

Templates paraphrase scam texts quoted in public police, regulator, bank and
news warnings (sources per group in tests/sms/README.md) and ordinary service
messages written by the scamguard authors; slots (brand, amount, link, date)
and evasion spellings are varied with a fixed seed. Traditional-Chinese
versions of part of the zh-CN set come from OpenCC (s2hk / s2tw).
Usage: pip install opencc-purepy && python3 tests/sms/tools/gen_dev.py
"""
import os
from opencc_purepy import OpenCC
from common import R, pick, amount, digits, date_zh, date_en, slug, fill, evade_zh, evade_en, write

OUT = os.path.join(os.path.dirname(__file__), "..", "dev")
S = dict(
    bank=["工商银行", "建设银行", "农业银行", "中国银行", "招商银行", "交通银行", "邮储银行"],
    bankno=["95588", "95533", "95599", "95566", "95555", "95559"],
    carrier=["中国移动", "中国联通", "中国电信"],
    express=["顺丰", "京东物流", "中通快递", "圆通", "韵达", "菜鸟驿站"],
    shop=["淘宝", "天猫", "京东", "拼多多", "抖音商城"],
    d=date_zh, amt=amount, n4=lambda: digits(4), n6=lambda: digits(6),
    link=lambda: pick(["http://", "https://", "", ""]) + pick([
        f"{slug(6)}.top", f"etc-{slug(4)}.cn/{slug(3)}", f"t.cn/{slug(7)}", f"dwz.cn/{slug(6)}", f"{slug(5)}.vip/{slug(2)}",
        f"www.{slug(5)}-kefu.com", f"{slug(4)}.xyz/m", f"url.cn/{slug(6)}", f"{slug(6)}.cc", f"jf-{slug(4)}.com/{slug(3)}"]),
    qq=lambda: digits(9), shortlink=lambda: pick(["t.cn/", "dwz.cn/", "3.cn/"]) + slug(7), wx=lambda: "wx" + slug(6),
)

zh_scam = [
 # ETC / vehicle phishing (public ETC warnings)
 "【{bank}】尊敬的车主，您的ETC认证已失效，请于{d}前点击 {link} 重新认证，逾期将停用。",
 "【高速ETC】您的ETC卡已被冻结，为避免影响正常出行请立即登录{link}完成认证！",
 "【车辆中心】尊敬的车主您好，您的ETC通行卡{d}已停用，请立即前往 {link} 重新办理，恢复通行！",
 "【ETC出行】您的ETC信息认证未完成，为避免冻结权限，请点击{link}认证，回T退订",
 # bank points / certificate phishing (fake base station)
 "【{bank}】尊敬的客户，您的账户积分{n4}分将于今日清零，请登录{link}兑换现金礼品。",
 "【{bankno}】您的电子密码器将于明日过期，请尽快登录 {link} 进行升级，否则将影响使用。",
 "{bank}提醒：您的手机盾证书已失效，请24小时内访问{link}重新激活，逾期账户将被冻结。",
 "【{carrier}】尊敬的用户，您的话费积分{n4}即将过期，点击{link}兑换现金红包。",
 "【{carrier}】您的号码因实名认证未通过将于24小时内停机，请点击 {link} 重新认证。",
 "【个税】您有一笔个税退还{amt}元待领取，请点击{link}登录办理，逾期作废。",
 "【医保局】您的医保卡存在异常已暂停使用，请点击{link}重新认证，否则将影响报销。",
 "【社保局】您的社保补贴{amt}元已到账，请于今日内点击{link}申领补贴。",
 "【12306】您购买的车次已取消，退款{amt}元，请点击{link}填写银行卡信息办理退款。",
 "【交管12123】您的车辆有违章未处理，将被罚款扣分，请点击 {link} 查询处理。",
 # refund / customer service
 "您好，我是{shop}客服，您购买的商品存在质量问题，我们将为您办理三倍赔偿，请加QQ{qq}处理理赔。",
 "【{express}】您的快递在运输途中丢失，我们将为您理赔{amt}元，请联系理赔客服 {link}。",
 "尊敬的用户，您开通的百万保障即将扣费，如需关闭百万保障请联系客服，逾期将自动扣费{amt}元/月。",
 "【{shop}】您误开通了会员服务，每月将自动扣费，请点击{link}取消扣费并办理退款。",
 "您的航班因故航班取消，请致电客服办理改签，可获补偿金300元，退款将原路返回。",
 "亲，您的包裹丢失了，{shop}为您申请了双倍赔偿，请下载腾讯会议，会议号{n6}，我们屏幕共享指导您操作退款。",
 # impersonation / safe account
 "我是市公安局民警，你的身份证被冒用涉嫌洗钱案，需要配合调查，把资金转到安全账户进行资金核查。",
 "【公安】你名下的银行卡涉嫌洗钱，检察院已下发逮捕令，请立即联系办案警官{n4}，不要告诉任何人。",
 "你好，这里是{carrier}，你的号码涉嫌发送诈骗短信将被停机，我帮你转接公安机关处理。",
 "您的医保卡被冒用，涉嫌违规套取医保基金，请配合警官做视频笔录，资金需转到国家账户清查资金。",
 # task / part-time
 "招聘宝妈兼职，手机刷单日结，动动手指日赚300-500元，加薇信{wx}了解。",
 "抖音点赞关注兼职，一单3元，日结不拖欠，有意加QQ{qq}。",
 "在家兼职做任务，先垫付后返利，佣金立返，月入过万不是梦，联系{wx}。",
 "【招聘】手机兼职，轻松赚钱，每天1-2小时，兼职日结，详情 {link}",
 # investment
 "老师带单，内幕消息，稳赚不赔，加入股票群免费荐股：{link}",
 "恭喜您获得投资群名额，导师带你炒币USDT，零风险高收益，翻倍不是梦，点击{link}进群。",
 "您在平台的提现审核未通过，账户需补仓{amt}元才能提现，请尽快处理，否则资金冻结。",
 # loan fee
 "您申请的贷款已审核通过，但银行卡号错误导致资金冻结，需缴纳解冻费{amt}元后放款。",
 "【贷款】无抵押低息贷款，秒到账，放款前需先交保证金，联系{wx}。",
 "您好，我是京东金融客服，您的校园贷账户未注销将影响征信，请配合注销校园贷。",
 "您的借款流水不足，需刷流水{amt}元证明还款能力，完成后立即放款。",
 # prize
 "恭喜您获得{shop}周年庆幸运用户，抽中一等奖苹果手机一部，请点击{link}领取奖品。",
 "【幸运观众】恭喜您被抽中二等奖，奖金58000元，请点击{link}领奖，需先缴纳手续费。",
 # boss / acquaintance
 "我是你领导，明天到公司找我，先加我新微信{wx}。",
 "小王，我在开会不方便接电话，有个客户急需转账{amt}元，你先帮我转一下，账号发你。",
 "家长您好，我是班主任，本学期资料费{amt}元，请扫码缴纳到对公账户，今日截止。",
 "爸，我换手机号了，这是我新号码，急需用钱，先帮我转5000。",
 # code request
 "不好意思，我刚才手机号输错了，验证码发到你手机上了，麻烦把验证码发给我一下。",
 "你好，我是{shop}客服，为了给你退款，请把收到的验证码告诉我。",
 "宝，帮我报一下验证码，我的号登不上了，急！",
]

zh_ham = [
 "【{bank}】您的验证码为{n6}，5分钟内有效，请勿告诉他人。",
 "【{bank}】验证码{n6}，您正在进行网上支付，切勿泄露。工作人员不会向您索取。",
 "【支付宝】验证码：{n6}，你正在登录支付宝，请勿泄露给任何人。",
 "【{bank}】您尾号{n4}的储蓄卡{d}支出人民币{amt}元，余额{amt}元。",
 "【{bank}】您尾号{n4}的账户于{d}转账成功{amt}元，如非本人操作请致电{bankno}。",
 "【{bank}】您尾号{n4}卡{d}消费{amt}元，可用额度{amt}元。",
 "【{express}】您的快件已到达驿站，凭取件码{n4}取件，如有疑问请联系客服。",
 "【{express}】您的包裹已签收，感谢使用，如有问题请拨打客服热线。",
 "【{shop}】您的订单已发货，快递单号SF{n6}{n6}，预计明日送达。",
 "【{shop}】双十一大促开启，全场满300减50，会员积分可兑换好礼，退订回T。",
 "【{shop}】亲爱的会员，您的积分将于月底到期，可在App内兑换优惠券，退订回TD。",
 "【{carrier}】您本月话费账单{amt}元，详情请登录App查询。",
 "【{carrier}】尊敬的客户，您的套餐流量已使用80%，如需加油包请回复KT。",
 "【12306】订单E{n6}，您已购{d}G{n4}次，请按时乘车。",
 "【交管12123】您的驾驶证将于{d}到期，请于到期前通过交管12123 App办理换证。",
 "【医院】您已预约{d}上午9:30内科门诊，请携带医保卡按时就诊。",
 "【美团】您的外卖已送达，祝您用餐愉快。",
 "妈，我晚上不回家吃饭了，加班。",
 "今晚七点小区门口集合，别忘了带伞。",
 "老婆，快递我帮你取了，在客厅桌上。",
 "周末一起吃饭吗？我订了你上次说的那家店。",
 "客服您好，我想问一下退款什么时候到账？",
 "【{shop}】您申请的退款{amt}元已原路退回，请注意查收。",
 "【京东】您的退款已完成，金额将在1-3个工作日到账，如有疑问请联系京东客服。",
 "【{bank}】您的信用卡本期账单{amt}元，到期还款日{d}，请按时还款。",
 "【{bank}】尊敬的客户，您的借记卡即将到期，新卡已寄出，请注意查收。",
 "【国家反诈中心】公安机关提醒：凡是让您转账到安全账户的都是诈骗，请勿相信。",
 "【{carrier}】您的账户积分{n4}分，可登录App兑换话费，退订回T。",
 "【微信支付】您已成功付款{amt}元，商户：全家便利店。",
 "【拼多多】您的拼单已成功，商家将尽快发货。",
 "【滴滴出行】您的验证码是{n6}，请勿泄露。",
 "明天开会改到下午三点，会议号{n6}，腾讯会议。",
 "【公积金中心】您的公积金账户{d}汇缴{amt}元，余额请登录App查询。",
 "【社保】您的社保卡已制卡完成，请到银行网点领取。",
 "【{bank}】您的贷款本月应还{amt}元，将于{d}自动扣款，请保持账户余额充足。",
 "【电费】您家电费余额不足20元，请及时缴纳，可通过网上国网App缴费。",
 "【菜鸟驿站】您有{n4}个包裹待取，取件码{n4}，请于今日21:00前领取。",
 "【{express}】快递员正在派送您的包裹，电话138{n4}{n4}。",
 "宝贝，验证码发你手机了吗？我在帮你注册网课。",
 "【{shop}】年货节最后一天！爆款低至5折，立即抢购 {shortlink} 退订回T",
 "【瑞幸咖啡】您有2张优惠券今日到期，打开App即可使用，退订回T。",
 "【{bank}】尊敬的客户，您的信用卡积分可兑换里程，详情请登录手机银行查询。",
 "【{carrier}】您的宽带将于{d}到期，续费请登录{carrier}App或拨打10086。",
 "【学校】各位家长：明天下午三点召开家长会，请准时参加。",
 "【{bank}】您的账户{d}收到工资转入{amt}元。",
 "【顺丰速运】您的快件因地址不详暂无法派送，请联系快递员138{n4}{n4}确认地址。",
 "【{shop}】您的订单已退款成功，退款金额{amt}元，预计1-3个工作日到账。",
 "【国家反诈中心】凡是自称公检法要求转账的都是诈骗，谨防受骗。",
 "【物业】本周六上午停水，请提前储水，给您带来不便敬请谅解。",
 "你上次借我的500块不急着还，有空再说。",
]

hk_scam = [
 "【香港郵政】您的包裹因地址不完整未能派送，請於24小時內點擊 {link} 更新資料，逾期將退回。",
 "【HKPost】您的郵件被海關扣留，需繳交關稅HK$18，請立即登入{link}繳交。",
 "【八達通】您的八達通積分即將到期，立即點擊{link}兌換現金回贈。",
 "你好，我是內地公安人員，你的身份涉及洗黑錢案件，需要協助調查，請將資金轉到安全戶口。",
 "您好，我係速遞公司客服，您的包裹已損毀，申請賠償請加WhatsApp {n4}{n4}，退款失敗需先解凍戶口。",
 "【中銀香港】您的賬戶出現異常已被暫停，請即登入{link}核實身份，否則將被凍結。",
 "媽，我換咗號碼，急需過數俾朋友，你幫我過數HK${amt}先。",
 "網上兼職，日賺$800，只需幫商家點讚，先墊付後返利，請加WhatsApp。",
 "【醫保】您的健保卡已被冒用，請立即致電衛生署協助調查，否則將凍結帳戶。",
 "【中華電信】您的帳單逾期未繳，門號將於今日停話，請點擊{link}繳費。",
 "【轉數快】您有一筆HK${amt}退款待收取，請點擊{link}登記轉數快資料。",
 "【政府】您已向紅十字基金捐款HK$5000，今日將扣款，如需取消請致電專線辦理退款。",
]
hk_ham = [
 "【中銀香港】您的一次性密碼為{n6}，切勿向任何人透露。",
 "【HSBC】您的信用卡於{d}簽賬HK${amt}，如有疑問請致電熱線。",
 "【順豐速運】您的快件已到達順便智能櫃，取件碼{n4}。",
 "【香港郵政】您的郵件已派遞，多謝使用。",
 "今晚返唔返屋企食飯？",
 "【八達通】您已成功自動增值HK$250。",
 "【Hang Seng】Your one-time password is {n6}. Do not share it with anyone.",
 "明天九點喺地鐵站等，記得帶身份證。",
 "【衞生署】提提你：您預約了{d}上午10時接種疫苗。",
 "【中華電信】您本月帳單金額為NT${n4}，繳費期限{d}，可於App查閱。",
 "【PayMe】你已收到HK${amt}轉賬。",
 "【屈臣氏】會員積分已更新，可於App內兌換禮品。",
]

en_scam = [
 # UK (Action Fraud / HMRC / Royal Mail warnings)
 ("en-UK", "HMRC: You have an outstanding tax refund of £{gbp}. Follow the link to claim your tax refund: {link}"),
 ("en-UK", "Royal Mail: Your parcel is on hold due to an unpaid shipping fee of £1.99. Pay now at {link} or it will be returned to sender."),
 ("en-UK", "Evri: We missed you today. Your parcel will be returned unless you reschedule redelivery at {link} within 24 hours."),
 ("en-UK", "DVLA: Your vehicle tax payment failed. Update your payment details at {link} to avoid a penalty."),
 ("en-UK", "NatWest: A new payee was added to your account. If this was not you, call our fraud team now on 0{n4}{n6}."),
 ("en-UK", "This is your bank's fraud team. Your account is compromised. Move your money to a safe account we will set up for you today."),
 ("en-UK", "Hi Mum, I dropped my phone in the toilet, this is my new number. Can you pay a bill for me urgently? I'll pay you back tomorrow."),
 ("en-UK", "EE: Your last bill payment failed. Your service will be suspended today. Update your details: {link}"),
 # US (FTC / USPS / IRS warnings)
 ("en-US", "USPS: Your package could not be delivered due to an incomplete address. Confirm your address at {link} within 12 hours."),
 ("en-US", "IRS: You owe back taxes. An arrest warrant will be issued unless you call 1-8{n4}{n6} immediately."),
 ("en-US", "Your Social Security number has been suspended due to suspicious activity. Call the SSA officer now to avoid legal action."),
 ("en-US", "Wells Fargo: Unusual activity detected on your account. Verify your account now at {link} or it will be locked."),
 ("en-US", "E-ZPass: You have an unpaid toll balance of ${usd}. Pay now at {link} to avoid a late fee."),
 ("en-US", "Amazon: Your account has been suspended. Please verify your payment information at {link}"),
 ("en-US", "Congratulations! You've won a $1000 Walmart gift card. Claim your prize now: {link}"),
 ("en-US", "Netflix: Your subscription expired. Update your payment to keep watching: {link}"),
 ("en-US", "Hi, I'm a recruiter. Part-time job, like videos on YouTube and earn $300 per day. WhatsApp me to start."),
 ("en-US", "Hey, it's your boss. I'm in a meeting, I need you to buy gift cards for a client. Keep this confidential."),
 ("en-US", "Bitcoin ATM: Deposit your cash to protect it, the police will meet you. Guaranteed returns on crypto investment."),
 ("en-US", "Sorry, I sent you a code by mistake. Can you send me the code? It's 6 digits."),
 ("en-US", "PayPal: Your account will be suspended. Confirm your details at {link}"),
 # India (TRAI / KYC / electricity warnings)
 ("en-IN", "Dear Customer, your SBI account will be blocked today. Update your KYC immediately: {link}"),
 ("en-IN", "Dear consumer, your electricity will be disconnected tonight at 9:30 pm because your previous month bill was not updated. Contact officer 9{n4}{n4}0."),
 ("en-IN", "TRAI: Your mobile number will be disconnected in 2 hours due to illegal activity. Press 9 to speak to the officer."),
 ("en-IN", "FedEx: Your parcel contains narcotics. A CBI officer will call you. Money laundering case registered in your Aadhaar."),
 ("en-IN", "Dear user, your Paytm KYC expired. Click {link} to update your KYC or your wallet will be blocked."),
 ("en-IN", "Aapka account block ho jayega. KYC update karein turant: {link}"),
 ("en-IN", "Congratulations! Aapki lottery lagi hai Rs 25,00,000 ki. Claim karne ke liye processing fee bhejein."),
 ("en-IN", "Part time job, ghar baithe kamaye Rs 5000 daily. Simple tasks, YouTube likes. WhatsApp karein."),
 ("en-IN", "Your Aadhaar misuse detected in money laundering. Digital arrest will be done if you disconnect the call."),
 ("en-IN", "Sir, OTP bata do, aapka refund process karna hai. Paise wapas aa jayenge."),
 ("en-IN", "India Post: Your package is on hold due to incomplete address. Update within 12 hours: {link}"),
 # Singapore (SPF advisories)
 ("en-SG", "SingPost: Your parcel delivery has failed due to an incomplete address. Please confirm your address at {link}"),
 ("en-SG", "DBS: Your account has been locked due to suspicious login. Verify at {link} to reactivate."),
 ("en-SG", "Singpass: Your Singpass has been locked for security reasons. Reactivate via {link}"),
 ("en-SG", "This is MAS officer. Your bank account is linked to a money laundering case. Transfer your funds to a safe account for investigation."),
 ("en-SG", "SP Group: You paid your bill twice. Request a refund via {link}"),
 ("en-SG", "Hiring now: simple tasks, rate products online, earn up to $500 per day. Commission paid daily."),
 # Australia (Scamwatch / ACMA warnings)
 ("en-AU", "Linkt: You have an unpaid toll notice overdue for over 30 days. Pay immediately at {link} to avoid E-tag cancellation."),
 ("en-AU", "Australia Post: Your parcel is being held due to an incomplete address. Update your details: {link}"),
 ("en-AU", "myGov: You are eligible for a cost of living payment. Claim your refund at {link}"),
 ("en-AU", "CommBank: A payment of $1,299 was attempted. If this wasn't you, verify your account at {link}"),
 ("en-AU", "Medicare: Your card has expired. Update your details at {link} within 24 hours."),
 ("en-AU", "ATO: You have an outstanding tax debt. Pay now to avoid arrest: {link}"),
 # HK English
 ("en-HK", "HKPost: Your parcel is held at customs. Pay the clearance fee at {link} within 24 hours."),
 ("en-HK", "HSBC: Your account has been suspended due to unusual activity. Log in at {link} to restore access."),
]

en_ham = [
 ("en-UK", "Your Barclays verification code is {n6}. Do not share this code with anyone. Barclays will never ask for it."),
 ("en-UK", "Royal Mail: Your parcel from ASOS will be delivered today between 10:00 and 14:00. Track at royalmail.com/track"),
 ("en-UK", "Evri: Your parcel has been delivered to your safe place. Thanks!"),
 ("en-UK", "NHS: Reminder of your appointment at Riverside Surgery on {date} at 09:40. Reply CANCEL to cancel."),
 ("en-UK", "Hi mum, I'll be home late tonight, training runs over. Love you"),
 ("en-UK", "Monzo: You paid £{gbp} to Tesco."),
 ("en-UK", "EE: Your bill for £{gbp} is ready. View it in the My EE app."),
 ("en-UK", "HMRC: Your tax return is due by 31 January. Sign in to your personal tax account on GOV.UK."),
 ("en-UK", "Lloyds: Your new card is on its way. It should arrive within 5 working days."),
 ("en-UK", "Are we still on for the pub quiz tomorrow? I'll get the first round."),
 ("en-UK", "Domino's: 50% off all pizzas today only! Order now at {shortlink} Reply STOP to opt out"),
 ("en-UK", "Tesco: Your Clubcard points have been converted into vouchers. See them in the Tesco app."),
 ("en-UK", "Your Santander payment of £{gbp} to J SMITH was successful."),
 ("en-US", "CVS Pharmacy: Your prescription is ready for pickup. Reply STOP to opt out."),
 ("en-US", "Delta: Your flight DL{n4} has been cancelled. We've rebooked you; see the Fly Delta app for details."),
 ("en-US", "Reminder: your car is due for service. Book online at {shortlink}"),
 ("en-IN", "Your Swiggy order is out for delivery. Track: {shortlink}"),
 ("en-IN", "Dear Customer, your Jio plan expires on {date}. Recharge now on the MyJio app to continue services."),
 ("en-AU", "Woolworths: Your order will be delivered today between 4-6pm."),
 ("en-SG", "Grab: Your ride is arriving. Driver: SKA{n4}X."),
 ("en-US", "Your Chase one-time code is {n6}. Don't share it. Chase will never call you to ask for this code."),
 ("en-US", "USPS: Your item was delivered in or at the mailbox at 2:14 pm."),
 ("en-US", "Amazon: Your package will arrive today. Track at amazon.com/orders"),
 ("en-US", "Bank of America: A purchase of ${usd} at Target was made with your card. No action needed if this was you."),
 ("en-US", "Dr. Patel's office: reminder of your appointment tomorrow at 3:30 PM. Reply C to confirm."),
 ("en-US", "Verizon: Your bill of ${usd} is ready. Autopay is scheduled for {date}."),
 ("en-US", "Can you pick up milk on the way home? Thanks!"),
 ("en-US", "Your Uber code is {n6}. Never share this code."),
 ("en-US", "Venmo: You sent ${usd} to Alex for pizza."),
 ("en-US", "Target: Your order is ready for pickup. Show this message at Guest Services."),
 ("en-US", "Your refund of ${usd} from Best Buy has been processed to your original payment method."),
 ("en-US", "Walmart: Save 20% this weekend on home goods. Reply STOP to opt out."),
 ("en-US", "Google: G-{n6} is your verification code."),
 ("en-IN", "{n6} is your OTP for login to HDFC Bank NetBanking. Do not share it with anyone. -HDFC Bank"),
 ("en-IN", "Rs {inr} debited from A/c XX{n4} on {date} to VPA swiggy@upi. Not you? Call 1800{n6} -SBI"),
 ("en-IN", "Your Airtel bill of Rs {inr} is due on {date}. Pay via Airtel Thanks app."),
 ("en-IN", "Dear customer, your electricity bill of Rs {inr} is generated. Due date {date}. -BESCOM"),
 ("en-IN", "Your order from Flipkart has been shipped and will be delivered by Friday."),
 ("en-IN", "Beta, khana kha liya? Call karna jab free ho."),
 ("en-IN", "ICICI Bank: Your credit card statement is ready. Total due Rs {inr}."),
 ("en-IN", "Apollo: Your appointment with Dr Sharma is confirmed for {date} 11:00 AM."),
 ("en-SG", "DBS: Your OTP is {n6}. Never share your OTP with anyone. DBS will never ask for it."),
 ("en-SG", "SingPost: Your item has been delivered to POPStation. Collect with PIN {n6}."),
 ("en-SG", "Your appointment at Polyclinic is on {date} 9:15am. Reply Y to confirm."),
 ("en-SG", "PayNow: You have received S${usd} from TAN AH KOW."),
 ("en-SG", "Meet at Tampines MRT at 7? Dinner after."),
 ("en-AU", "CommBank: Your NetCode is {n6}. Never share this code, not even with CommBank staff."),
 ("en-AU", "Australia Post: Your parcel has been delivered. Thanks for shopping."),
 ("en-AU", "Telstra: Your bill of ${usd} is due on {date}. View it in the My Telstra app."),
 ("en-AU", "Reminder: dentist appointment Tue 2pm at Smile Dental. Reply Y to confirm."),
 ("en-AU", "Linkt: Your account has been topped up with $40. Thanks."),
 ("en-HK", "HSBC HK: Your one-time password is {n6}. Do not share it with anyone."),
 ("en-HK", "Your parcel from HKTVmall has been delivered to your locker. PIN {n4}."),
]

def en_link():
    return pick(["https://", "http://", ""]) + pick([
        f"{slug(5)}-track.com/{slug(3)}", f"bit.ly/{slug(7)}", f"royalmail-{slug(4)}.com", f"gov-tax.{slug(5)}.com/",
        f"{slug(6)}.top/pay", f"usps-{slug(4)}.xyz", f"tinyurl.com/{slug(6)}", f"{slug(4)}-verify.info", f"secure-{slug(5)}.net/login",
        f"linkt-{slug(4)}.com", f"{slug(5)}.icu", f"sg-post.{slug(4)}.cc"])

ES = dict(link=en_link, shortlink=lambda: pick(["bit.ly/", "tinyurl.com/", "t.co/"]) + slug(7), gbp=lambda: amount(1, 600), usd=lambda: amount(5, 2000), inr=lambda: str(R.randint(200, 90000)),
          n4=lambda: digits(4), n6=lambda: digits(6), date=date_en)

def main():
    os.makedirs(OUT, exist_ok=True)
    s2hk, s2tw = OpenCC("s2hk"), OpenCC("s2tw")
    zh, hant, en = [], [], []
    for t in zh_scam:
        for k in range(2):
            m = fill(t, S)
            src = "sms_unknown" if k == 0 else pick(["sms_unknown", "sms_service"])
            zh.append(("scam", "zh-CN", src, evade_zh(m) if k == 1 and R.random() < 0.6 else m))
            if k == 0 and R.random() < 0.6:
                conv = pick([s2hk, s2tw])
                hant.append(("scam", "zh-HK" if conv is s2hk else "zh-TW", "sms_unknown", conv.convert(fill(t, S))))
    for t in zh_ham:
        for k in range(2):
            m = fill(t, S)
            src = "sms_contact" if not m.startswith("【") else "sms_service"
            zh.append(("ham", "zh-CN", src, m))
            if k == 0 and R.random() < 0.6:
                conv = pick([s2hk, s2tw])
                hant.append(("ham", "zh-HK" if conv is s2hk else "zh-TW", src, conv.convert(fill(t, S))))
    for t in hk_scam:
        for k in range(2):
            hant.append(("scam", "zh-HK", "sms_unknown", fill(t, S)))
    for t in hk_ham:
        for k in range(2):
            m = fill(t, S)
            hant.append(("ham", "zh-HK" if "NT$" not in m and "中華" not in m else "zh-TW",
                         "sms_service" if m.startswith("【") else "sms_contact", m))
    for lang, t in en_scam:
        for k in range(3):
            m = fill(t, ES)
            en.append(("scam", lang, pick(["sms_unknown", "sms_unknown", "sms_service"]), evade_en(m) if k == 2 else m))
    for lang, t in en_ham:
        for k in range(3):
            m = fill(t, ES)
            personal = not any(w in m for w in ":.-") or m.startswith(("Hi mum", "Can you", "Are we", "Beta", "Meet"))
            en.append(("ham", lang, "sms_contact" if personal else "sms_service", m))
    for name, rows in [("zh-CN.tsv", zh), ("zh-Hant.tsv", hant), ("en.tsv", en)]:
        n = write(os.path.join(OUT, name), rows)
        print(name, n, "messages;", sum(r[0] == "scam" for r in rows), "scam rows")

main()
