package fi.turvaverkko.platform;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Hidden;

/** A path under /api that nothing serves gets a problem+json 404 rather than an HTML page. */
@Hidden
@RestController
class UnknownApiPath {

    @RequestMapping("/api/**")
    void unknown(HttpServletRequest request) {
        throw new NotFound("Nothing is served at " + request.getRequestURI() + ". The API is described at /v3/api-docs.");
    }
}
