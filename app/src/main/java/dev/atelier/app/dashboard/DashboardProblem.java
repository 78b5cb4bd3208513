package dev.atelier.app.dashboard;

import org.springframework.http.HttpStatus;

/** A request the dashboard refuses, with the page it shows: a status, a title, what happened and what to do. */
final class DashboardProblem extends RuntimeException {

    private final HttpStatus status;
    private final String title;
    private final String next;

    DashboardProblem(HttpStatus status, String title, String detail, String next) {
        super(detail);
        this.status = status;
        this.title = title;
        this.next = next;
    }

    static DashboardProblem signInAgain(String why) {
        return new DashboardProblem(
                HttpStatus.UNAUTHORIZED,
                "Please sign in",
                why,
                "Run /dashboard in your community's chat to get a new one-time link.");
    }

    static DashboardProblem notFound(String what) {
        return new DashboardProblem(
                HttpStatus.NOT_FOUND, "Not found", what, "Go back to the cohorts overview and pick from the list.");
    }

    static DashboardProblem badRequest(String what) {
        return new DashboardProblem(
                HttpStatus.BAD_REQUEST,
                "That request does not make sense",
                what,
                "Use the links and forms on the page, or clear the filters.");
    }

    HttpStatus status() {
        return status;
    }

    String title() {
        return title;
    }

    String next() {
        return next;
    }
}
