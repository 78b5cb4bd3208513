package dev.atelier.app.dashboard;

import dev.atelier.core.dashboard.RedeemLoginLink;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Guards every dashboard page and export: a session must exist, be within its absolute expiry, and
 * its member must still be a moderator (checked again on each request). Marks responses private.
 */
final class ViewerSessions implements HandlerInterceptor {

    static final String REQUEST_KEY = "atelier.dashboard.viewer";

    private final RedeemLoginLink logins;
    private final Clock clock;

    ViewerSessions(RedeemLoginLink logins, Clock clock) {
        this.logins = logins;
        this.clock = clock;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        SecurityHeaders.apply(response);
        HttpSession session = request.getSession(false);
        Object stored = session == null ? null : session.getAttribute(Viewer.SESSION_KEY);
        if (!(stored instanceof Viewer viewer)) {
            throw DashboardProblem.signInAgain("You are not signed in to the dashboard, or your session ended.");
        }
        if (!clock.instant().isBefore(viewer.expiresAt())) {
            session.invalidate();
            throw DashboardProblem.signInAgain("Your dashboard session expired.");
        }
        if (!logins.stillModerator(viewer.communityId(), viewer.memberId(), viewer.grant())) {
            session.invalidate();
            throw new DashboardProblem(
                    HttpStatus.FORBIDDEN,
                    "Moderators only",
                    "You are no longer a moderator of " + viewer.communityName() + ".",
                    "Ask a moderator of your community if you think this is a mistake.");
        }
        request.setAttribute(REQUEST_KEY, viewer);
        return true;
    }
}
