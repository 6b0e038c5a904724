package io.huzhu.web;

import io.huzhu.shared.ErrorCode;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Builds RFC 9457 problem details with Huzhu's stable {@code code} member. */
@Component
class ProblemWriter {

    static final String TYPE_BASE = "https://huzhu.io/problems/";
    private final JsonMapper json;

    ProblemWriter(JsonMapper json) {
        this.json = json;
    }

    static ProblemDetail problem(ErrorCode code, @Nullable String detail) {
        return problem(code.status(), code, detail);
    }

    /** A problem with the status the container chose, which may differ from the code's usual one (414, 431). */
    static ProblemDetail problem(int status, ErrorCode code, @Nullable String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                org.springframework.http.HttpStatusCode.valueOf(status), detail == null ? code.title() : detail);
        problem.setType(URI.create(
                TYPE_BASE + code.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')));
        problem.setTitle(code.title());
        problem.setProperty("code", code.name());
        return problem;
    }

    /** Writes a problem outside Spring MVC (in filters, where no controller advice applies). */
    void write(HttpServletResponse response, ErrorCode code, @Nullable String detail) throws IOException {
        write(response, problem(code, detail));
    }

    void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        Object retry =
                problem.getProperties() == null ? null : problem.getProperties().get("retryAfterSeconds");
        if (retry != null) {
            response.setHeader("Retry-After", retry.toString());
        }
        json.writeValue(response.getOutputStream(), problem);
    }
}
