package io.huzhu.web;

import io.huzhu.shared.ErrorCode;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The container's error page, in place of Spring Boot's: whatever sent an error without a body (a servlet, a filter,
 * Spring Security's firewall) gets a problem detail with a stable code. Asked for directly, {@code /error} is simply
 * not found.
 */
@Hidden
@RestController
class ProblemErrorController implements ErrorController {

    @RequestMapping("/error")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer s && s >= 400 ? s : 404;
        ErrorCode error = ErrorCode.forStatus(status);
        String detail = status == 404 ? "No such resource" : error.title();
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ProblemWriter.problem(status, error, detail));
    }
}
