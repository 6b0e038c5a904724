package io.huzhu.web;

import io.huzhu.identity.AccountStatus;
import io.huzhu.identity.CurrentUser;
import io.huzhu.identity.Tokens;
import io.huzhu.identity.WebSession;
import io.huzhu.shared.ErrorCode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.WebUtils;

/**
 * Authenticates {@code Authorization: Bearer} tokens, or the web app's session cookie ({@link WebSession}), and
 * enforces the account status: a banned account is refused outright, a restricted one may only read (and sign
 * out, and appeal). A write authenticated by the cookie must echo the CSRF cookie in the {@code X-CSRF-Token} header.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    private static final String PREFIX = "Bearer ";
    private final Tokens tokens;
    private final ProblemWriter problems;

    BearerTokenFilter(Tokens tokens, ProblemWriter problems) {
        this.tokens = tokens;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        String token;
        boolean fromCookie = false;
        if (header != null && header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            token = header.substring(PREFIX.length()).strip();
        } else {
            token = cookie(request, WebSession.SESSION_COOKIE);
            if (token == null || token.isEmpty()) {
                chain.doFilter(request, response);
                return;
            }
            if (isWrite(request) && !csrfMatches(request)) {
                problems.write(response, ErrorCode.CSRF_INVALID, null);
                return;
            }
            fromCookie = true;
        }
        Optional<CurrentUser> user = tokens.authenticate(token);
        if (user.isEmpty() && fromCookie) {
            // An expired or revoked session: the visitor is anonymous (public pages still work, others say 401).
            chain.doFilter(request, response);
            return;
        }
        if (user.isEmpty()) {
            problems.write(response, ErrorCode.TOKEN_INVALID, null);
            return;
        }
        CurrentUser current = user.get();
        org.slf4j.MDC.put("userId", current.id().toString()); // removed by LogContextFilter
        if (current.status() == AccountStatus.BANNED) {
            problems.write(response, ErrorCode.ACCOUNT_BANNED, null);
            return;
        }
        if (current.status() == AccountStatus.RESTRICTED && isWrite(request) && !allowedWhileRestricted(request)) {
            problems.write(response, ErrorCode.ACCOUNT_RESTRICTED, null);
            return;
        }
        List<SimpleGrantedAuthority> authorities = current.roles().stream()
                .map(role -> new SimpleGrantedAuthority("ROLE_" + role.name()))
                .toList();
        var authentication = UsernamePasswordAuthenticationToken.authenticated(current, null, authorities);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static boolean csrfMatches(HttpServletRequest request) {
        String expected = cookie(request, WebSession.CSRF_COOKIE);
        String given = request.getHeader(WebSession.CSRF_HEADER);
        return expected != null
                && !expected.isEmpty()
                && given != null
                && MessageDigest.isEqual(
                        expected.getBytes(StandardCharsets.US_ASCII), given.getBytes(StandardCharsets.US_ASCII));
    }

    private static @Nullable String cookie(HttpServletRequest request, String name) {
        Cookie cookie = WebUtils.getCookie(request, name);
        return cookie == null ? null : cookie.getValue();
    }

    private static boolean isWrite(HttpServletRequest request) {
        String method = request.getMethod();
        return !("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method));
    }

    /** A restricted member may still sign out and appeal the decision that restricted them. */
    private static boolean allowedWhileRestricted(HttpServletRequest request) {
        String uri = request.getRequestURI();
        return "/api/auth/logout".equals(uri)
                || "/api/session/logout".equals(uri)
                || "/api/risk/appeals".equals(uri)
                || "/api/appeals".equals(uri);
    }
}
