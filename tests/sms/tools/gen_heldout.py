#!/usr/bin/env python3
"""Generates tests/sms/heldout/*.tsv: the held-out split.

Written after the vocabulary was frozen (commit noted in tests/sms/README.md)
from other public examples and other phrasings than gen_dev.py; never used
to tune data/vocab.json or the scoring. Same format and slot machinery.
Usage: pip install opencc-purepy && python3 tests/sms/tools/gen_heldout.py
"""
import os
from opencc_purepy import OpenCC
import common
from common import pick, amount, digits, date_zh, date_en, slug, fill, evade_zh, evade_en, write

common.R.seed(11)
R = common.R
OUT = os.path.join(os.path.dirname(__file__), "..", "heldout")

def zlink():
    return pick(["", "http://", "https://"]) + pick([
        f"{slug(4)}{digits(2)}.com", f"m.{slug(5)}.cn", f"{slug(3)}.{slug(4)}.top/{slug(4)}", f"t.cn/{slug(7)}",
        f"{slug(6)}.shop", f"{slug(5)}.net/{slug(2)}", f"wap.{slug(5)}.vip", f"{slug(7)}.cyou"])

S = dict(
    bank=["工行", "建行", "农行", "中行", "招行", "浦发银行", "民生银行", "平安银行", "兴业银行", "中信银行"],
    carrier=["移动", "联通", "电信"], d=date_zh, amt=amount, n4=lambda: digits(4), n6=lambda: digits(6),
    link=zlink, name=["王", "李", "张", "刘", "陈"], qq=lambda: digits(10), wx=lambda: "v" + slug(5) + digits(3),
)

