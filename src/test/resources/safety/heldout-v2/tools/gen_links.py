# Generator for links-heldout.tsv. Messages are hand-written; goods ids, share
# codes and similar are filled from a seeded RNG. IP forms and punycode are
# computed so they are exact. Invisible / homoglyph characters are written as
# Python escapes here and appear literally in the TSV.
import ipaddress
import re
from gen_common import Gen, write_tsv

g = Gen(5891)
R = g.r

IP = "203.0.113.45"          # TEST-NET-3, documentation range
IP_INT = int(ipaddress.ip_address(IP))
IP_DEC = str(IP_INT)
IP_HEX = hex(IP_INT)
IP_OCT = ".".join("0%o" % int(p) if int(p) else "0" for p in IP.split("."))
PUNY_TAOBAO = "t\u0430obao.com".encode("idna").decode()           # Cyrillic a
PUNY_PDD = "pind\u0443oduo.com".encode("idna").decode()            # Cyrillic u
PUNY_YKD = "mobile.y\u0430ngkeduo.com".encode("idna").decode()
CYR_O = "\u043e"
CYR_A = "\u0430"

ATTACK = [
    # unknown domains
    "帮我砍一刀 https://pdd-kanjia.top/share?id={N}",
    "免费领：http://lingquan888.cn/a/{K}",
    "https://www.haoquan-vip.com/coupon?from=group",
    "点这里进群 https://join-group.xyz/g/{K}",
    "http://zhuli.fun/{K}",
    "最新红包活动 https://hb.redpacket-cn.net/open?uid={N}",
    "https://kanjia.shop/pdd/{N}",
    "京东返利 https://jdfanli.cc/item/{G}",
    "https://huzhu-club.com/invite/{K}",
    "填个问卷送券 https://docs.qq.com/form/page/{K}",
    "看这篇攻略 https://mp.weixin.qq.com/s/{K}",
    "https://www.douyin.com/video/{G}",
    "https://sites.google.com/view/pdd-free-{K}",
    "https://www.baidu.com/link?url={K}{K}",
    # look-alikes
    "https://pinduoduo-help.com/refund",
    "https://yangkeduo.com.evil.cn/goods.html?goods_id={G}",
    "https://item.taobao.co/item.htm?id={G}",
    "https://mobile.yangkeduo.com.kanjia.top/goods.html?goods_id={G}",
    "https://pinduoduo.cm/",
    "http://pindu0duo.com/bargain",
    "https://yangkeduo.net/goods.html?goods_id={G}",
    "https://m-yangkeduo.com/goods?id={G}",
    "https://tmall.com.cn/activity",
    "https://detail.tmall.co/item.htm?id={G}",
    "https://item.jd.co/{G}.html",
    "https://notjd.com/{G}.html",
    "https://mytaobao.com/item?id={G}",
    "https://huzhu.io.cn/join",
    "https://huzhu-io.com/join?code={K}",
    "https://taobao.com-coupon.top/get",
    "https://www.tmall-vip.com/",
    "https://pinduoduo.com.cn.refund-center.cc/",
    "https://jdd.com/",
    "https://yangkeduo.corn/goods.html?goods_id={G}",
    "https://jd.com.evil.cn/login",
    "https://huzhu.io.evil.cn/join",
    "https://taobaoo.com/item.htm?id={G}",
    # homoglyphs
    "https://pindu" + CYR_O + "duo.com/",
    "https://t" + CYR_A + "obao.com/item.htm?id={G}",
    "快来 https://mobile.y" + CYR_A + "ngkeduo.com/goods.html?goods_id={G} 帮我砍",
    "https://j\u0501.com/{G}.html",
    "https://detail.tmaIl.com/item.htm?id={G}",
    # userinfo / parser tricks
    "https://pinduoduo.com@evil.cn/",
    "https://mobile.yangkeduo.com:443@" + IP + "/goods.html",
    "https://item.taobao.com%40evil.cn/item.htm",
    "https://user:pass@item.jd.com/{G}.html",
    "https://evil.cn\\@taobao.com/",
    "https:\\\\evil.cn\\pdd\\share",
    "https://evil.cn/jump?url=https://item.taobao.com/item.htm?id={G}",
    "https://evil-mirror.com/taobao.com/item.htm?id={G}",
    # IP addresses
    "http://" + IP + "/pdd/share",
    "http://" + IP_DEC + "/kanjia",
    "http://" + IP_HEX + "/kanjia",
    "http://" + IP_OCT + "/hb",
    "http://[2001:db8::7]/kanjia",
    "198.51.100.23:8080/coupon",
    "红包地址 http://203.0.113.9:8888/open 先到先得",
    # non-default ports on allowlisted hosts and others
    "https://mobile.yangkeduo.com:8443/goods.html?goods_id={G}",
    "http://jd.com:8080/",
    "https://item.taobao.com:3000/item.htm?id={G}",
    "https://evil-shop.cn:9999/",
    # shorteners
    "t.cn/A6{K}",
    "帮我点下 https://dwz.cn/{K}",
    "https://bit.ly/3{K}",
    "http://url.cn/{K}",
    "https://suo.im/{K}",
    "https://tinyurl.com/{K}",
    "https://is.gd/{K}",
    "淘宝分享 https://m.tb.cn/h.{K}",
    "https://w.url.cn/s/{K}",
    # non-web schemes
    "javascript:alert(document.cookie)",
    "JavaScript:void(location='//evil.cn')",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "file:///sdcard/Download/pdd.apk",
    "intent://scan/#Intent;scheme=zxing;package=com.evil.app;end",
    "weixin://dl/business/?t={K}",
    "alipays://platformapi/startapp?appId=20000067&url=https%3A%2F%2Fevil.cn%2Fpay",
    "itms-services://?action=download-manifest&url=https://evil.cn/app.plist",
    "ftp://files.evil.cn/pdd.apk",
    "mqqapi://card/show_pslcard?src_type=internal&uin={N}",
    # invisible characters inside hosts
    "https://pinduo\u200bduo.com/",
    "https://mobile.yangkeduo\u200c.com/goods.html?goods_id={G}",
    "https://tao\u00adbao.com/item.htm?id={G}",
    "https://jd\u2060.com/",
    "https://hb\ufeff.evil.cn/open",
    # obfuscated dots / spaces
    "打开 pdd-fanli点com 就能领",
    "kanjia。top/{K}",
    "lingquan\uff0evip/{K}",
    "zhuli(dot)cn/{K}",
    "hongbao[.]cc/get",
    "w w w . q u a n 8 8 . c n",
    "在浏览器输入 fanli 点 net 斜杠 go，新人送20",
    "领券：juan\uff18\uff18.com/q",
    # no scheme / protocol-relative
    "复制到浏览器打开：www.pdd-coupon.cn/x/{K}",
    "kanjia-vip.com/share?id={N}",
    "//evil.cn/pdd",
    "//pinduoduo.com.evil.cn/goods.html",
    # percent-encoded / punycode
    "https://%65%76%69%6c.cn/",
    "https://pinduoduo.com%2eevil.cn/",
    "https://" + PUNY_TAOBAO + "/item.htm?id={G}",
    "https://" + PUNY_PDD + "/",
    "https://" + PUNY_YKD + "/goods.html?goods_id={G}",
    # embedded in sentences / mixed
    "家人们帮我点一下https://pdd-kj.cn/a/{K}，谢谢啦",
    "领券地址→http://quan.tbk-fanli.com/q?id={N}←复制打开",
    "https://mobile.yangkeduo.com/goods.html?goods_id={G} 打不开的话用备用链接 https://yangkeduo-backup.cn/goods",
    "HTTPS://PDD-REFUND.TOP/CLAIM",
    "退款请点：https://refund-pinduoduo.com/r/{K} 客服24小时在线",
]

