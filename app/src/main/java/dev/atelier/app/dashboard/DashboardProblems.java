package dev.atelier.app.dashboard;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Shows a {@link DashboardProblem} as its page, wherever it was thrown: in a controller or in the
 * session guard before any controller (for instance on an unknown dashboard address).
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class DashboardProblems {

    @ExceptionHandler(DashboardProblem.class)
    ModelAndView problem(DashboardProblem problem, HttpServletResponse response) {
        return page(problem, response);
    }

    static ModelAndView page(DashboardProblem problem, HttpServletResponse response) {
        SecurityHeaders.apply(response);
        ModelAndView page = new ModelAndView("dashboard/problem");
        page.setStatus(problem.status());
        page.addObject("status", problem.status().value());
        page.addObject("title", problem.title());
        page.addObject("detail", problem.getMessage());
        page.addObject("next", problem.next());
        return page;
    }
}
