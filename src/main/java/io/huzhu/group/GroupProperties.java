package io.huzhu.group;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the group module ({@code huzhu.group.*}).
 *
 * @param inviteBaseUrl public base URL of invite links ({@code <base>/g/<code>})
 * @param defaultCapacity capacity of a new group when the creator does not choose one
 */
@ConfigurationProperties("huzhu.group")
record GroupProperties(
        @DefaultValue("http://localhost:8080") String inviteBaseUrl,
        @DefaultValue("500") int defaultCapacity) {

    String inviteLink(String code) {
        String base =
                inviteBaseUrl.endsWith("/") ? inviteBaseUrl.substring(0, inviteBaseUrl.length() - 1) : inviteBaseUrl;
        return base + "/g/" + code;
    }
}