ALLOW = [
    "https://mobile.yangkeduo.com/goods.html?goods_id={G}",
    "帮我砍一刀 https://mobile.yangkeduo.com/goods2.html?goods_id={G}&page_from=35&share_uin={K}",
    "https://mobile.pinduoduo.com/goods.html?goods_id={G}",
    "https://item.taobao.com/item.htm?id={G}",
    "这个好看 https://item.taobao.com/item.htm?spm=a1z10.1-c.w4004.1.{K}&id={G}",
    "https://detail.tmall.com/item.htm?id={G}&skuId={G}",
    "https://item.jd.com/{G}.html",
    "http://item.jd.com/{G}.html",
    "京东的这个 https://u.jd.com/{K} 便宜",
    "https://s.click.taobao.com/{K}",
    "我们的互助规则在这里 https://huzhu.io/g/{K}",
    "邀请你加入互助小组：https://www.huzhu.io/join?code={K}",
    "https://app.huzhu.io/rules",
    "https://s.taobao.com/search?q=%E6%B0%B4%E6%9D%AF",
    "https://h5.m.taobao.com/awp/core/detail.htm?id={G}",
    "https://pages.tmall.com/wow/z/hdwk/act-20240618/index",
    "https://m.jd.com/",
    "https://www.pinduoduo.com/",
    "pinduoduo官网 https://pinduoduo.com",
    "HTTPS://ITEM.JD.COM/{G}.HTML",
    "https://Mobile.YangKeDuo.com/goods.html?goods_id={G}",
    "两个都帮我点下：https://mobile.yangkeduo.com/goods.html?goods_id={G} 和 https://mobile.yangkeduo.com/goods.html?goods_id={G}",
    "https://mobile.yangkeduo.com/pincard_ask.html?__rp_name=brand_amazing_price_group&group_order_id={N}",
    "还差一人成团 https://mobile.yangkeduo.com/pincard_ask.html?group_order_id={N}&refer_share_channel=message",
    "https://chaoshi.tmall.com/",
    "https://cart.taobao.com/cart.htm",
    "订单在这看 https://buyertrade.taobao.com/trade/itemlist/list_bought_items.htm",
    "https://club.jd.com/comment/productPageComments.action?productId={G}&score=0&page=0",
    "售后入口 https://help.jd.com/user/issue.html",
    "https://m.tmall.com/",
    "https://world.taobao.com/",
    "规则第三条 https://huzhu.io/#rules",
    "http://yangkeduo.com/",
    "大家帮忙点点，https://mobile.yangkeduo.com/goods.html?goods_id={G}&refer_share_channel=message ，感谢！",
    "https://item.jd.com/{G}.html#comment",
    "https://detail.tmall.com/item.htm?spm=a220m.1000858.1000725.1.{K}&id={G}",
    "https://pro.jd.com/mall/active/{K}/index.html",
    "https://mobile.yangkeduo.com/promotion_op.html?type=47&id={N}",
    "https://a.m.taobao.com/i{G}.htm",
    "https://jd.com/?cu=true&utm_source=group&utm_medium=share",
    "http://m.jd.com/product/{G}.html",
    "https://docs.huzhu.io/faq",
    "https://tmall.com",
    "https://item.jd.com/{G}.html谢谢大家",
    # messages without links
    "这个群只能发拼多多、淘宝、京东的链接，其他的一律不行",
    "我在taobao上看到的，搜“折叠凳”就有",
    "商品ID是{G}，去拼多多里搜一下",
    "链接发不出来，我截图吧 [图片]",
    "砍价链接在上面，往上翻一下",
    "用拼多多APP扫一扫就行，不用点链接",
]


def fill(s):
    s = s.replace("{G}", "§G").replace("{K}", "§K").replace("{N}", "§N")
    out = ""
    i = 0
    while i < len(s):
        if s[i] == "§":
            k = s[i + 1]
            if k == "G":
                out += R.choice("123456789") + g.digits(R.randint(9, 11))
            elif k == "K":
                out += g.code(R.randint(6, 8))
            else:
                out += R.choice("123456789") + g.digits(R.randint(8, 12))
            i += 2
        else:
            out += s[i]
            i += 1
    return out


rows = [("ATTACK", fill(x)) for x in ATTACK] + [("ALLOW", fill(x)) for x in ALLOW]
R.shuffle(rows)
write_tsv("links-heldout.tsv", [
    "links-heldout v2 - ATTACK = must be rejected or held; ALLOW = must pass.",
    "Allowlist: pinduoduo.com, yangkeduo.com, taobao.com, tmall.com, jd.com, huzhu.io and their subdomains.",
    "Some lines contain invisible or homoglyph characters on purpose. Literal \\n = line break. See README.md.",
], rows)
print(len(rows), len(ATTACK), len(ALLOW))
