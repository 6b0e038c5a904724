package io.huzhu.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * A full application on a random port against the run's database (H2 or PostgreSQL, see {@link TestDatabase}).
 * All integration tests share one configuration, so Spring starts one context per run.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(DatabaseAvailable.class)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "huzhu.identity.argon2-memory-kib=1024",
            "huzhu.identity.argon2-iterations=1",
            "huzhu.identity.login.attempts-per-address-per-minute=100000",
            // Every test registers, creates and joins from one address: the write limits are tested on their own
            // (WriteLimitsIntegrationTests, with the shipped defaults).
            "huzhu.limits.registrations-per-address-per-hour=1000000",
            "huzhu.limits.groups-per-account-per-day=1000000",
            "huzhu.limits.groups-per-address-per-day=1000000",
            "huzhu.limits.joins-per-account-per-hour=1000000",
            "huzhu.limits.group-updates-per-account-per-hour=1000000",
            "huzhu.identity.admin-username=admin",
            "huzhu.identity.admin-password=ops-secret-passphrase-1",
            "huzhu.demo.enabled=false",
            // Every test registers fresh accounts from one address and runs many assists a minute: the inline risk
            // rules on brand-new accounts and velocity would hold them all. RiskIntegrationTests exercises the device
            // rules (test requests carry no device id unless a test sends one); InlineGateUnitTests covers the rest.
            "huzhu.risk.inline.helper-per-minute-deny=100000",
            "huzhu.risk.inline.helper-per-hour-review=100000",
            "huzhu.risk.inline.new-accounts-per-task-review=100000",
            "huzhu.risk.inline.new-accounts-per-address-review=100000",
            // Scans run when a test asks (POST /api/admin/risk/scan), never behind another test's back.
            "huzhu.risk.scan-enabled=false",
            // Notifications: webhooks to the test's own receiver on loopback, quick retries, quick pushes.
            "huzhu.notify.webhooks.allow-loopback=true",
            "huzhu.notify.webhooks.retry-delays=PT0.3S,PT0.3S",
            "huzhu.notify.webhooks.disable-after-failed-deliveries=2",
            "huzhu.notify.webhooks.dispatch-interval=PT0.2S",
            "huzhu.notify.push-interval=PT0.2S",
            // The shared test clock moves forward by hours and days and may stand at night in Shanghai: no default
            // quiet hours (start = end), so pushes are not held by the clock's position. The guardrails' tests set
            // their members' quiet hours explicitly; QuietHoursUnitTests checks the shipped 22:00-07:00 default.
            "huzhu.guardrails.quiet-start=00:00",
            "huzhu.guardrails.quiet-end=00:00",
            "spring.main.banner-mode=off"
        })
@Import(IntegrationTestConfig.class)
@ContextConfiguration(initializers = TestDatabase.Initializer.class)
public @interface IntegrationTest {}