zh_scam = [
 "{bank}温馨提示：您的账户安全控件已过期，请及时访问 {link} 更新，以免影响正常交易。",
 "【{bank}】您的信用卡已获提额资格，额度可提至5万，请登陆{link}激活领取。",
 "尊敬的客户：您尾号{n4}的银行卡因长期未使用即将注销，请登录{link}核实身份。",
 "【陕西ETC】您的ETC自动识别功能失常已被关停，请在{d}前前往{link}进行验签升级。",
 "【高速公路】尊敬的车主，您的ETC设备已过期，点击{link}重新激活，否则无法通行。",
 "【{carrier}】您的积分{n4}将于本月底到期，可兑换{amt}元话费，回复或登陆{link}兑换。",
 "【税务】您{d}的个人所得税汇算有退税{amt}元，请于3日内点击{link}申请。",
 "【人社】{d}起发放职业技能补贴，请点击{link}提交银行卡信息领取补贴。",
 "【快递】您的包裹在派送中出现破损，我们将给予{amt}元赔付，请添加客服微信{wx}办理。",
 "您好，我是淘宝商家，您买的衣服检测出甲醛超标，为您办理退款加赔偿，请提供支付宝账号。",
 "亲，您在抖音开通的直播会员服务即将每月扣费{amt}元，如非本人开通请尽快联系客服取消。",
 "【航空公司】您预订的航班因机械故障已取消，请致电400{n6}办理退改签，可获延误补贴。",
 "您好，这里是{name}警官，你涉嫌一起非法集资案件，现依法对你进行调查，请保持电话畅通不要挂断。",
 "你名下有一张银行卡涉及跨境赌博洗钱，我们会发你逮捕令，你需要把钱转入监管账户证明清白。",
 "最高检通知：你已被列为诈骗案嫌疑人，请立即下载会议软件与办案人员视频对接。",
 "你好，我是{carrier}客服，你的电话卡被人冒用注册，需要转接到当地公安报案。",
 "【兼职】招打字员，在家手机操作，一单一结，日入200+，加QQ {qq}。",
 "淘宝刷好评，一单5-15元佣金，不收任何费用，需要本金垫付，完成即返还，有意联系{wx}。",
 "看视频赚钱，关注抖音主播点赞截图即可，每单2元，立即结算，私信领取任务。",
 "您已被邀请加入投资交流群，专业老师免费指导，稳定收益月赚20%，进群领红包：{link}",
 "内部消息，明天三只票必涨停，加老师微信{wx}免费领取。",
 "【平台通知】您的账户已盈利{amt}元，提现需先缴纳个人所得税{amt}元，请联系客服。",
 "您的网贷申请已通过，因征信不良需先转保证金{amt}元到指定账户验证还款能力。",
 "【京东金融】您之前开通的学生账户未注销，根据监管要求需注销，否则影响个人征信。",
 "贷款秒批，无需征信，日息低至0.02%，当天放款，详询{wx}。",
 "恭喜你被抽中为中国好声音场外幸运观众，将获得奖金{amt}元及笔记本电脑一台，详情登录{link}。",
 "【微信】恭喜您获得周年庆现金红包{amt}元，点击链接领取 {link}",
 "我是{name}总，你把这个人加一下，他会跟你对接一笔款子，尽快办好。",
 "妈，我手机掉水里了，这是我同学的手机，急需交培训费{amt}，直接转到这个卡上。",
 "{name}老师：各位家长，请把本学期的书本费{amt}元转到这个账户，尽快。",
 "你好，我是你高中同学，还记得我吗？我现在遇到点困难，能借我3000吗？",
 "老板说让你先给供应商付一下款，账户我发你，今天下班前必须到账。",
 "兄弟，我刚才帮你注册了一个账号，手机收到的6位数字发我一下。",
 "您好，我是拼多多客服，退款需要您提供收到的动态码，我这边为您操作。",
 "【{bank}】您的账户存在风险，已被限制交易，请及时拨打客服专线{n4}-{n6}解除。",
 "【医保】您的医疗保险将于{d}失效，逾期需补缴，点击 {link} 立即续保。",
 "您好，您的快递因地址不详无法派送，请点击{link}修改地址并支付1.99元运费。",
 "尊敬的用户，您的支付宝账户因涉嫌违规将被冻结，请尽快打开{link}申诉解冻。",
 "【12306】您的账户存在异常购票行为将被限制，点击 {link} 验证解除。",
 "【车管所】您的驾驶证已被暂扣，请于24小时内登录{link}处理违章罚款。",
]
zh_ham = [
 "【{bank}】您的动态密码为{n6}，有效期3分钟，请勿泄露给他人。",
 "【{bank}】{d} 您尾号{n4}的卡收入人民币{amt}元，当前余额{amt}元。",
 "【{bank}】您尾号{n4}的信用卡{d}在美团消费{amt}元。",
 "【{bank}】您尾号{n4}的卡于{d}向{name}某某转出{amt}元，手续费0.00元。",
 "【{carrier}】您{d}的月账单为{amt}元，已自动扣款，感谢使用。",
 "【{carrier}】您的积分可兑换流量包，详情请打开App查看。",
 "【中国电信】尊敬的客户，您本月套餐剩余语音200分钟，流量5GB。",
 "【饿了么】验证码{n6}，用于登录，5分钟内有效。",
 "【高德地图】您的验证码为{n6}，请勿将验证码告知他人。",
 "【中通快递】您的快递已放至小区丰巢柜，取件码{n6}，请及时领取。",
 "【韵达快递】快递员{name}师傅正在为您派件，请保持电话畅通。",
 "【京东】您的订单已由京东快递送达，如有问题可在App中联系客服。",
 "【淘宝】您购买的宝贝已发货，点击物流详情查看进度。",
 "【唯品会】会员专享日，全场1折起，退订回N。",
 "【海底捞】您已成功预订{d}晚上6点的位置，请准时到店。",
 "【携程】您预订的{d}上海-北京航班已出票，请提前两小时到达机场。",
 "【中国联通】您的话费余额不足10元，请及时充值，以免影响使用。",
 "【学而思】您的孩子本周作业已批改，请登录App查看。",
 "【区人民医院】您预约的体检将于{d}进行，请空腹前往。",
 "【社区】本周末开展免费义诊，欢迎居民前来。",
 "【公积金】您申请的提取已审核通过，资金将于3个工作日内到账。",
 "【个人所得税】您的年度汇算已完成，退税{amt}元已发放至您的银行卡。",
 "【ETC】您的车辆于{d}通行高速，扣费{amt}元。",
 "【国家电网】您户号电费已缴纳成功，金额{amt}元。",
 "爸，今天我不回来吃饭了，同事聚餐。",
 "明早8点出发，记得带身份证。",
 "周五开会的材料我发你邮箱了，帮忙看一下。",
 "哈哈那个视频太搞笑了",
 "你到哪了？我们在三号门等你。",
 "老公，孩子发烧了，你下班早点回来。",
 "房租这个月我先转你了，2300，查收下。",
 "同学们注意，下周一期中考试，请认真复习。",
 "你的快递到了，我帮你放门卫了。",
 "【支付宝】你的花呗本月账单{amt}元，还款日{d}，可在支付宝内还款。",
 "【微信支付】你的零钱通收益已到账。",
 "【滴滴】您的行程已结束，本次费用{amt}元。",
 "【银联】您的云闪付账户于{d}完成一笔消费，金额{amt}元。",
 "【{bank}】温馨提示：近期诈骗高发，银行工作人员不会要求您转账到安全账户。",
 "【反诈中心】提醒：刷单就是诈骗，任何要求先垫付的兼职都是骗局。",
 "【招商银行】您申请的分期已成功，每期还款{amt}元。",
 "【{bank}】您的手机银行于{d}在新设备登录，如非本人操作请致电客服热线。",
 "【{bank}】您的理财产品已到期，本金及收益{amt}元已转入活期账户。",
 "【{carrier}】您已成功订购5G畅享套餐，次月生效。",
 "【顺丰速运】您的快件{n6}{n4}已由本人签收。",
 "【菜鸟】您的包裹已到达{name}家驿站，营业时间9:00-21:00。",
 "【美团】您的订单已超时，平台已为您赔付3元无门槛券。",
 "【饿了么】您的退款{amt}元已退回原支付账户。",
 "【12306】您的退票申请已受理，退款{amt}元将在7个工作日内退回。",
 "【航旅纵横】您乘坐的航班延误，预计起飞时间20:15。",
 "【东方航空】您的航班已取消，我们已为您免费改签至次日同一时间航班，请在App查看。",
 "【驾校】{name}学员您好，您的科目二考试安排在{d}上午。",
 "【物业】您家本月物业费{amt}元，可在小程序缴纳。",
 "【水务集团】您户本期水费{amt}元，请于{d}前缴纳。",
 "【银行】您的信用卡额度已调整为{amt}元，详情请查询手机银行。",
 "【医院】您的检查报告已出，可登录医院公众号查看。",
 "{name}哥，明天的球赛你来不来？",
 "我到楼下了，你下来吧。",
 "晚上加班，你们先吃，不用等我。",
 "发你的文件收到了吗？客户那边催了。",
 "奶奶生日我们订了{d}中午的饭店，大家都来啊。",
]

