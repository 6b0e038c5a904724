package io.huzhu.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class PiiDetectorUnitTests {

    private final PiiDetector detector = new PiiDetector();

    private Finding only(String text, FindingType type) {
        List<Finding> findings = detector.find(text);
        assertThat(findings).as(text).hasSize(1);
        Finding f = findings.getFirst();
        assertThat(f.type()).as(text).isEqualTo(type);
        return f;
    }

    private void covers(String text, FindingType type, String asWritten) {
        Finding f = only(text, type);
        assertThat(text.substring(f.start(), f.end())).isEqualTo(asWritten);
    }

    private void nothing(String text) {
        assertThat(detector.find(text)).as(text).isEmpty();
    }

    @Test
    void idCardWithCheckCharacterRegionAndDate() {
        String text = "我身份证号是11010519491231002X谢谢";
        Finding f = only(text, FindingType.ID_CARD);
        assertThat(text.substring(f.start(), f.end())).isEqualTo("11010519491231002X");
        assertThat(f.rule()).isEqualTo("pii.id_card.gb11643");
        assertThat(f.action()).isEqualTo(Action.REJECT);
        assertThat(f.explanationZh()).contains("身份证").doesNotContain("1101");
        assertThat(f.explanationEn()).contains("ID card").doesNotContain("1101");
        covers("证件 11010519491231002x", FindingType.ID_CARD, "11010519491231002x");
    }

    @Test
    void idCardFailingAnyCheckIsNotAnId() {
        nothing("110105194912310021"); // wrong check character
        nothing("99010519491231002X".replace("99", "19")); // region 19 does not exist
        nothing("11010518991231002X"); // year before 1900 (check character wrong too)
        assertThat(detector.find("110105194902300021")).noneMatch(f -> f.type() == FindingType.ID_CARD); // 30 Feb
    }

    @Test
    void idCardBornInTheFutureIsNotAnId() {
        // 11010520300101 + seq 001: valid in 2031, not before
        String id = withCheck("11010520300101001");
        PiiDetector in2026 = new PiiDetector(Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneId.of("UTC")));
        PiiDetector in2031 = new PiiDetector(Clock.fixed(Instant.parse("2031-06-01T00:00:00Z"), ZoneId.of("UTC")));
        assertThat(in2026.find(id)).noneMatch(f -> f.type() == FindingType.ID_CARD);
        assertThat(in2031.find(id)).anyMatch(f -> f.type() == FindingType.ID_CARD);
    }

    @Test
    void legacyFifteenDigitIdNeedsAKeyword() {
        covers("旧身份证110105491231002还能用吗", FindingType.ID_CARD, "110105491231002");
        assertThat(only("证件号 110105491231002", FindingType.ID_CARD).rule()).isEqualTo("pii.id_card.legacy15");
        nothing("运单号 110105491231002 到哪了");
        nothing("110105491231002");
    }

    @Test
    void idCardEvasions() {
        covers("身份证 110105 1949-1231 002X 收到吗", FindingType.ID_CARD, "110105 1949-1231 002X");
        covers("１１０１０５１９４９１２３１００２Ｘ", FindingType.ID_CARD, "１１０１０５１９４９１２３１００２Ｘ");
        covers("号码一一零一零五一九四九一二三一零零二X", FindingType.ID_CARD, "一一零一零五一九四九一二三一零零二X");
        covers("110105\u200b19491231\u200b002X", FindingType.ID_CARD, "110105\u200b19491231\u200b002X");
        covers("看110105🔥19491231🔥002X", FindingType.ID_CARD, "110105🔥19491231🔥002X");
    }

    @Test
    void bankCardByLuhnAndByKeyword() {
        Finding luhn = only("6222025260181590832", FindingType.BANK_CARD);
        assertThat(luhn.rule()).isEqualTo("pii.bank_card.luhn");
        assertThat(luhn.action()).isEqualTo(Action.REJECT);
        covers("打到 6222 0252 6018 1590 832 就行", FindingType.BANK_CARD, "6222 0252 6018 1590 832");
        Finding keyword = only("卡号：6225880123456789018", FindingType.BANK_CARD);
        assertThat(keyword.rule()).isEqualTo("pii.bank_card.keyword");
        nothing("6225880123456789018"); // fails Luhn, no keyword
        nothing("订单号 2403151234567890128"); // starts like a date: not a card scheme
        covers("六二二二零二五二六零一八一五九零八三二", FindingType.BANK_CARD, "六二二二零二五二六零一八一五九零八三二");
    }

    @Test
    void mainlandMobileWithPrefixesAndEvasions() {
        Finding f = only("电话13800138000", FindingType.PHONE);
        assertThat(f.rule()).isEqualTo("pii.phone.mainland");
        assertThat(f.action()).isEqualTo(Action.MASK);
        covers("打 +86 138 0013 8000 找我", FindingType.PHONE, "86 138 0013 8000");
        covers("0086-13800138000", FindingType.PHONE, "0086-13800138000");
        covers("8613800138000", FindingType.PHONE, "8613800138000");
        covers("1 3 8-0013-8000", FindingType.PHONE, "1 3 8-0013-8000");
        covers("一三八零零一三八零零零", FindingType.PHONE, "一三八零零一三八零零零");
        covers("１３８００１３８０００", FindingType.PHONE, "１３８００１３８０００");
        covers("①③⑧⓪⓪①③⑧⓪⓪⓪", FindingType.PHONE, "①③⑧⓪⓪①③⑧⓪⓪⓪");
        covers("138😀0013😀8000", FindingType.PHONE, "138😀0013😀8000");
        covers("13800138000一起拼", FindingType.PHONE, "13800138000");
        covers("3 13800138000", FindingType.PHONE, "13800138000");
    }

    @Test
    void phoneLookAlikesAreNot() {
        nothing("12345678901");
        nothing("订单号 138001380001234");
        nothing("138****8000");
        nothing("10086");
        nothing("400-820-8820");
        nothing("1380013800"); // ten digits
    }

    @Test
    void email() {
        Finding f = only("发到 zhang.san@example.com 谢谢", FindingType.EMAIL);
        assertThat(f.rule()).isEqualTo("pii.email");
        covers("发到 zhang.san@example.com。", FindingType.EMAIL, "zhang.san@example.com");
        covers("13800138000@163.com", FindingType.EMAIL, "13800138000@163.com");
        covers("ａｂｃ＠ｑｑ．ｃｏｍ", FindingType.EMAIL, "ａｂｃ＠ｑｑ．ｃｏｍ");
        nothing("@所有人 今晚8点");
        nothing("a@b");
    }

    @Test
    void wechatAndQqAfterKeywords() {
        Finding wx = only("加微信：zhangsan_2024 拉你", FindingType.WECHAT_ID);
        assertThat(wx.rule()).isEqualTo("pii.wechat.keyword");
        covers("加微信：zhangsan_2024 拉你", FindingType.WECHAT_ID, "zhangsan_2024");
        covers("vx abc12345", FindingType.WECHAT_ID, "abc12345");
        covers("加V Lily8866", FindingType.WECHAT_ID, "Lily8866");
        covers("威信 13800138000", FindingType.WECHAT_ID, "13800138000");
        covers("wxid_8k2j3h4g5f", FindingType.WECHAT_ID, "wxid_8k2j3h4g5f");
        Finding qq = only("扣扣：987654321", FindingType.QQ_ID);
        assertThat(qq.rule()).isEqualTo("pii.qq.keyword");
        covers("扣扣：987654321", FindingType.QQ_ID, "987654321");
        covers("QQ12345678", FindingType.QQ_ID, "12345678");
        covers("企鹅 ⑨⑧⑦⑥⑤④③", FindingType.QQ_ID, "⑨⑧⑦⑥⑤④③");
        nothing("微信群里说过了");
        nothing("vx 群满了");
        nothing("QQ群 123456789");
        nothing("微信 abc"); // too short for a WeChat id
    }

    @Test
    void negatives() {
        for (String text : List.of(
                "订单号 240315-123456789012345",
                "2026-11-24 15:30:00",
                "20261124153000",
                "¥12.34",
                "1,234.00 元",
                "100块",
                "7M78GYNB",
                "550e8400-e29b-41d4-a716-446655440000",
                "砍了 3 刀",
                "2025 年",
                "123456789012345678")) {
            nothing(text);
        }
    }

    @Test
    void severalFindingsInOrderWithoutOverlap() {
        String text = "身份证11010519491231002X 手机13800138000 邮箱 kan@163.com";
        List<Finding> findings = detector.find(text);
        assertThat(findings)
                .extracting(Finding::type)
                .containsExactly(FindingType.ID_CARD, FindingType.PHONE, FindingType.EMAIL);
    }

    @Test
    void masking() {
        String text = "电话 138 0013 8000，身份证11010519491231002X，邮箱 zhang@qq.com，vx abc12345";
        String masked = PiiDetector.mask(text, detector.find(text));
        assertThat(masked).isEqualTo("电话 138 **** 8000，身份证******************，邮箱 z****@qq.com，vx ********");
        assertThat(PiiDetector.mask("+8613800138000", detector.find("+8613800138000")))
                .isEqualTo("+86138****8000");
        assertThat(PiiDetector.mask("一三八零零一三八零零零", detector.find("一三八零零一三八零零零")))
                .isEqualTo("一三八****八零零零");
        assertThat(PiiDetector.mask("hello", List.of())).isEqualTo("hello");
    }

    @Test
    void numbersSplitByLineBreaksCommasDotsAndEmoji() {
        covers("身份证\n110105\n19491231\n002X", FindingType.ID_CARD, "110105\n19491231\n002X");
        covers("卡号 6222,0252,6018,1590,832", FindingType.BANK_CARD, "6222,0252,6018,1590,832");
        covers("卡号 6222，0252，6018，1590，832", FindingType.BANK_CARD, "6222，0252，6018，1590，832");
        covers("电话 138.0013,8000 找我", FindingType.PHONE, "138.0013,8000");
        covers("电话 138。0013。8000", FindingType.PHONE, "138。0013。8000");
        covers("(138)0013-8000", FindingType.PHONE, "138)0013-8000");
        covers("打 1️⃣3️⃣8️⃣0️⃣0️⃣1️⃣3️⃣8️⃣0️⃣0️⃣0️⃣ 吧", FindingType.PHONE, "1️⃣3️⃣8️⃣0️⃣0️⃣1️⃣3️⃣8️⃣0️⃣0️⃣0");
        covers("电话138\n0013\n8000", FindingType.PHONE, "138\n0013\n8000");
    }

    @Test
    void spokenDigitsAndFullWidthSpacesAndColons() {
        covers("电话：幺三八洞洞幺三八洞洞洞", FindingType.PHONE, "幺三八洞洞幺三八洞洞洞");
        covers("tel：１３８　００１３　８０００", FindingType.PHONE, "１３８　００１３　８０００");
        covers("手机 一三八 两两两两 拐拐拐拐", FindingType.PHONE, "一三八 两两两两 拐拐拐拐");
    }

    @Test
    void weChatKeywordDisguises() {
        for (String keyword :
                List.of("V❤：", "微❤ ", "➕V：", "薇信 ", "威信：", "v信 ", "vx：", "VX号 ", "绿泡泡 ", "微信号：", "V芯：", "wei信 ")) {
            covers("有事" + keyword + "kanjia_88 找我", FindingType.WECHAT_ID, "kanjia_88");
        }
        covers("微信：sweetcandy", FindingType.WECHAT_ID, "sweetcandy");
        nothing("微信 please");
        nothing("dev: release2024");
    }

    @Test
    void qqKeywordDisguises() {
        covers("q q 号 12345678", FindingType.QQ_ID, "12345678");
        covers("企鹅：987654321", FindingType.QQ_ID, "987654321");
        covers("Q号 2233445566", FindingType.QQ_ID, "2233445566");
        covers("🐧 12345678", FindingType.QQ_ID, "12345678");
        covers("加我扣扣 5566778", FindingType.QQ_ID, "5566778");
    }

    @Test
    void spelledOutEmailAddresses() {
        covers("邮箱 lisi#qq.com (#换成@)", FindingType.EMAIL, "lisi#qq.com");
        covers("发 wang_wu[at]163.com", FindingType.EMAIL, "wang_wu[at]163.com");
        covers("mail kanjia2024 at qq dot com thanks", FindingType.EMAIL, "kanjia2024 at qq dot com");
        covers("xiaoming(at)gmail.com", FindingType.EMAIL, "xiaoming(at)gmail.com");
        covers("niuniu123 艾特 126.com", FindingType.EMAIL, "niuniu123 艾特 126.com");
        covers("abc@qq点com", FindingType.EMAIL, "abc@qq点com");
        assertThat(PiiDetector.mask("wang_wu[at]163.com", detector.find("wang_wu[at]163.com")))
                .isEqualTo("w******[at]163.com");
        nothing("#话题# 今天qq.com打不开");
        nothing("we meet at home");
    }

    @Test
    void businessNumbersStillPass() {
        for (String text : List.of(
                "订单号 240518-1234567890123",
                "快递单号 SF1409823456712",
                "尾号 6785 的卡",
                "手机尾号5678的朋友",
                "2024-05-18 20:30:00 截止",
                "时间戳 1716035400123",
                "价格 ¥129.90，券后 99",
                "优惠码 SAVE2024",
                "口令 8Z7X6C5V 复制打开",
                "淘口令：￥AbCd1234￥",
                "库存 1,024 件，已售 12,345 件",
                "第1、3、8名各奖励10元")) {
            nothing(text);
        }
    }

    static String withCheck(String first17) {
        int[] w = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * w[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }
}
