package io.huzhu.web.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The operations of the server's own OpenAPI document ({@code /v3/api-docs}), with their path and query parameters
 * and request body schemas ({@code $ref}s resolved). Tests generated from it cover a new endpoint without anyone
 * writing a line for it.
 */
public final class OpenApiOperations {

    public record Parameter(String name, String in, JsonNode schema, boolean required) {}

    public record Operation(
            String method,
            String path,
            String operationId,
            List<Parameter> parameters,
            @Nullable JsonNode body,
            @Nullable String bodyType) {

        public List<Parameter> in(String where) {
            return parameters.stream().filter(p -> p.in().equals(where)).toList();
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final JsonNode document;

    public OpenApiOperations(String json) {
        this.document = JSON.readTree(json);
    }

    public List<Operation> all() {
        List<Operation> operations = new ArrayList<>();
        for (var path : document.path("paths").properties()) {
            for (var op : path.getValue().properties()) {
                String method = op.getKey().toUpperCase(Locale.ROOT);
                JsonNode node = op.getValue();
                List<Parameter> parameters = new ArrayList<>();
                for (JsonNode p : node.path("parameters")) {
                    JsonNode resolved = resolve(p);
                    parameters.add(new Parameter(
                            resolved.path("name").asString(),
                            resolved.path("in").asString(),
                            resolve(resolved.path("schema")),
                            resolved.path("required").asBoolean(false)));
                }
                JsonNode body = null;
                String bodyType = null;
                for (var content : node.path("requestBody").path("content").properties()) {
                    bodyType = content.getKey();
                    body = resolve(content.getValue().path("schema"));
                    break;
                }
                parameters.sort(java.util.Comparator.comparing(Parameter::name));
                operations.add(new Operation(
                        method, path.getKey(), node.path("operationId").asString(""), parameters, body, bodyType));
            }
        }
        operations.sort(java.util.Comparator.comparing(Operation::toString));
        return operations;
    }

    /** Follows a {@code $ref} to its component; other nodes are returned as they are. */
    public JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        for (int hops = 0; hops < 10 && current.has("$ref"); hops++) {
            String ref = current.path("$ref").asString();
            JsonNode target = document;
            for (String part : ref.substring(2).split("/")) {
                target = target.path(part);
            }
            current = target;
        }
        return current;
    }
}
