package io.huzhu.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LinkPolicyUnitTests {

    private final LinkPolicy policy = new LinkPolicy(new SafetyProperties(List.of("pinduoduo.com", "yangkeduo.com")));

    @Test
    void allowsAnAllowlistedRegistrableDomainAndNormalisesIt() {
        LinkVerdict verdict = policy.check("HTTPS://Mobile.YangKeDuo.com./goods.html?goods_id=1", Set.of());
        assertThat(verdict.allowed()).isTrue();
        assertThat(verdict.normalised()).isEqualTo("https://mobile.yangkeduo.com/goods.html?goods_id=1");
        assertThat(verdict.registrableDomain()).isEqualTo("yangkeduo.com");
    }

    @Test
    void comparesRegistrableDomainsExactly() {
        assertThat(policy.check("https://evilpinduoduo.com/x", Set.of()).reason())
                .isEqualTo("NOT_ALLOWLISTED");
        assertThat(policy.check("https://pinduoduo.com.evil.net/x", Set.of()).reason())
                .isEqualTo("NOT_ALLOWLISTED");
    }

    @Test
    void aGroupCanAddDomains() {
        assertThat(policy.check("https://item.jd.com/1.html", Set.of()).allowed())
                .isFalse();
        assertThat(policy.check("https://item.jd.com/1.html", Set.of("jd.com")).allowed())
                .isTrue();
    }

    @Test
    void refusesTricks() {
        assertThat(policy.check("https://pinduoduo.com@evil.net/", Set.of()).reason())
                .isEqualTo("USERINFO");
        assertThat(policy.check("https://192.168.1.1/", Set.of()).allowed()).isFalse();
        assertThat(policy.check("http://3232235777/", Set.of()).allowed()).isFalse();
        assertThat(policy.check("https://pinduoduo.com:8443/", Set.of()).reason())
                .isEqualTo("PORT");
        assertThat(policy.check("javascript:alert(1)", Set.of()).reason()).isEqualTo("SCHEME");
        assertThat(policy.check("https://pin\u200Bduoduo.com/", Set.of()).reason())
                .isEqualTo("MALFORMED");
        assertThat(policy.check("https://pinduoduo%2ecom/", Set.of()).allowed()).isFalse();
        assertThat(policy.check("https://pinduoduo.com\\@evil.example/", Set.of())
                        .allowed())
                .isFalse();
    }

    @Test
    void fullWidthDotsSeparateLabels() {
        LinkVerdict verdict = policy.check("https://mobile。yangkeduo。com/x", Set.of());
        assertThat(verdict.allowed()).isTrue();
        assertThat(verdict.normalised()).isEqualTo("https://mobile.yangkeduo.com/x");
    }
}
