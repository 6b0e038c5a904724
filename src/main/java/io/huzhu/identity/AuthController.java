package io.huzhu.identity;

import io.huzhu.shared.ErrorCode;
import io.huzhu.shared.HuzhuException;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Accounts")
class AuthController {

    private final Accounts accounts;
    private final Tokens tokens;
    private final IdentityConfig.LoginThrottle throttle;

    AuthController(Accounts accounts, Tokens tokens, IdentityConfig.LoginThrottle throttle) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.throttle = throttle;
    }

    record RegisterRequest(
            @NotNull String username,
            @NotNull String password,
            @Nullable String displayName) {}

    record LoginRequest(@NotNull String username, @NotNull String password) {}

    record LoginResponse(String token, String tokenType, Instant expiresAt, AccountView user) {}

    @PostMapping("/api/auth/register")
    @ResponseStatus(HttpStatus.CREATED)
    AccountView register(@Valid @RequestBody RegisterRequest request) {
        return accounts.register(request.username(), request.password(), request.displayName());
    }

    @PostMapping("/api/auth/login")
    LoginResponse login(@Valid @RequestBody LoginRequest request, HttpServletRequest http) {
        throttle.acquire(request.username(), http.getRemoteAddr());
        CurrentUser user = accounts.authenticate(request.username(), request.password());
        Tokens.IssuedToken issued = tokens.issue(user.id(), "login");
        return new LoginResponse(issued.token(), "Bearer", issued.expiresAt(), accounts.get(user.id()));
    }

    @PostMapping("/api/auth/logout")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void logout(HttpServletRequest http) {
        String header = http.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.startsWith("Bearer ")) {
            throw HuzhuException.of(ErrorCode.UNAUTHENTICATED);
        }
        tokens.revoke(header.substring("Bearer ".length()).strip());
    }

    @GetMapping("/api/me")
    AccountView me(@AuthenticationPrincipal CurrentUser user) {
        return accounts.get(user.id());
    }
}
