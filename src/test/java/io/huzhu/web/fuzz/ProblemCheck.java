package io.huzhu.web.fuzz;

import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What the fuzz suite requires of every answer: no 5xx, and a 4xx that is a problem detail people can read. */
final class ProblemCheck {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]+");
    /** Internal names that must not reach a client: our packages, the JDK's, the libraries'. */
    private static final List<String> INTERNAL =
            List.of("io.huzhu.", "java.", "tools.jackson", "com.fasterxml", "org.springframework", "org.apache");

    private ProblemCheck() {}

    /** Why the response breaks the rules, or null when it keeps them. */
    static @Nullable String violation(String method, RawHttp.Response response) {
        int status = response.status();
        if (status >= 500) {
            return "answered " + status;
        }
        if (status < 400) {
            return null;
        }
        String type = response.header("content-type");
        if (type == null || !type.startsWith("application/problem+json")) {
            return status + " as " + type;
        }
        if (method.equals("HEAD")) {
            return null; // a HEAD answer has no body to check
        }
        JsonNode body;
        try {
            body = JSON.readTree(response.body());
        } catch (RuntimeException e) {
            return status + " with a body that is not JSON";
        }
        if (!CODE.matcher(body.path("code").asString("")).matches()) {
            return status + " without a stable code";
        }
        if (body.path("status").asInt() != status) {
            return status + " whose problem says status " + body.path("status");
        }
        String detail =
                body.path("detail").asString("") + " " + body.path("title").asString("");
        if (detail.isBlank()) {
            return status + " " + body.path("code").asString() + " without a sentence";
        }
        for (String internal : INTERNAL) {
            if (detail.contains(internal)) {
                return status + " " + body.path("code").asString() + " naming an internal type (" + internal + ")";
            }
        }
        return null;
    }
}
