package io.huzhu.moderation;

import java.util.List;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** A finding as moderators see it (type, rule and explanation; never the matched text), stored as JSON. */
record Finding(String type, String rule, String explanation) {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<Finding>> LIST = new TypeReference<>() {};

    static String write(List<Finding> findings) {
        return JSON.writeValueAsString(findings);
    }

    static List<Finding> read(String json) {
        return json == null || json.isBlank() ? List.of() : JSON.readValue(json, LIST);
    }
}
