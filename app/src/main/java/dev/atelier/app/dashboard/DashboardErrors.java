package dev.atelier.app.dashboard;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Turns every refusal and failure of a dashboard request into a page with the right status and what
 * to do next; nothing of the exception reaches the page but a reference for the log.
 */
@ControllerAdvice(
        assignableTypes = {PageController.class, ExportController.class, ZoneController.class, LoginController.class})
class DashboardErrors {

    private static final Logger log = LoggerFactory.getLogger(DashboardErrors.class);

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView badArgument(MethodArgumentTypeMismatchException e, HttpServletResponse response) {
        return DashboardProblems.page(
                DashboardProblem.badRequest("“" + e.getValue() + "” is not a valid " + e.getName() + "."), response);
    }

    @ExceptionHandler(RuntimeException.class)
    ModelAndView failed(RuntimeException e, HttpServletResponse response) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        log.error("Dashboard request failed (ref {})", reference, e);
        return DashboardProblems.page(
                new DashboardProblem(
                        HttpStatus.INTERNAL_SERVER_ERROR,
                        "Something went wrong",
                        "Something went wrong on our side (reference " + reference + ").",
                        "Try again in a moment; if it keeps happening, tell whoever runs this Atelier."),
                response);
    }
}
