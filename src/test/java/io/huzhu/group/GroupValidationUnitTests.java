package io.huzhu.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.huzhu.shared.ErrorCode;
import io.huzhu.shared.HuzhuException;
import io.huzhu.shared.ShortCodes;
import io.huzhu.shared.UserId;
import java.util.List;
import org.junit.jupiter.api.Test;

class GroupValidationUnitTests {

    private static final GroupDraft EMPTY = new GroupDraft("", "", "", 500, false, List.of());

    private static GroupForm form(String name, String rules, Integer capacity, List<String> domains) {
        return new GroupForm(name, "desc", rules, capacity, null, domains);
    }

    private static List<String> fields(Runnable call) {
        try {
            call.run();
        } catch (HuzhuException e) {
            assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
            return e.fieldErrors().stream()
                    .map(HuzhuException.FieldError::field)
                    .toList();
        }
        throw new AssertionError("expected a validation failure");
    }

    @Test
    void acceptsAValidGroupAndNormalisesDomains() {
        GroupDraft draft = GroupValidator.apply(
                form(" 砍价互助群 ", "先助人再求助", null, List.of(" Pinduoduo.com ", "pinduoduo.com", "xn--fiqs8s.cn")),
                EMPTY,
                0);
        assertThat(draft.name()).isEqualTo("砍价互助群");
        assertThat(draft.capacity()).isEqualTo(500);
        assertThat(draft.linkAllowlist()).containsExactly("pinduoduo.com", "xn--fiqs8s.cn");
    }

    @Test
    void reportsEveryInvalidField() {
        assertThat(fields(() -> GroupValidator.apply(form("", "", 1, List.of()), EMPTY, 0)))
                .containsExactly("name", "rules", "capacity");
        assertThat(fields(() -> GroupValidator.apply(form("x".repeat(41), "r", 5001, List.of()), EMPTY, 0)))
                .containsExactly("name", "capacity");
        assertThat(fields(() -> GroupValidator.apply(form("ok", "r".repeat(4001), 2, List.of()), EMPTY, 0)))
                .containsExactly("rules");
    }

    @Test
    void countsCharactersNotBytes() {
        GroupDraft draft = GroupValidator.apply(form("群".repeat(40), "规".repeat(4000), 2, List.of()), EMPTY, 0);
        assertThat(draft.name()).hasSize(40);
    }

    @Test
    void rejectsDomainsThatAreNotPlainDomainNames() {
        List<String> bad = List.of(
                "https://pinduoduo.com", "pinduoduo.com/x", "127.0.0.1", "localhost", "a@b.com", "-x.com", "x..com");
        assertThat(fields(() -> GroupValidator.apply(form("ok", "r", null, bad), EMPTY, 0)))
                .hasSize(bad.size())
                .allMatch(f -> f.startsWith("linkAllowlist["));
    }

    @Test
    void allowsAtMostTwentyDomains() {
        List<String> many = java.util.stream.IntStream.range(0, 21)
                .mapToObj(i -> "d" + i + ".com")
                .toList();
        assertThat(fields(() -> GroupValidator.apply(form("ok", "r", null, many), EMPTY, 0)))
                .containsExactly("linkAllowlist");
    }

    @Test
    void capacityMayNotGoBelowTheCurrentSize() {
        GroupDraft base = new GroupDraft("g", "", "r", 500, false, List.of());
        assertThat(fields(() -> GroupValidator.apply(new GroupForm(null, null, null, 9, null, null), base, 10)))
                .containsExactly("capacity");
        assertThat(GroupValidator.apply(new GroupForm(null, null, null, 10, null, null), base, 10)
                        .capacity())
                .isEqualTo(10);
    }

    @Test
    void updateKeepsFieldsThatAreNotSent() {
        GroupDraft base = new GroupDraft("g", "d", "r", 50, true, List.of("jd.com"));
        GroupDraft draft = GroupValidator.apply(new GroupForm(null, "new", null, null, null, null), base, 3);
        assertThat(draft).isEqualTo(new GroupDraft("g", "new", "r", 50, true, List.of("jd.com")));
    }

