package io.huzhu.web;

import io.huzhu.identity.AccountStatus;
import io.huzhu.identity.CurrentUser;
import io.huzhu.identity.Tokens;
import io.huzhu.shared.ErrorCode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer} tokens and enforces the account status: a banned account is refused
 * outright, a restricted one may only read (and sign out).
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
        if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            chain.doFilter(request, response);
            return;
        }
        Optional<CurrentUser> user =
                tokens.authenticate(header.substring(PREFIX.length()).strip());
        if (user.isEmpty()) {
            problems.write(response, ErrorCode.TOKEN_INVALID, null);
            return;
        }
        CurrentUser current = user.get();
        if (current.status() == AccountStatus.BANNED) {
            problems.write(response, ErrorCode.ACCOUNT_BANNED, null);
            return;
        }
        if (current.status() == AccountStatus.RESTRICTED && isWrite(request) && !isLogout(request)) {
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

    private static boolean isWrite(HttpServletRequest request) {
        String method = request.getMethod();
        return !("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method));
    }

    private static boolean isLogout(HttpServletRequest request) {
        return "/api/auth/logout".equals(request.getRequestURI());
    }
}
