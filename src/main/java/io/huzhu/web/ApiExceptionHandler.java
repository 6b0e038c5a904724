package io.huzhu.web;

import io.huzhu.shared.ErrorCode;
import io.huzhu.shared.HuzhuException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.validation.BindException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingPathVariableException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Maps every failure to a problem detail with a stable code; an unexpected one is logged and shown as a 500. */
@RestControllerAdvice
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(HuzhuException.class)
    ResponseEntity<ProblemDetail> huzhu(HuzhuException ex) {
        ProblemDetail problem = ProblemWriter.problem(ex.code(), ex.getMessage());
        if (!ex.fieldErrors().isEmpty()) {
            problem.setProperty("errors", ex.fieldErrors());
        }
        ex.properties().forEach(problem::setProperty);
        return respond(problem);
    }

    @ExceptionHandler(BindException.class)
    ResponseEntity<ProblemDetail> invalid(BindException ex) {
        List<HuzhuException.FieldError> errors = ex.getFieldErrors().stream()
                .map(e -> new HuzhuException.FieldError(
                        e.getField(),
                        e.getCode() == null ? "INVALID" : e.getCode().toUpperCase(java.util.Locale.ROOT),
                        e.getDefaultMessage() == null ? "invalid" : e.getDefaultMessage()))
                .toList();
        return huzhu(HuzhuException.invalid(errors));
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<ProblemDetail> invalidParameters(HandlerMethodValidationException ex) {
        List<HuzhuException.FieldError> errors = ex.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream()
                        .map(e -> new HuzhuException.FieldError(
                                r.getMethodParameter().getParameterName() == null
                                        ? "parameter"
                                        : r.getMethodParameter().getParameterName(),
                                "INVALID",
                                e.getDefaultMessage() == null ? "invalid" : e.getDefaultMessage())))
                .toList();
        return huzhu(HuzhuException.invalid(errors));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException ex) {
        if (BodySizeLimitFilter.isTooLarge(ex)) {
            return respond(ProblemWriter.problem(ErrorCode.PAYLOAD_TOO_LARGE, null));
        }
        HuzhuException.FieldError refused = ReadableErrors.refusedValue(ex);
        if (refused != null) {
            return huzhu(HuzhuException.invalid(List.of(refused)));
        }
        return respond(ProblemWriter.problem(ErrorCode.MALFORMED_REQUEST, ReadableErrors.body(ex)));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> badParameter(MethodArgumentTypeMismatchException ex) {
        String expected = ex.getRequiredType() == null ? null : ReadableErrors.expected(ex.getRequiredType());
        return respond(ProblemWriter.problem(
                ErrorCode.MALFORMED_REQUEST,
                "'" + ex.getName() + "' " + (expected == null ? "is not valid" : "must be " + expected)));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missingParameter(MissingServletRequestParameterException ex) {
        return respond(ProblemWriter.problem(
                ErrorCode.MALFORMED_REQUEST, "Missing parameter '" + ex.getParameterName() + "'"));
    }

    /** A blank path segment ({@code /api/tasks/%20}) converts to no value at all. */
    @ExceptionHandler(MissingPathVariableException.class)
    ResponseEntity<ProblemDetail> missingPathVariable(MissingPathVariableException ex) {
        return respond(ProblemWriter.problem(
                ErrorCode.MALFORMED_REQUEST, "The path is missing its '" + ex.getVariableName() + "'"));
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    ResponseEntity<ProblemDetail> missingHeader(MissingRequestHeaderException ex) {
        return respond(ProblemWriter.problem(ErrorCode.MALFORMED_REQUEST, "Missing header " + ex.getHeaderName()));
    }

    @ExceptionHandler(ServletRequestBindingException.class)
    ResponseEntity<ProblemDetail> binding(ServletRequestBindingException ex) {
        return respond(ProblemWriter.problem(ErrorCode.MALFORMED_REQUEST, "A required part of the request is missing"));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException ex) {
        return respond(ProblemWriter.problem(ErrorCode.UNSUPPORTED_MEDIA_TYPE, "Send application/json"));
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<ProblemDetail> notAcceptable(HttpMediaTypeNotAcceptableException ex) {
        return respond(ProblemWriter.problem(ErrorCode.NOT_ACCEPTABLE, null));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException ex) {
        return respond(ProblemWriter.problem(
                ErrorCode.METHOD_NOT_ALLOWED,
                ex.getMethod() + " is not supported here"
                        + (ex.getSupportedMethods() == null
                                ? ""
                                : "; use " + String.join(" or ", ex.getSupportedMethods()))));
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NoResourceFoundException ex) {
        return respond(ProblemWriter.problem(ErrorCode.NOT_FOUND, "No such resource"));
    }

    @ExceptionHandler({AccessDeniedException.class, AuthorizationDeniedException.class})
    ResponseEntity<ProblemDetail> denied(Exception ex) {
        return respond(ProblemWriter.problem(ErrorCode.FORBIDDEN, null));
    }

    @ExceptionHandler({CannotAcquireLockException.class, QueryTimeoutException.class})
    ResponseEntity<ProblemDetail> busy(Exception ex) {
        log.warn("Database busy: {}", ex.getMessage());
        ProblemDetail problem = ProblemWriter.problem(ErrorCode.BUSY, null);
        problem.setProperty("retryAfterSeconds", 1);
        return respond(problem);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception ex, HttpServletRequest request) {
        log.error("Unexpected failure on {} {}", request.getMethod(), request.getRequestURI(), ex);
        return respond(ProblemWriter.problem(ErrorCode.INTERNAL_ERROR, "Unexpected error; it has been logged"));
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        var builder = ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON);
        Map<String, Object> properties = problem.getProperties();
        if (properties != null && properties.containsKey("retryAfterSeconds")) {
            builder.header(
                    HttpHeaders.RETRY_AFTER, properties.get("retryAfterSeconds").toString());
        }
        return builder.body(problem);
    }
}
