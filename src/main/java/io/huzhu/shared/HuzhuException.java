package io.huzhu.shared;

import java.util.List;
import java.util.Map;

/**
 * A refusal the caller can act on. Carries a stable {@link ErrorCode}, a human-readable detail, optional
 * field-level errors and optional extra properties (for example the remaining allowance).
 */
public class HuzhuException extends RuntimeException {

    private final ErrorCode code;
    private final List<FieldError> fieldErrors;
    private final Map<String, Object> properties;

    public HuzhuException(ErrorCode code, String detail) {
        this(code, detail, List.of(), Map.of());
    }

    public HuzhuException(ErrorCode code, String detail, List<FieldError> fieldErrors, Map<String, Object> properties) {
        super(detail, null, false, false);
        this.code = code;
        this.fieldErrors = List.copyOf(fieldErrors);
        this.properties = Map.copyOf(properties);
    }

    public static HuzhuException of(ErrorCode code) {
        return new HuzhuException(code, code.title());
    }

    public static HuzhuException invalid(List<FieldError> errors) {
        return new HuzhuException(ErrorCode.VALIDATION_FAILED, ErrorCode.VALIDATION_FAILED.title(), errors, Map.of());
    }

    public ErrorCode code() {
        return code;
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }

    public Map<String, Object> properties() {
        return properties;
    }

    /** One invalid field: the JSON path of the field, a stable reason code and a message. */
    public record FieldError(String field, String reason, String message) {}
}