    @Test
    void onlyTheOwnerPromotesDemotesAndTransfers() {
        UserId a = UserId.next();
        UserId b = UserId.next();
        for (MemberAction action :
                List.of(MemberAction.PROMOTE, MemberAction.DEMOTE, MemberAction.TRANSFER_OWNERSHIP)) {
            assertCode(
                    () -> Authority.check(a, GroupRole.ADMIN, b, GroupRole.MEMBER, action),
                    ErrorCode.GROUP_ROLE_REQUIRED);
            Authority.check(a, GroupRole.OWNER, b, GroupRole.MEMBER, action);
        }
    }

    @Test
    void adminsModerateMembersButNotAdminsOrTheOwner() {
        UserId a = UserId.next();
        UserId b = UserId.next();
        for (MemberAction action : List.of(MemberAction.MUTE, MemberAction.KICK, MemberAction.BAN)) {
            Authority.check(a, GroupRole.ADMIN, b, GroupRole.MEMBER, action);
            Authority.check(a, GroupRole.ADMIN, b, null, action);
            Authority.check(a, GroupRole.OWNER, b, GroupRole.ADMIN, action);
            assertCode(
                    () -> Authority.check(a, GroupRole.ADMIN, b, GroupRole.ADMIN, action), ErrorCode.MEMBER_PROTECTED);
            assertCode(
                    () -> Authority.check(a, GroupRole.ADMIN, b, GroupRole.OWNER, action), ErrorCode.MEMBER_PROTECTED);
            assertCode(
                    () -> Authority.check(a, GroupRole.MEMBER, b, GroupRole.MEMBER, action),
                    ErrorCode.GROUP_ROLE_REQUIRED);
        }
    }

    @Test
    void nobodyActsOnThemselvesButAMemberLearnsOnlyAboutTheirRole() {
        UserId a = UserId.next();
        assertCode(
                () -> Authority.check(a, GroupRole.OWNER, a, GroupRole.OWNER, MemberAction.BAN),
                ErrorCode.NOT_ON_YOURSELF);
        assertCode(
                () -> Authority.check(a, GroupRole.ADMIN, a, GroupRole.ADMIN, MemberAction.MUTE),
                ErrorCode.NOT_ON_YOURSELF);
        assertCode(
                () -> Authority.check(a, GroupRole.MEMBER, a, GroupRole.MEMBER, MemberAction.KICK),
                ErrorCode.GROUP_ROLE_REQUIRED);
    }

    @Test
    void inviteCodesAreEightCrockfordCharactersAndForgiveTyping() {
        String code = ShortCodes.next();
        assertThat(code).matches("[0-9A-HJKMNP-TV-Z]{8}");
        assertThat(ShortCodes.normalise("ab-cd o1il")).isEqualTo("ABCD0111");
        assertThat(java.util.stream.Stream.generate(ShortCodes::next)
                        .limit(1000)
                        .distinct())
                .hasSize(1000);
    }

    @Test
    void offersTemplatesInChineseAndEnglish() {
        assertThat(RuleTemplates.forLanguage("zh-CN"))
                .extracting(RuleTemplates.Template::title)
                .contains("禁止有偿助力");
        assertThat(RuleTemplates.forLanguage("en"))
                .extracting(RuleTemplates.Template::id)
                .containsExactlyElementsOf(RuleTemplates.forLanguage("zh").stream()
                        .map(RuleTemplates.Template::id)
                        .toList());
        assertThat(RulesHash.of("a")).hasSize(64).isNotEqualTo(RulesHash.of("b"));
    }

    @Test
    void boardTextHasLimits() {
        Board.validate("t", "b");
        assertThatThrownBy(() -> Board.validate("", "x".repeat(2001)))
                .isInstanceOfSatisfying(
                        HuzhuException.class,
                        e -> assertThat(e.fieldErrors())
                                .extracting(HuzhuException.FieldError::field)
                                .containsExactly("title", "body"));
    }

    private static void assertCode(Runnable call, ErrorCode code) {
        assertThatThrownBy(call::run)
                .isInstanceOfSatisfying(
                        HuzhuException.class, e -> assertThat(e.code()).isEqualTo(code));
    }
}