hk_scam = [
 "【香港海關】您的包裹涉及違禁品已被扣查，請於今日內致電{n4}{n4}協助調查，否則將移交警方。",
 "【HKTVmall】您的訂單派送失敗，請於48小時內點擊 {link} 重新安排派送。",
 "【Octopus】您的八達通帳戶已被暫停，請登入{link}更新個人資料。",
 "【中國移動香港】您的積分將於今日到期，請即點擊{link}兌換禮品。",
 "【稅務局】您有一筆退稅HK${amt}未領取，請於三日內登入{link}辦理。",
 "您好，我係入境處職員，你嘅身份證涉及內地案件，要轉駁去公安處理，唔好話俾任何人知。",
 "兼職搵錢，喺屋企用手機做任務，日賺$1000，即日出糧，有興趣WhatsApp我。",
 "恭喜你！你已被選為幸運兒，獲得iPhone一部，請點擊{link}領取。",
 "【衞生署】您的疫苗接種紀錄異常，需於24小時內點擊{link}重新登記，否則罰款。",
 "【台灣大哥大】您的帳單逾期未繳，將暫停服務，請點擊{link}立即繳費。",
 "【中華郵政】您的包裹地址不完整無法投遞，請於今日點擊{link}補充資料。",
 "投資虛擬貨幣，導師帶單，保證每日回報5%，加入群組：{link}",
 "我係你阿仔，部電話壞咗，用緊朋友電話，急需$8000，快啲轉去呢個戶口。",
 "【匯豐】您的網上理財帳戶被鎖，請立即登入{link}解鎖。",
]
hk_ham = [
 "【恒生銀行】您的一次性密碼是{n6}，請勿向任何人透露此密碼。",
 "【中銀香港】您的戶口於{d}存入HK${amt}。",
 "【香港郵政】閣下的郵件已到達郵局，請帶同通知卡領取。",
 "【AlipayHK】您已付款HK${amt}給惠康。",
 "【醫管局】提提您：{d}上午9時於瑪麗醫院覆診。",
 "今晚幾點收工？一齊食飯啦。",
 "聽日記得帶遮，天文台話會落雨。",
 "【中華電信】驗證碼{n6}，請勿將驗證碼告訴他人。",
 "【7-ELEVEN】您的包裹已到門市，請於7日內取件。",
 "【港鐵】列車服務延誤，請預留多些時間。",
 "【Cathay】您的航班CX{n4}登機閘口已更改為{n4}號。",
 "阿媽，我今晚唔返屋企食飯。",
 "【台北富邦】您的信用卡本期帳單NT${amt}，繳款截止日{d}。",
 "【屈臣氏】您的積分已到帳，可於下次消費時使用。",
]

