package io.huzhu.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts what a log line of this request may say into the logging context (and so into every structured JSON log
 * line, {@code LOGGING_STRUCTURED_FORMAT_CONSOLE=ecs}): a request id (the caller's {@code X-Request-Id} when it is a
 * plain token, a new one otherwise, echoed in the response), the group or task id from the path, and, once
 * authenticated, the user id ({@code BearerTokenFilter}). Never a token, a password, an address or a text.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class LogContextFilter extends OncePerRequestFilter {

    static final String REQUEST_ID = "X-Request-Id";
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._-]{8,64}");
    private static final Pattern PATH_ID = Pattern.compile(
            "^/api/(groups|tasks)/([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})(/|$)");

    /**
     * A request id only has to be unique, not unguessable: 128 random bits from the thread's generator, not
     * {@code UUID.randomUUID()}, whose {@code SecureRandom} showed in the assist path's profile (docs/benchmarks.md).
     */
    private static String newRequestId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return new UUID(random.nextLong(), random.nextLong()).toString();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String given = request.getHeader(REQUEST_ID);
        String requestId = given != null && SAFE_ID.matcher(given).matches() ? given : newRequestId();
        MDC.put("requestId", requestId);
        response.setHeader(REQUEST_ID, requestId);
        Matcher path = PATH_ID.matcher(request.getRequestURI());
        if (path.find()) {
            MDC.put(path.group(1).equals("groups") ? "groupId" : "taskId", path.group(2));
        }
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove("requestId");
            MDC.remove("groupId");
            MDC.remove("taskId");
            MDC.remove("userId");
        }
    }
}
