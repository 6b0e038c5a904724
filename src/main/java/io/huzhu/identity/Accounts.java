package io.huzhu.identity;

import io.huzhu.safety.FieldScreening;
import io.huzhu.safety.ReservedNames;
import io.huzhu.shared.ClientInfo;
import io.huzhu.shared.ErrorCode;
import io.huzhu.shared.HuzhuException;
import io.huzhu.shared.HuzhuException.FieldError;
import io.huzhu.shared.UserId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registration, credentials, roles and status: the public API of the identity module. */
@Service
public class Accounts {

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9_.-]{3,32}");
    private static final int MAX_DISPLAY_NAME = 64;

    private final AccountRepository accounts;
    private final PasswordEncoder passwords;
    private final Tokens tokens;
    private final Clock clock;
    // Compared against when the username is unknown, so that a miss costs as much as a wrong password.
    private final String decoyHash;

    private final FieldScreening fields;
    private final PasswordPolicy passwordPolicy;
    private final ApplicationEventPublisher events;

    Accounts(
            AccountRepository accounts,
            PasswordEncoder passwords,
            PasswordPolicy passwordPolicy,
            Tokens tokens,
            FieldScreening fields,
            ApplicationEventPublisher events,
            Clock clock) {
        this.fields = fields;
        this.passwordPolicy = passwordPolicy;
        this.events = events;
        this.accounts = accounts;
        this.passwords = passwords;
        this.tokens = tokens;
        this.clock = clock;
        this.decoyHash = passwords.encode("decoy-password-never-valid");
    }

    @Transactional
    public AccountView register(String username, String password, @Nullable String displayName) {
        return register(username, password, displayName, ClientInfo.UNKNOWN);
    }

    /** Registers a member; {@link AccountRegistered} tells risk control where the registration came from. */
    @Transactional
    public AccountView register(String username, String password, @Nullable String displayName, ClientInfo client) {
        AccountView created = create(username, password, displayName, EnumSet.of(Role.MEMBER));
        events.publishEvent(new AccountRegistered(created.id(), created.createdAt(), client));
        return created;
    }

    /** Records a successful sign-in ({@link SignedIn}) for risk control. */
    @Transactional
    public void signedIn(UserId user, ClientInfo client) {
        events.publishEvent(new SignedIn(user, clock.instant(), client));
    }

    @Transactional
    public AccountView create(String username, String password, @Nullable String displayName, Set<Role> roles) {
        String name = displayName == null || displayName.isBlank() ? username : displayName.strip();
        validate(username, password, name);
        if (roles.stream().allMatch(r -> r == Role.MEMBER)) {
            // Staff may be called 客服; members may not pretend to be.
            fields.checkName(ReservedNames.Kind.PERSON, "displayName", name);
        }
        fields.check("DISPLAY_NAME", Map.of("displayName", name, "username", username));
        var row = new AccountRepository.Row(
                UserId.next(),
                username,
                name,
                passwords.encode(password),
                AccountStatus.ACTIVE,
                null,
                0,
                3,
                clock.instant());
        Set<Role> all = EnumSet.of(Role.MEMBER);
        all.addAll(roles);
        if (!accounts.insert(row, all)) {
            throw new HuzhuException(
                    ErrorCode.USERNAME_TAKEN,
                    "The username '" + username + "' is taken",
                    List.of(new FieldError("username", "TAKEN", "This username is taken")),
                    Map.of());
        }
        return view(row, all);
    }

    /** Checks a username and password; a banned account is refused even with the right password. */
    public CurrentUser authenticate(String username, String password) {
        Optional<AccountRepository.Row> row = accounts.findByUsername(username);
        if (row.isEmpty()) {
            passwords.matches(password, decoyHash);
            throw HuzhuException.of(ErrorCode.BAD_CREDENTIALS);
        }
        AccountRepository.Row account = row.get();
        if (!passwords.matches(password, account.passwordHash())) {
            throw HuzhuException.of(ErrorCode.BAD_CREDENTIALS);
        }
        if (account.status() == AccountStatus.BANNED) {
            throw new HuzhuException(ErrorCode.ACCOUNT_BANNED, bannedDetail(account.statusReason()));
        }
        if (passwords.upgradeEncoding(account.passwordHash())) {
            accounts.updatePasswordHash(account.id(), passwords.encode(password));
        }
        return account.asCurrentUser(accounts.roles(account.id()));
    }

    public Optional<AccountView> find(UserId id) {
        return accounts.findById(id).map(row -> view(row, accounts.roles(row.id())));
    }

    public AccountView get(UserId id) {
        return find(id).orElseThrow(() -> HuzhuException.of(ErrorCode.USER_NOT_FOUND));
    }

    /** Display names of several accounts at once (for public lists such as a task's helpers). */
    public Map<UserId, String> displayNames(java.util.Collection<UserId> ids) {
        return accounts.displayNames(ids);
    }

    @Transactional
    public AccountView grantRole(UserId id, Role role) {
        get(id);
        accounts.addRole(id, role);
        tokens.forget(id);
        return get(id);
    }

    @Transactional
    public AccountView changeStatus(UserId id, AccountStatus status, @Nullable String reason) {
        if (accounts.updateStatus(id, status, reason) == 0) {
            throw HuzhuException.of(ErrorCode.USER_NOT_FOUND);
        }
        if (status == AccountStatus.BANNED) {
            tokens.revokeAll(id);
        }
        tokens.forget(id);
        return get(id);
    }

    static String bannedDetail(@Nullable String reason) {
        return reason == null ? "The account is banned" : "The account is banned: " + reason;
    }

    private void validate(String username, String password, String displayName) {
        List<FieldError> errors = new ArrayList<>();
        if (!USERNAME.matcher(username).matches()) {
            errors.add(new FieldError(
                    "username", "PATTERN", "3 to 32 characters: letters, digits, underscore, dot or hyphen"));
        }
        errors.addAll(passwordPolicy.check(username, password));
        if (displayName.length() > MAX_DISPLAY_NAME || displayName.codePoints().anyMatch(Character::isISOControl)) {
            errors.add(new FieldError("displayName", "INVALID", "At most 64 characters, no control characters"));
        }
        if (!errors.isEmpty()) {
            throw HuzhuException.invalid(errors);
        }
    }

    private AccountView view(AccountRepository.Row row, Set<Role> roles) {
        Instant now = clock.instant();
        return new AccountView(
                row.id(),
                row.username(),
                row.displayName(),
                roles,
                row.status(),
                row.statusReason(),
                row.trustLevel(),
                row.creditLevel(),
                row.createdAt(),
                Duration.between(row.createdAt(), now).toDays());
    }
}
