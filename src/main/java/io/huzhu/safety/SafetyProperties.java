package io.huzhu.safety;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the safety gate ({@code huzhu.safety.*}).
 *
 * @param linkAllowlist registrable domains (eTLD+1) whose links any group may carry
 */
@ConfigurationProperties("huzhu.safety")
public record SafetyProperties(
        @DefaultValue({"pinduoduo.com", "yangkeduo.com", "taobao.com", "tmall.com", "jd.com", "huzhu.io"})
        List<String> linkAllowlist) {}
