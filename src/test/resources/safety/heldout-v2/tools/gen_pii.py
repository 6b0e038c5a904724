# Generator for pii-heldout.tsv. Sentences are hand-written; the values are
# synthetic (seeded RNG) and rendered in the evasion style named in the
# placeholder: {PHONE|yao}, {ID|sp}, {EMAIL|word}, ...  Labels are derived
# automatically from the placeholders present (plus explicit extras).
import re
from gen_common import Gen, write_tsv, luhn_ok, id_check_char

g = Gen(11643)
R = g.r

CN = "零一二三四五六七八九"
DX = "零壹贰叁肆伍陆柒捌玖"
YAO = {"0": "洞", "1": "幺", "2": "两", "3": "三", "4": "四", "5": "五", "6": "六",
       "7": "拐", "8": "八", "9": "九"}
FW = {c: chr(ord(c) - ord("0") + ord("０")) for c in "0123456789"}
FW["X"] = "Ｘ"
EMOJI = ["🌸", "⭐", "💰", "🍀", "❤", "🔥", "🐱", "✨", "🌈", "🍎"]

GROUPS = {"PHONE": [3, 4, 4], "ID": [6, 4, 4, 4], "BANK": None, "QQ": None}


def groups(s, kind):
    pat = GROUPS.get(kind)
    if pat is None:
        pat = [4] * (len(s) // 4 + 1) if kind == "BANK" else [3] * (len(s) // 3 + 1)
    out, i = [], 0
    for n in pat:
        if i >= len(s):
            break
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return out


def cn_digit(c, table):
    return c if c == "X" else table[int(c)]


def render_digits(s, kind, style):
    if style in ("plain", None):
        return s
    if style in ("sp", "dash", "dot", "comma", "slash"):
        sep = {"sp": " ", "dash": "-", "dot": ".", "comma": "，", "slash": "/"}[style]
        return sep.join(groups(s, kind))
    if style == "fw":
        return "".join(FW[c] for c in s)
    if style == "fwsp":
        return "　".join("".join(FW[c] for c in grp) for grp in groups(s, kind))
    if style == "nl":
        k = R.randint(3, len(s) - 3)
        return s[:k] + "\\n" + s[k:]
    if style == "emoji":
        return R.choice(EMOJI).join(groups(s, kind))
    if style == "emoji1":  # one emoji between every digit pair at random spots
        out = ""
        for i, c in enumerate(s):
            out += c
            if i < len(s) - 1 and R.random() < 0.35:
                out += R.choice(EMOJI)
        return out
    if style == "cn":
        return "".join(cn_digit(c, CN) for c in s)
    if style == "dx":
        return "".join(cn_digit(c, DX) for c in s)
    if style == "yao":
        return "".join(YAO.get(c, c) for c in s)
    if style == "mix":
        return "".join(cn_digit(c, CN) if R.random() < 0.5 else c for c in s)
    if style == "mixfw":
        return "".join(FW[c] if R.random() < 0.5 else c for c in s)
    if style == "each":
        return " ".join(s)
    if style == "cnsp":
        return " ".join("".join(cn_digit(c, CN) for c in grp) for grp in groups(s, kind))
    if style == "star":
        return "*".join(groups(s, kind))
    if style == "paren":  # 138(1234)5678
        a = groups(s, kind)
        return a[0] + "(" + a[1] + ")" + "".join(a[2:])
    raise ValueError(style)


LOCALS = ["zhangwei", "lily.chen", "xiaoyu_2019", "wangfang88", "sunny.li", "mumu1207",
          "chenhao_work", "amy.zhou", "liuyang", "tianxin", "happybear", "yumi.h", "kevin_wu",
          "lanlan520", "hezhi2001", "jessie.guo", "momo_shop", "qinqin", "ben.xu", "luo.xiao"]
DOMAINS = ["163.com", "126.com", "qq.com", "gmail.com", "outlook.com", "sina.com", "foxmail.com",
           "yeah.net", "hotmail.com", "139.com", "aliyun.com"]


def email_parts():
    local = R.choice(LOCALS)
    if R.random() < 0.5:
        local += g.digits(R.randint(1, 3))
    dom = R.choice([d for d in DOMAINS if d != "qq.com"]) if R.random() < 0.85 else "qq.com"
    return local, dom


def render_email(style):
    local, dom = email_parts()
    name, tld = dom.rsplit(".", 1)
    if style in ("plain", None):
        return local + "@" + dom
    if style == "hash":
        return local + "#" + dom
    if style == "paren":
        return local + "(at)" + dom
    if style == "word":
        return local + " at " + name + " dot " + tld
    if style == "fwat":
        return local + "＠" + dom
    if style == "dian":
        return local + "@" + name + "点" + tld
    if style == "bracket":
        return local + "[at]" + name + "[.]" + tld
    if style == "space":
        return local + " @ " + dom
    if style == "cnat":
        return local + "艾特" + dom
    if style == "quan":
        return local + "圈a" + name + "." + tld
    if style == "upper":
        return (local + "@" + dom).upper()
    raise ValueError(style)


def render_wx(style):
    w = g.wechat()
    if style in ("plain", None):
        return w
    if style == "space":
        k = R.randint(2, len(w) - 2)
        return w[:k] + " " + w[k:]
    if style == "each":
        return " ".join(w)
    if style == "fw":
        return "".join(chr(ord(c) + 0xFEE0) if c.isascii() and c.isalnum() else c for c in w)
    if style == "upper":
        return w.upper()
    if style == "dash":
        return "-".join([w[:3], w[3:]])
    raise ValueError(style)


KIND_LABEL = {"ID": "ID_CARD", "BANK": "BANK_CARD", "PHONE": "PHONE", "EMAIL": "EMAIL",
              "WX": "WECHAT_ID", "QQ": "QQ_ID"}
ORDER = ["ID_CARD", "BANK_CARD", "PHONE", "EMAIL", "WECHAT_ID", "QQ_ID"]


def value(kind, style):
    if kind == "PHONE":
        return render_digits(g.phone(), "PHONE", style)
    if kind == "ID":
        want_x = None
        if style and style.endswith("X"):
            style, want_x = style[:-1], True
        return render_digits(g.id_card(want_x), "ID", style)
    if kind == "BANK":
        return render_digits(g.bank(), "BANK", style)
    if kind == "QQ":
        return render_digits(g.qq(), "QQ", style)
    if kind == "EMAIL":
        return render_email(style)
    if kind == "WX":
        return render_wx(style)
    raise ValueError(kind)


PH = re.compile(r"\{(ID|BANK|PHONE|EMAIL|WX|QQ)(?:\|(\w+))?\}")

# (extra labels, template). One line each.
PII = [
    ("", "我电话{PHONE}，到了直接打给我"),
    ("", "收货人王女士 {PHONE|sp} 地址就是群公告那个小区"),
    ("", "加我微信{WX}一起砍，互相帮忙"),
    ("", "威信：{WX}"),
    ("", "V信 {WX|space} 备注拼多多"),
    ("", "vx{WX}"),
    ("", "薇{WX}，通过一下谢谢"),
    ("", "绿色软件搜 {WX} 就能找到我"),
    ("", "+V {WX} 拉你"),
    ("", "V❤ {WX}"),
    ("", "有事扣扣联系 {QQ}"),
    ("", "企鹅号{QQ|sp}"),
    ("", "q号{QQ|cn}"),
    ("", "球球{QQ|emoji1}"),
    ("", "我的邮箱 {EMAIL}，发我就行"),
    ("", "发到{EMAIL|hash}（#换成@）"),
    ("", "邮件：{EMAIL|paren}"),
    ("", "mail me: {EMAIL|word}"),
    ("", "身份证号{ID}，帮我看看这样能不能注册"),
    ("", "实名信息：张某 {ID|sp}"),
    ("", "建行卡{BANK|sp}，户名李某某"),
    ("", "退款打到这张卡：{BANK}"),
    ("", "手机{PHONE|yao}"),
    ("", "电话是{PHONE|cn}"),
    ("", "{PHONE|dash} 这是我老婆的号，找不到我就打她"),
    ("", "打我电话 {PHONE|fw}"),
    ("", "号码 {PHONE|fwsp}"),
    ("", "我手机号是{PHONE|nl}"),
    ("", "联系方式{PHONE|emoji}"),
    ("", "手机号{PHONE|each}"),
    ("", "📞{PHONE|dot}"),
    ("", "我的号{PHONE|mix}"),
    ("", "微信同号{PHONE}，加的时候说一下群名"),
    ("", "身份证{ID|fw}"),
    ("", "sfz {ID|nl}"),
    ("", "证件号码：{ID|dashX}"),
    ("", "卡号{BANK|dash}，开户行工商银行"),
    ("", "银行卡 {BANK|fw}"),
    ("", "收款账户{BANK|nl}"),
    ("", "我的卡是{BANK|cn}"),
    ("", "{EMAIL|fwat} 这是我工作邮箱"),
    ("", "邮箱{EMAIL|dian}"),
    ("", "{EMAIL|bracket}"),
    ("", "要发票的话发我邮箱{EMAIL}，有问题打{PHONE}"),
    ("", "姓名：刘某\\n电话：{PHONE}\\n身份证：{ID}"),
    ("", "帮我查一下这个号{PHONE|sp}，她说她是快递员"),
    ("", "我老公电话{PHONE}，我的{PHONE|dash}，谁打都行"),
    ("", "加我QQ{QQ}或者微信{WX}都可以"),
    ("", "扣扣{QQ|yao}"),
    ("", "到付，打这个电话{PHONE|comma}"),
    ("", "联系人陈先生，{PHONE}，麻烦放门卫"),
    ("", "有货了通知我哈：{PHONE|paren}"),
    ("", "号码给你：{PHONE|mix}，汉字数字混着写防屏蔽"),
    ("", "我微信号呢就是下面这个，记一下啊：{WX}"),
    ("", "我的那个绿色聊天软件号是 {WX|each}"),
    ("", "wx：{WX|upper} 大写小写都行"),
    ("", "微{WX}，看到消息回我"),
    ("", "V：{WX|dash}"),
    ("", "搜我vx号码 {WX|fw}"),
    ("", "加威{WX}，我拉你们进家庭群"),
    ("", "我QQ邮箱就是{EMAIL}，平时不怎么看"),
    ("", "有问题发邮件给{EMAIL|upper}"),
    ("", "我的邮件地址是 {EMAIL|space}"),
    ("", "邮箱：{EMAIL|cnat}"),
    ("", "e-mail {EMAIL|quan}（圈a就是那个符号）"),
    ("", "我身份证是{ID|cnsp}"),
    ("", "身份证号码你帮我填一下：{ID|mix}"),
    ("", "sfz号 {ID|dx}"),
    ("", "帮我妈注册一下，她身份证{IDX}，手机{PHONE}"),
    ("", "实名认证不过，号码是{ID|emoji}，是不是哪里错了"),
    ("", "证件：{ID|fwsp}"),
    ("", "这是我的银行卡号{BANK|each}"),
    ("", "农行{BANK|mixfw}"),
    ("", "转到这个卡{BANK|dot}，名字我私发你"),
    ("", "卡 号 {BANK|sp}\\n开户行：建设银行某某支行"),
    ("", "工资卡{BANK|emoji}"),
    ("", "银行卡号{BANK|dx}"),
    ("", "qq：{QQ}，加的时候备注一下"),
    ("", "扣扣号{QQ|fw}"),
    ("", "🐧{QQ|each}"),
    ("", "我q {QQ|mix}"),
    ("", "加企鹅 {QQ|nl}"),
    ("", "QQ号是{QQ|dash}，有事留言"),
    ("", "扣扣群不方便，加我个人的{QQ}吧"),
    ("", "{PHONE}"),
    ("", "{WX}"),
    ("", "电话{PHONE|slash}"),
    ("", "手机：{PHONE|mixfw}"),
    ("", "找我的话打{PHONE|cnsp}，白天都在"),
    ("", "麻烦快递小哥联系{PHONE|sp}，家里没人就放快递柜"),
    ("", "那个商家的电话我发你：{PHONE}，你自己问"),
    ("", "请联系收件人，号码后面我用汉字写：{PHONE|cn}"),
    ("", "我换号了，新号{PHONE|emoji1}，老号不用了"),
    ("", "这是我儿子手机 {PHONE|dx}，有事找他也行"),
    ("", "电话{PHONE|yao}，注意是幺不是七"),
    ("", "紧急联系人：{PHONE|nl}"),
    ("", "到了给我打电话哦 {PHONE|dot}"),
    ("", "加我vx，vx号{WX|space}，或者直接打{PHONE}"),
    ("", "如果微信加不上就加扣扣{QQ}，邮箱{EMAIL|hash}也可以"),
    ("", "退货地址：某某路18号 收件人：周某 {PHONE}"),
    ("", "姓名周某\\n身份证 {ID|sp}\\n卡号 {BANK|sp}\\n预留手机 {PHONE}"),
    ("", "帮我看下这张卡是哪个银行的：{BANK}"),
    ("", "我刚才那张卡号打错了，是{BANK|dash}"),
    ("", "工行{BANK|nl}"),
    ("", "信用卡{BANK|comma}"),
    ("", "报名表：身份证号{ID}，联系电话{PHONE|dash}，邮箱{EMAIL}"),
    ("", "我的QQ是{QQ|cn}，微信是{WX}"),
    ("", "Add me on WeChat: {WX}, or email {EMAIL|word}"),
    ("", "威 信 {WX|each}"),
    ("", "v{WX}，来了说是群里的"),
    ("", "微信换了，新的是{WX}，旧号别加了"),
    ("", "我的扣扣{QQ|fwsp}"),
    ("", "Q：{QQ|emoji}"),
    ("", "球球号{QQ|cnsp}"),
    ("", "身份证复印件上的号是{ID|plainX}，帮我核对一下"),
    ("", "办卡要的信息：{ID|dash}"),
    ("", "宝宝的医保登记，身份证{ID|each}"),
    ("", "sfz：{ID|yao}"),
    ("", "邮箱写这个 {EMAIL|paren}，别写错了"),
    ("", "作业发我邮箱{EMAIL|dian}就行"),
    ("", "打 {PHONE|fw} 或者 {PHONE|sp} 都能找到我"),
    ("", "我手机号你记一下：{PHONE|star}（星号只是分隔，不是打码）"),
    ("", "电话那头说让我回拨{PHONE}，这是谁啊"),
    ("", "用这个手机号下的单：{PHONE|mix}"),
    ("", "QQ {QQ}，微信还没开通"),
    ("", "发个邮件到{EMAIL}，标题写群名"),
    ("", "还款卡{BANK|fwsp}"),
    ("", "我姐说她手机号是{PHONE|cnsp}，让你直接联系她"),
    ("", "扣{QQ}"),
    ("", "这是我的绿泡泡：{WX|fw}"),
    ("", "身份证尾号是X的那个，全号{IDX}"),
    ("", "帮忙填一下收货信息：\\n王某某\\n{PHONE|sp}\\n某某区某某街道"),
    ("", "我的卡：{BANK|star}"),
    ("", "qq号码{QQ|dot}"),
    ("", "email是 {EMAIL|fwat}，谢谢"),
    ("", "手机{PHONE|fwsp}，微信{WX|space}"),
    ("", "把钱转到{BANK}，户名写我老公的"),
    ("", "邮箱 {EMAIL|bracket} 收到请回复"),
    ("", "有事可以打我电话，号码是{PHONE|emoji}，晚上十点以后别打"),
    ("", "身份证 {ID|fw} 手机 {PHONE|fw}"),
]

NON_PII = [
    "订单号{PDD}，今天刚发货",
    "淘宝订单编号{TB}，麻烦帮我催一下",
    "京东订单{JD}，显示已出库",
    "顺丰SF{D13}，明天应该能到",
    "圆通YT{D13}，一直没更新物流",
    "极兔JT{D13}",
    "中通单号{ZT}，显示已签收但我没收到",
    "下单时间{TS}，付款后一直没发货",
    "今天{TS2}抢到的，¥39.9",
    "券后价12.8，原价29.9，两件再减3元",
    "优惠码 {CPN}，满100减15，有需要的自己用",
    "口令{SHARE}，打开拼多多就能看到",
    "尾号{L4}的那张卡付的款，怎么显示没到账",
    "我手机尾号{L4}，取件码是{PICK}",
    "收到一个6位数的验证码，我没发给任何人",
    "验证码五分钟内有效，别告诉别人",
    "3栋2单元{ROOM}室，放门口就行",
    "买了12件，一共花了{PRICE}元",
    "活动时间：6月18日0点到6月20日24点",
    "商品ID {GOODS}，你搜一下就出来了",
    "goods_id={GOODS} 这个是我要的那款",
    "快递柜取件码{PICK}，帮我拿一下",
    "我的手机号是138****{L4}，后面就不发了",
    "身份证后四位{L4}，这样可以吗？不想发全号",
    "银行卡只发后四位：{L4}",
    "今天步数{STEPS}，多多果园领水滴了",
    "第{N3}名，差{N2}个人就能领",
    "客服热线400-{D3}-{D4}，工作日9点到18点",
    "发票号码{D8}，开票日期2024年3月5日",
    "快递单号JDX{D12}，京东物流很快",
    "我助力了{N2}次，还剩{N1}次",
    "砍价还差{PRICE}元",
    "退款{PRICE}已原路退回，预计1-3个工作日到账",
    "这个券编号{CPN}，在领券中心能看到",
    "复制整段￥{TKL}￥到手机淘宝",
    "拼单号{D10}，还差一人",
    "房间号{ROOM}，酒店前台可以代收",
    "{TS}",
    "2024年6月18日 凌晨{HH}点{MM}分 下单成功",
    "积分{N4}，能换一张5元券",
    "第{N3}期活动开始了",
    "电费交了{PRICE}元，户号{D10}",
    "群号先别发了，群满了",
    "@群主 麻烦看下我的链接",
    "@小雨 你的砍价链接失效了，重新发一下",
    "邀请码{CPN}，新人填了有红包",
    "快递到了，驿站取件码{PICK2}",
    "运单号：{ZT}（中通）",
    "订单编号：{TB}，请核对",
    "今天共砍了{N2}刀，还差{PRICE}",
    "我的拼多多ID是我昵称加数字，群里搜“小鱼{N2}”就行",
    "12期免息，每期{PRICE}元",
    "生日是3月15日，到时候提醒我领生日券",
    "工号{D6}，有问题报我工号",
    "车牌号就不发了，停在B2-{N3}号车位",
    "商品编码{D13}，条形码扫出来的",
    "这个链接里的数字是{GOODS}，不是手机号哦",
    "版本号8.{N2}.{N1}，升级一下就能砍了",
    "账单日每月{DAY}号，还款日再往后20天",
    "宿舍{ROOM}，学号就不说了",
    "批次号{BATCH}，生产日期2024-05-{DAY}",
    "快递：YT{D13}，收件人：张女士，地址：某某小区{ROOM}",
]


def nonpii_fill(s):
    def rep(m):
        k = m.group(1)
        if k == "PDD":
            return "24" + "%02d%02d" % (R.randint(1, 6), R.randint(1, 28)) + "-" + g.digits(15)
        if k == "TB":
            while True:
                v = R.choice("2345") + g.digits(18)
                if not luhn_ok(v):
                    return v
        if k == "JD":
            return R.choice("23") + g.digits(11)
        if k.startswith("D") and k[1:].isdigit():
            n = int(k[1:])
            v = R.choice("23456789") + g.digits(n - 1)
            if n == 18:
                raise ValueError
            return v
        if k == "ZT":
            return "7" + g.digits(13)
        if k == "TS":
            return "2024-%02d-%02d %02d:%02d:%02d" % (R.randint(1, 6), R.randint(1, 28), R.randint(0, 23),
                                                      R.randint(0, 59), R.randint(0, 59))
        if k == "TS2":
            return "%02d:%02d:%02d" % (R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))
        if k == "CPN":
            return "PDD" + g.code(6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
        if k == "SHARE":
            return g.code(R.randint(7, 10))
        if k == "TKL":
            return g.code(11)
        if k == "L4":
            return g.digits(4)
        if k == "PICK":
            return "%d-%d-%04d" % (R.randint(1, 9), R.randint(1, 6), R.randint(0, 9999))
        if k == "PICK2":
            return g.digits(6, first_nonzero=True)
        if k == "ROOM":
            return str(R.randint(1, 32)) + "%02d" % R.randint(1, 12)
        if k == "PRICE":
            return "%d.%02d" % (R.randint(1, 399), R.randint(0, 99))
        if k == "GOODS":
            return R.choice("23456789") + g.digits(R.randint(8, 11))
        if k == "STEPS":
            return str(R.randint(3000, 25000))
        if k == "N1":
            return str(R.randint(1, 9))
        if k == "N2":
            return str(R.randint(10, 99))
        if k == "N3":
            return str(R.randint(100, 999))
        if k == "N4":
            return str(R.randint(1000, 9999))
        if k == "HH":
            return str(R.randint(0, 5))
        if k == "MM":
            return "%02d" % R.randint(0, 59)
        if k == "DAY":
            return str(R.randint(1, 28))
        if k == "BATCH":
            return "B" + g.digits(8)
        raise ValueError(k)
    return re.sub(r"\{(\w+)\}", rep, s)


def pii_fill(extra, tpl):
    labels = set(x for x in extra.split(",") if x)

    def rep(m):
        kind, style = m.group(1), m.group(2)
        labels.add(KIND_LABEL[kind])
        return value(kind, style)
    # {IDX} shorthand = ID with X check char, plain
    tpl = tpl.replace("{IDX}", "{ID|plainX}")
    msg = PH.sub(rep, tpl)
    return ",".join(l for l in ORDER if l in labels), msg


rows = [pii_fill(e, t) for e, t in PII] + [("-", nonpii_fill(t)) for t in NON_PII]
R.shuffle(rows)
write_tsv("pii-heldout.tsv", [
    "pii-heldout v2 - hand-written sentences, synthetic values (valid ID check chars, Luhn-valid 62xx cards).",
    "Format: LABELS<TAB>message; LABELS = comma-separated subset of ID_CARD,BANK_CARD,PHONE,EMAIL,WECHAT_ID,QQ_ID or '-'.",
    "Literal \\n in a message = line break (possibly inside a number). See README.md.",
], rows)
print(len(rows), sum(1 for l, _ in rows if l != "-"))
