package io.huzhu.web;

import io.huzhu.shared.ErrorCode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The first look at every request, before security and before any controller, so that what the container would
 * choke on later gets a problem detail now: a query string that is not well-formed percent-encoded UTF-8 or has too
 * many parameters (400), and a {@code Content-Type} that is a wildcard, cannot be parsed, names an unknown charset
 * or, on the API, is a form or multipart body (415). An {@code Accept} header that cannot be parsed is disregarded, as RFC 9110 allows.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class RequestSanityFilter extends OncePerRequestFilter {

    static final int MAX_QUERY_PARAMETERS = 100;

    private final ProblemWriter problems;

    RequestSanityFilter(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String queryProblem = queryProblem(request.getQueryString());
        if (queryProblem != null) {
            problems.write(response, ProblemWriter.problem(ErrorCode.MALFORMED_REQUEST, queryProblem));
            return;
        }
        String contentType = request.getHeader(HttpHeaders.CONTENT_TYPE);
        if (contentType != null && !acceptableContentType(contentType, request.getRequestURI())) {
            problems.write(
                    response,
                    ProblemWriter.problem(
                            ErrorCode.UNSUPPORTED_MEDIA_TYPE, "Send application/json (charset UTF-8 if any)"));
            return;
        }
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        chain.doFilter(accept == null || parses(accept) ? request : new WithoutAccept(request), response);
    }

    /** Why the query string cannot be read, or null when it can. */
    static @Nullable String queryProblem(@Nullable String query) {
        if (query == null || query.isEmpty()) {
            return null;
        }
        String[] parts = query.split("&", -1);
        if (parts.length > MAX_QUERY_PARAMETERS) {
            return "Too many query parameters (at most " + MAX_QUERY_PARAMETERS + ")";
        }
        for (String part : parts) {
            if (!wellFormed(part)) {
                return "The query string is not valid percent-encoded UTF-8";
            }
        }
        return null;
    }

    private static boolean wellFormed(String part) {
        ByteBuffer bytes = ByteBuffer.allocate(part.length() * 4);
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (c == '%') {
                if (i + 2 >= part.length() || !hex(part.charAt(i + 1)) || !hex(part.charAt(i + 2))) {
                    return false;
                }
                bytes.put((byte) HexFormat.fromHexDigits(part, i + 1, i + 3));
                i += 2;
            } else {
                bytes.put(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        bytes.flip();
        try {
            String decoded = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes)
                    .toString();
            return decoded.chars().noneMatch(ch -> ch == 0);
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean hex(char c) {
        return Character.digit(c, 16) >= 0;
    }

    /**
     * Not a wildcard, parseable, a known charset; and on the API never a form or multipart body, which the container
     * would start parsing before any controller could refuse it.
     */
    private static boolean acceptableContentType(String value, String path) {
        try {
            MediaType type = MediaType.parseMediaType(value);
            if (type.isWildcardType() || type.isWildcardSubtype()) {
                return false;
            }
            if (path.startsWith("/api/")
                    && (type.getType().equals("multipart")
                            || type.isCompatibleWith(MediaType.APPLICATION_FORM_URLENCODED))) {
                return false;
            }
            String charset = type.getParameter("charset");
            return charset == null || Charset.isSupported(charset.replace("\"", ""));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean parses(String accept) {
        try {
            MediaType.parseMediaTypes(accept);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The request as if it had no {@code Accept} header. */
    private static final class WithoutAccept extends HttpServletRequestWrapper {

        WithoutAccept(HttpServletRequest request) {
            super(request);
        }

        @Override
        public @Nullable String getHeader(String name) {
            return HttpHeaders.ACCEPT.equalsIgnoreCase(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return HttpHeaders.ACCEPT.equalsIgnoreCase(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            return Collections.enumeration(Collections.list(super.getHeaderNames()).stream()
                    .filter(h -> !HttpHeaders.ACCEPT.equalsIgnoreCase(h))
                    .toList());
        }
    }
}
