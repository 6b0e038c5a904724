package io.huzhu.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the demo data ({@code huzhu.demo.*}).
 *
 * @param enabled load the demo data on start-up (only ever on the embedded database)
 * @param password the password of every demo account
 */
@ConfigurationProperties("huzhu.demo")
public record DemoProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("demo-password") String password) {}
