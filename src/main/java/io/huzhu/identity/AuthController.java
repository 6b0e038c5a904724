package io.huzhu.identity;

import io.huzhu.shared.ClientInfo;
import io.huzhu.shared.ErrorCode;
import io.huzhu.shared.HuzhuException;
import io.huzhu.shared.WriteLimits;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseCookie;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.WebUtils;

@RestController
@Tag(name = "Accounts")
class AuthController {

    private final Accounts accounts;
    private final Tokens tokens;
    private final LoginGuard guard;
    private final IdentityProperties properties;

    private final WriteLimits limits;

    AuthController(
            Accounts accounts, Tokens tokens, LoginGuard guard, IdentityProperties properties, WriteLimits limits) {
        this.limits = limits;
        this.properties = properties;
        this.accounts = accounts;
        this.tokens = tokens;
        this.guard = guard;
    }

    record RegisterRequest(
            @NotNull String username,
            @NotNull String password,
            @Nullable String displayName) {}

    record LoginRequest(@NotNull String username, @NotNull String password) {}

    record LoginResponse(String token, String tokenType, Instant expiresAt, AccountView user) {}

    @PostMapping("/api/auth/register")
    @ResponseStatus(HttpStatus.CREATED)
    AccountView register(@Valid @RequestBody RegisterRequest request, ClientInfo client) {
        limits.registration(client);
        return accounts.register(request.username(), request.password(), request.displayName(), client);
    }

    @PostMapping("/api/auth/login")
    LoginResponse login(@Valid @RequestBody LoginRequest request, HttpServletRequest http, ClientInfo client) {
        CurrentUser user = authenticate(request, http, client);
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

    /** Signs in the web app: the token goes into an HttpOnly cookie and never reaches the page's scripts. */
    @PostMapping("/api/session")
    AccountView openSession(
            @Valid @RequestBody LoginRequest request,
            HttpServletRequest http,
            HttpServletResponse response,
            ClientInfo client) {
        CurrentUser user = authenticate(request, http, client);
        Tokens.IssuedToken issued = tokens.issue(user.id(), "web");
        setSessionCookies(response, issued.token(), randomToken(), properties.tokenTtl(), http.isSecure());
        return accounts.get(user.id());
    }

    /** Signs out the web app: revokes the session's token and clears both cookies. */
    @PostMapping("/api/session/logout")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void closeSession(HttpServletRequest http, HttpServletResponse response) {
        Cookie session = WebUtils.getCookie(http, WebSession.SESSION_COOKIE);
        if (session != null) {
            tokens.revoke(session.getValue());
        }
        setSessionCookies(response, "", "", Duration.ZERO, http.isSecure());
    }

    /**
     * Slowed down per account and address together ({@link LoginGuard}), for both the API's login and the web app's
     * session.
     */
    private CurrentUser authenticate(LoginRequest request, HttpServletRequest http, ClientInfo client) {
        String address = http.getRemoteAddr();
        guard.check(request.username(), address);
        CurrentUser user;
        try {
            user = accounts.authenticate(request.username(), request.password());
        } catch (HuzhuException e) {
            if (e.code() == ErrorCode.BAD_CREDENTIALS) {
                guard.failed(request.username(), address);
            }
            throw e;
        }
        guard.succeeded(request.username(), address);
        accounts.signedIn(user.id(), client);
        return user;
    }

    /** The token HttpOnly and SameSite=Lax; the CSRF value readable by the app and SameSite=Strict. */
    private static void setSessionCookies(
            HttpServletResponse response, String token, String csrf, Duration maxAge, boolean secure) {
        response.addHeader(
                HttpHeaders.SET_COOKIE, cookie(WebSession.SESSION_COOKIE, token, maxAge, true, "Lax", secure));
        response.addHeader(
                HttpHeaders.SET_COOKIE, cookie(WebSession.CSRF_COOKIE, csrf, maxAge, false, "Strict", secure));
    }

    private static String cookie(
            String name, String value, Duration maxAge, boolean httpOnly, String sameSite, boolean secure) {
        return ResponseCookie.from(name, value)
                .path("/")
                .maxAge(maxAge)
                .httpOnly(httpOnly)
                .secure(secure)
                .sameSite(sameSite)
                .build()
                .toString();
    }

    private static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    @GetMapping("/api/me")
    AccountView me(@AuthenticationPrincipal CurrentUser user) {
        return accounts.get(user.id());
    }
}
