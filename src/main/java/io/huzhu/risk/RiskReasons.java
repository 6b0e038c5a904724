package io.huzhu.risk;

import java.util.Map;

/**
 * The reason codes of risk control, each with the sentence a member reads (Chinese and English). Never names a
 * device, an address or another member: it says what pattern was seen, not who else is in it.
 */
public final class RiskReasons {

    public record Text(String zh, String en) {}

    public static final String RELEASED = "RELEASED";
    public static final String CASE_DISMISSED = "CASE_DISMISSED";
    public static final String CASE_CONFIRMED = "CASE_CONFIRMED";
    public static final String APPEAL_OVERTURNED = "APPEAL_OVERTURNED";

    private static final Map<String, Text> TEXTS = Map.ofEntries(
            Map.entry(
                    "DEVICE_MANY_ACCOUNTS",
                    new Text(
                            "这台设备上用过很多个账号，助力需要核实",
                            "Many accounts have used this device, so the assist is being checked")),
            Map.entry(
                    "HELPER_VELOCITY",
                    new Text("短时间内助力次数过多，需要核实", "Many assists in a short time, so the assist is being checked")),
            Map.entry(
                    "DEVICE_TOO_MANY_ACCOUNTS",
                    new Text(
                            "这台设备上已经用过太多账号，不能再用它助力",
                            "Too many accounts have used this device to assist; it cannot assist any more")),
            Map.entry(
                    "HELPER_TOO_FAST",
                    new Text("助力太快了，像是自动程序；请稍后再试", "Assists this fast look automated; try again in a while")),
            Map.entry(
                    "SAME_DEVICE_AS_INITIATOR",
                    new Text("助力来自发起人自己用过的设备", "The assist came from a device the task's owner uses")),
            Map.entry(
                    "NEW_ACCOUNT_BURST",
                    new Text(
                            "这个任务短时间内收到很多新注册账号的助力",
                            "This task received many assists from brand-new accounts in a short time")),
            Map.entry(
                    "ADDRESS_NEW_ACCOUNTS",
                    new Text(
                            "同一网络下短时间内有很多新账号在助力", "Many brand-new accounts assisted from one network in a short time")),
            Map.entry(
                    "DEVICE_CLUSTER",
                    new Text("几个账号共用设备，集中为同样的人助力", "Several accounts sharing devices assisted the same people")),
            Map.entry(
                    "REGISTRATION_BURST",
                    new Text(
                            "同一地址集中注册的一批账号都在为同一个人助力",
                            "Accounts registered together from one address all assisted the same person")),
            Map.entry(
                    "LOCKSTEP",
                    new Text(
                            "一组账号多次在同一时间为同样的任务助力",
                            "A group of accounts repeatedly assisted the same tasks at the same moments")),
            Map.entry(
                    "DENSE_BLOCK",
                    new Text("一组账号几乎只为少数几个人助力", "A group of accounts assisted almost only a few people")),
            Map.entry(
                    "PAID_HELP_RING",
                    new Text(
                            "疑似有偿代砍：一批互不相识的账号成批为多人助力",
                            "Suspected paid help: batches of unrelated accounts assisted many people at once")),
            Map.entry(RELEASED, new Text("核实后恢复计入", "Counted again after the check")),
            Map.entry(CASE_DISMISSED, new Text("运营人员核实后恢复计入", "Counted again: an operator found nothing wrong")),
            Map.entry(CASE_CONFIRMED, new Text("运营人员核实后确认作废", "Not counted: an operator confirmed the finding")),
            Map.entry(APPEAL_OVERTURNED, new Text("申诉成立，恢复计入", "Counted again: your appeal was accepted")),
            Map.entry(
                    "TARGET_REACHED_MEANWHILE",
                    new Text(
                            "核实期间任务已由其他助力完成，这次助力不再需要计入",
                            "The task reached its target with other assists meanwhile, so this one is no longer needed")));

    private RiskReasons() {}

    /** The sentence for a code; an unknown code gets a generic sentence rather than none. */
    public static Text text(String code) {
        return TEXTS.getOrDefault(code, new Text("风控核查中", "Being checked by risk control"));
    }

    static boolean known(String code) {
        return TEXTS.containsKey(code);
    }
}
