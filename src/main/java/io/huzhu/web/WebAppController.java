package io.huzhu.web;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Share links ({@code /t/<code>}) and invite links ({@code /g/<code>}) open the web app on the assist landing page
 * or the join page. The app itself is static ({@code static/index.html}) and routes by the URL fragment.
 */
@Controller
class WebAppController {

    @GetMapping("/t/{code}")
    ResponseEntity<Void> shareLink(@PathVariable String code) {
        return redirect("/#/t/" + safe(code));
    }

    @GetMapping("/g/{code}")
    ResponseEntity<Void> inviteLink(@PathVariable String code) {
        return redirect("/#/g/" + safe(code));
    }

    private static ResponseEntity<Void> redirect(String location) {
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
                .location(URI.create(location))
                .build();
    }

    /** Codes are short alphanumerics; anything else is dropped rather than echoed into a URL. */
    private static String safe(String code) {
        return code.replaceAll("[^A-Za-z0-9_-]", "");
    }
}
