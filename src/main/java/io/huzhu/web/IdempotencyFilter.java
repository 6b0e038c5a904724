package io.huzhu.web;

import io.huzhu.identity.CurrentUser;
import io.huzhu.shared.ErrorCode;
import io.huzhu.shared.Networks;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Honours {@code Idempotency-Key} on effect-producing POSTs: the first request with a key runs and its response
 * (2xx or 4xx) is stored; a replay with the same key and the same request gets that response again with
 * {@code Idempotency-Replayed: true}; the same key with a different request is refused. A 5xx releases the key
 * so the client can retry. Keys are scoped to the caller: the account, or the address of an anonymous caller.
 */
class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,128}");
    /** Sign-in and sign-out: nothing to repeat safely, and a stored answer would hold a token (or miss a cookie). */
    private static final List<String> NOT_EFFECTS =
            List.of("/api/auth/login", "/api/auth/logout", "/api/session", "/api/session/logout");

    private final IdempotencyStore store;
    private final ProblemWriter problems;
    private final List<String> selfManaged;
    private final AntPathMatcher matcher = new AntPathMatcher();

    IdempotencyFilter(IdempotencyStore store, ProblemWriter problems, WebProperties properties) {
        this.store = store;
        this.problems = problems;
        this.selfManaged = properties.idempotencySelfManaged();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        if (!"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null) {
            return true;
        }
        String path = request.getRequestURI();
        return !path.startsWith("/api/")
                || NOT_EFFECTS.contains(path)
                || selfManaged.stream().anyMatch(p -> matcher.match(p, path));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        if (!KEY.matcher(key).matches()) {
            problems.write(response, ErrorCode.IDEMPOTENCY_KEY_INVALID, "1 to 128 visible ASCII characters");
            return;
        }
        byte[] body = request.getInputStream().readAllBytes();
        String principal = principal(request);
        String fingerprint = fingerprint(request, body);
        if (!store.claim(principal, key, fingerprint) && !resolveExisting(principal, key, fingerprint, response)) {
            return;
        }
        var cached = new ContentCachingResponseWrapper(response);
        boolean completed = false;
        try {
            chain.doFilter(new CachedBodyRequest(request, body), cached);
            int status = cached.getStatus();
            if (status < 500) {
                store.complete(
                        principal,
                        key,
                        status,
                        cached.getContentType(),
                        new String(cached.getContentAsByteArray(), StandardCharsets.UTF_8));
                completed = true;
            }
        } finally {
            if (!completed) {
                store.release(principal, key);
            }
            cached.copyBodyToResponse();
        }
    }

    /** True when this request may proceed (a stale claim was taken over); otherwise the response is written. */
    private boolean resolveExisting(String principal, String key, String fingerprint, HttpServletResponse response)
            throws IOException {
        Optional<IdempotencyStore.Record> found = store.find(principal, key);
        if (found.isEmpty()) {
            // Released between our claim and this read: the first request failed; let the client retry.
            problems.write(response, ErrorCode.IDEMPOTENCY_IN_PROGRESS, "Retry the request");
            return false;
        }
        IdempotencyStore.Record record = found.get();
        if (!record.fingerprint().equals(fingerprint)) {
            problems.write(response, ErrorCode.IDEMPOTENCY_KEY_REUSED, null);
            return false;
        }
        if (record.state() == IdempotencyStore.State.COMPLETED) {
            response.setStatus(record.statusCode());
            if (record.contentType() != null) {
                response.setContentType(record.contentType());
            }
            response.setHeader("Idempotency-Replayed", "true");
            response.setCharacterEncoding("UTF-8");
            if (record.body() != null) {
                response.getOutputStream().write(record.body().getBytes(StandardCharsets.UTF_8));
            }
            return false;
        }
        if (store.leaseExpired(record) && store.takeOver(principal, key, record.createdAt())) {
            return true;
        }
        problems.write(response, ErrorCode.IDEMPOTENCY_IN_PROGRESS, null);
        return false;
    }

    /** The caller's account, or for an anonymous caller its address (network): keys never meet across callers. */
    private static String principal(HttpServletRequest request) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof CurrentUser user) {
            return user.id().toString();
        }
        return "anonymous:" + Networks.of(request.getRemoteAddr());
    }

    private static String fingerprint(HttpServletRequest request, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((request.getMethod() + ' ' + request.getRequestURI() + '?' + request.getQueryString() + '\n')
                    .getBytes(StandardCharsets.UTF_8));
            digest.update(body);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class CachedBodyRequest extends HttpServletRequestWrapper {
        private final byte[] body;

        CachedBodyRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            var in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException();
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }
    }
}
