package fi.turvaverkko.organisations.web;

import java.net.URI;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import fi.turvaverkko.organisations.internal.BodyRulesBroken;

/**
 * problem+json for this module's API beyond what the platform answers: every broken rule of a body with its field, and
 * 403 for a method-security refusal (the platform's catch-all would otherwise answer it with 500).
 */
@RestControllerAdvice(assignableTypes = { BodyApiController.class, OrganisationApiController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class OrganisationsApiAdvice {

    @ExceptionHandler(BodyRulesBroken.class)
    ProblemDetail rulesBroken(BodyRulesBroken e, HttpServletRequest request) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Invalid input");
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("errors", e.violations().stream()
                .map(v -> Map.of("field", v.field(), "message", v.message()))
                .toList());
        return problem;
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail denied(AccessDeniedException e, HttpServletRequest request) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "Your account may not do this.");
        problem.setTitle("Forbidden");
        problem.setInstance(URI.create(request.getRequestURI()));
        return problem;
    }
}