def elink():
    return pick(["https://", "http://", ""]) + pick([
        f"{slug(6)}.com/{slug(4)}", f"{slug(4)}-{slug(4)}.top", f"bit.ly/{slug(6)}", f"is.gd/{slug(6)}",
        f"{slug(5)}.online/{slug(3)}", f"{slug(4)}.support", f"secure.{slug(5)}.help", f"{slug(5)}-info.live"])

E = dict(link=elink, gbp=lambda: amount(1, 500), usd=lambda: amount(5, 1500), inr=lambda: str(R.randint(100, 99000)),
         n4=lambda: digits(4), n6=lambda: digits(6), date=date_en)

en_scam = [
 ("en-UK", "Royal Mail: Your package has a £2.99 unpaid shipping fee. To avoid it being returned, visit {link}"),
 ("en-UK", "HMRC: We have identified a discrepancy in your tax return. You are entitled to a rebate. Apply here: {link}"),
 ("en-UK", "Lloyds Bank: A payment to a new device was set up. If you did NOT do this, visit {link} immediately."),
 ("en-UK", "DPD: Your delivery is scheduled but requires a small customs charge of £1.45. Pay here: {link}"),
 ("en-UK", "Hello Dad, this is my new number, my phone is broken. Can you message me on WhatsApp? I need help with a payment."),
 ("en-UK", "Santander: Your card has been temporarily frozen. To unfreeze, confirm your identity at {link}"),
 ("en-UK", "NHS: You are eligible for a free Covid test kit. Order now, a small delivery charge applies: {link}"),
 ("en-UK", "TV Licensing: Your direct debit failed. Your licence will expire today. Update your bank details at {link}"),
 ("en-US", "Chase: Suspicious charge of ${usd} detected. If you did not authorize it, verify now: {link}"),
 ("en-US", "FedEx: Your shipment is pending due to unpaid customs duties. Release it here: {link}"),
 ("en-US", "Your verification code is {n6}. If you didn't request this, click here: {link}"),
 ("en-US", "Apple: Your Apple ID has been disabled for security reasons. Restore access at {link}"),
 ("en-US", "SunPass: Final notice. Your toll balance is overdue. Pay ${usd} today to avoid a $50 late fee: {link}"),
 ("en-US", "Medicare: You qualify for a new card with extra benefits. Call now to confirm your Medicare number."),
 ("en-US", "Zelle: A payment of ${usd} is pending. If this wasn't you, reply NO and a bank representative will call you."),
 ("en-US", "Hi there! Our company is hiring remote workers. Earn $200-$500 daily by completing simple app tasks. Text me on Telegram."),
 ("en-US", "Congrats, you have been selected for a $750 Cash App reward. Claim within 24 hours: {link}"),
 ("en-US", "This is Officer Miller from the Sheriff's office. You missed jury duty and a warrant is out for your arrest. Call back now."),
 ("en-US", "Your computer has a virus. Call Microsoft support and allow remote access so a technician can fix it."),
 ("en-IN", "Dear customer, your Airtel number has been suspended due to KYC. Please update your KYC immediately, contact customer care 9{n4}{n4}1."),
 ("en-IN", "Dear customer, your HDFC Bank NetBanking will be blocked today. Please update your PAN card: {link}"),
 ("en-IN", "Your electricity connection will be cut tonight. Last month bill not updated. Call electricity officer immediately 8{n4}{n4}2."),
 ("en-IN", "Income Tax: You have an income tax refund of Rs {inr}. Verify your account number: {link}"),
 ("en-IN", "Mumbai Police: Your Aadhaar is linked to a drugs parcel seized by customs. Join the video call for verification or face arrest."),
 ("en-IN", "Work from home job, earn Rs 3000-8000 per day, only like YouTube videos. Contact HR on WhatsApp."),
 ("en-IN", "Aapka SBI YONO account aaj band ho jayega. Turant PAN update karein: {link}"),
 ("en-IN", "Your KBC lottery prize of Rs 25 lakh is waiting. Pay Rs 8500 registration to receive the amount."),
 ("en-IN", "Bhai, maine galti se tumhare number pe OTP bhej diya, please wo code bhej do."),
 ("en-SG", "SingPost: Your delivery has been stopped at our depot. Trk#: RR{n6}SG. Please resolve the issue here: {link}"),
 ("en-SG", "OCBC: Your account has been suspended due to unusual activity. Please log in at {link} to avoid permanent closure."),
 ("en-SG", "ICA: Your passport application is incomplete. Submit the required fee within 24 hours at {link}"),
 ("en-SG", "Hi, I'm from the Ministry of Health. You are linked to a case of fraud. Please hold while I transfer you to the police."),
 ("en-SG", "UOB: You have S$ {usd} cashback rewards expiring today. Redeem now: {link}"),
 ("en-SG", "Carousell: Your buyer has paid. To receive funds, verify your bank card at {link}"),
 ("en-AU", "Australia Post: We couldn't deliver your parcel today. Reschedule delivery here: {link}"),
 ("en-AU", "myGov: Your account has been suspended. Please confirm your identity at {link}"),
 ("en-AU", "Linkt: Your toll invoice is overdue. Please pay now to avoid additional fees: {link}"),
 ("en-AU", "NAB: Your card has been restricted due to a suspicious transaction. Visit {link} to lift the restriction."),
 ("en-AU", "Services Australia: You are eligible for an energy rebate of $250. Claim via {link}"),
 ("en-AU", "Hi Mum, it's me, I broke my phone. This is my new number. Can you help me pay a bill today?"),
 ("en-HK", "HK Post: Your item is held because the delivery fee was unpaid. Pay within 12 hours: {link}"),
 ("en-HK", "Hang Seng: Your online banking is locked. Reactivate now at {link}"),
]
en_ham = [
 ("en-UK", "Your NatWest one time passcode is {n6}. We'll never ask you for this code."),
 ("en-UK", "DPD: Your parcel will be delivered between 13:05 and 14:05 today. Track on the DPD app."),
 ("en-UK", "Boots: Your prescription is ready to collect at Boots High Street."),
 ("en-UK", "Thames Water: We're working on a burst pipe in your area. Supply should be back by 6pm."),
 ("en-UK", "Your Deliveroo order is on its way! It should arrive by 19:40."),
 ("en-UK", "O2: You've used 80% of your data allowance this month."),
 ("en-UK", "Don't forget it's Tom's birthday on Saturday. Bring a card!"),
 ("en-UK", "Halifax: £{gbp} sent to SARAH J from account ending {n4}."),
 ("en-UK", "GP surgery: Your flu jab appointment is {date} at 11:20. Call us if you can't make it."),
 ("en-US", "Your Wells Fargo verification code is {n6}. We'll never call or text you for this code."),
 ("en-US", "UPS: Your package was delivered to the front door at 12:47 PM."),
 ("en-US", "Costco: Your order is ready for pickup at the warehouse."),
 ("en-US", "Comcast: Your bill of ${usd} will be auto-paid on {date}. Thanks for being a customer."),
 ("en-US", "Hey, running 10 min late. Order me a coffee?"),
 ("en-US", "Capital One: A transaction of ${usd} at Shell was approved on your card ending {n4}."),
 ("en-US", "Kaiser: Your lab results are available. Log in to kp.org to view them."),
 ("en-US", "Lyft: Your driver is arriving in 3 min in a gray Toyota Camry."),
 ("en-US", "School district: Schools closed tomorrow due to snow. Stay safe."),
 ("en-US", "Your Microsoft account security code is {n6}."),
 ("en-IN", "Rs.{inr} credited to your A/c XX{n4} by NEFT on {date}. -Axis Bank"),
 ("en-IN", "Your Zomato order has been delivered. Enjoy your meal!"),
 ("en-IN", "{n6} is OTP for your PhonePe transaction. Do not share with anyone."),
 ("en-IN", "Dear customer, your Vi bill of Rs {inr} is due on {date}."),
 ("en-IN", "Your IRCTC ticket PNR {n6}{n4} is confirmed. Have a safe journey."),
 ("en-IN", "Mummy, main 8 baje tak aa jaunga, khana rakh dena."),
 ("en-IN", "Amazon: Your order of Boat earphones will be delivered today."),
 ("en-SG", "OCBC: Your OTP for funds transfer is {n6}. Do not share it with anyone."),
 ("en-SG", "NTUC FairPrice: Your online order will be delivered tomorrow 2-4pm."),
 ("en-SG", "Your vaccination appointment is confirmed for {date} at 10.30am at Raffles Medical."),
 ("en-SG", "Lunch at Maxwell tomorrow? My treat."),
 ("en-SG", "Singtel: Your bill of S${usd} is ready. View it on My Singtel app."),
 ("en-AU", "Westpac: Your SafeWord code is {n6}. Don't share it with anyone, even Westpac staff."),
 ("en-AU", "StarTrack: Your parcel will arrive today. No signature required."),
 ("en-AU", "Optus: Your monthly bill of ${usd} has been paid. Thank you."),
 ("en-AU", "Footy training moved to 5pm Thursday."),
 ("en-AU", "Bunnings: Your click and collect order is ready."),
 ("en-HK", "HSBC: A transaction of HK${usd} was made on your card. Call the number on your card if you don't recognise it."),
 ("en-HK", "Your SF Express parcel is ready at the SF Locker. Code {n6}."),
 ("en-HK", "Dinner at 7 in Causeway Bay?"),
 ("en-UK", "Virgin Media: Your broadband bill of £{gbp} is now available in My Virgin Media."),
 ("en-UK", "Sainsbury's: Your groceries arrive tomorrow between 8am and 9am."),
 ("en-UK", "British Gas: Your engineer will visit on {date} between 8am and 1pm."),
 ("en-UK", "Trainline: Your 09:15 to London Euston is delayed by 10 minutes."),
 ("en-UK", "Can you feed the cat tonight? Key's under the pot."),
 ("en-US", "Delta: Your flight has been cancelled. We have rebooked you on DL{n4}; check the Fly Delta app."),
 ("en-US", "PG&E: Planned outage in your area on {date} from 9am to 3pm."),
 ("en-US", "Walgreens: Your vaccine appointment is confirmed for {date}."),
 ("en-US", "American Express: Your payment of ${usd} has been received."),
 ("en-US", "Happy birthday!! Hope you have an amazing day"),
 ("en-IN", "Flipkart: Your refund of Rs {inr} has been credited to your original payment method."),
 ("en-IN", "Ola: Your driver Ramesh is arriving in a white Dzire."),
 ("en-IN", "Jio: Your data pack is 90% used. Recharge on MyJio."),
 ("en-IN", "Kal office 9 baje aana, meeting hai."),
 ("en-SG", "LTA: Your COE bidding result is available on OneMotoring."),
 ("en-SG", "Shopee: Your parcel has been delivered. Rate your purchase in the app."),
 ("en-SG", "DBS: Your PayLah! transfer of S${usd} to LIM was successful."),
 ("en-AU", "Qantas: Your flight QF{n4} is boarding at gate 12."),
 ("en-AU", "AGL: Your energy bill of ${usd} is due on {date}."),
 ("en-AU", "Kids' swimming lesson cancelled this week, pool maintenance."),
]

