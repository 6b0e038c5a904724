package io.huzhu.identity;

import io.huzhu.shared.HuzhuException;
import java.util.EnumSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the platform admin named by {@code HUZHU_ADMIN_USERNAME} and {@code HUZHU_ADMIN_PASSWORD} on start-up,
 * or makes the existing account of that name an admin. Nothing happens when the variables are unset.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);
    private final Accounts accounts;
    private final AccountRepository repository;
    private final IdentityProperties properties;

    AdminBootstrap(Accounts accounts, AccountRepository repository, IdentityProperties properties) {
        this.accounts = accounts;
        this.repository = repository;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        String username = properties.adminUsername().strip();
        if (username.isEmpty()) {
            return;
        }
        var existing = repository.findByUsername(username);
        if (existing.isPresent()) {
            repository.addRole(existing.get().id(), Role.ADMIN);
            log.info("Admin account '{}' exists; admin role ensured", username);
            return;
        }
        if (properties.adminPassword().isEmpty()) {
            log.warn("HUZHU_ADMIN_USERNAME is set but HUZHU_ADMIN_PASSWORD is not; no admin was created");
            return;
        }
        try {
            accounts.create(username, properties.adminPassword(), "Admin", EnumSet.of(Role.ADMIN, Role.OPERATOR));
        } catch (HuzhuException e) {
            // The same password rules as everyone's: say which, never the password itself.
            throw new IllegalStateException("The admin account '" + username + "' was refused: "
                    + e.fieldErrors().stream()
                            .map(f -> f.field() + " " + f.reason() + " (" + f.message() + ")")
                            .toList());
        }
        log.info("Admin account '{}' created", username);
    }
}