def main():
    os.makedirs(OUT, exist_ok=True)
    s2hk, s2tw = OpenCC("s2hk"), OpenCC("s2tw")
    zh, hant, en = [], [], []
    for t in zh_scam:
        for k in range(2):
            m = fill(t, S)
            zh.append(("scam", "zh-CN", pick(["sms_unknown", "sms_unknown", "sms_service"]), evade_zh(m) if k == 1 and R.random() < 0.5 else m))
        if R.random() < 0.5:
            conv = pick([s2hk, s2tw])
            hant.append(("scam", "zh-HK" if conv is s2hk else "zh-TW", "sms_unknown", conv.convert(fill(t, S))))
    for t in zh_ham:
        for k in range(2):
            m = fill(t, S)
            src = "sms_service" if m.startswith("【") else "sms_contact"
            zh.append(("ham", "zh-CN", src, m))
        if R.random() < 0.5:
            conv = pick([s2hk, s2tw])
            hant.append(("ham", "zh-HK" if conv is s2hk else "zh-TW", "sms_service" if t.startswith("【") else "sms_contact", conv.convert(fill(t, S))))
    for t in hk_scam:
        for k in range(2):
            hant.append(("scam", "zh-TW" if any(w in t for w in ["台灣", "中華"]) else "zh-HK", "sms_unknown", fill(t, S)))
    for t in hk_ham:
        for k in range(2):
            hant.append(("ham", "zh-TW" if any(w in t for w in ["台北", "中華"]) else "zh-HK",
                         "sms_service" if t.startswith("【") else "sms_contact", fill(t, S)))
    for lang, t in en_scam:
        for k in range(2):
            m = fill(t, E)
            en.append(("scam", lang, pick(["sms_unknown", "sms_service"]), evade_en(m) if k == 1 and R.random() < 0.5 else m))
    for lang, t in en_ham:
        for k in range(2):
            m = fill(t, E)
            personal = ":" not in m.split(" ")[0] and not any(w in m for w in ["code", "OTP", "credited", "PNR", "transaction", "order", "parcel", "bill"])
            en.append(("ham", lang, "sms_contact" if personal else "sms_service", m))
    for name, rows in [("zh-CN.tsv", zh), ("zh-Hant.tsv", hant), ("en.tsv", en)]:
        n = write(os.path.join(OUT, name), rows)
        print(name, n, "messages;", sum(r[0] == "scam" for r in rows), "scam rows")

main()
