package dev.atelier.app.dashboard;

import dev.atelier.core.dashboard.DashboardReads;
import dev.atelier.core.dashboard.LoginLink;
import dev.atelier.core.dashboard.Redemption;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Opens a one-time link (after the person confirms with a POST): a fresh session bound to the link's moderator and community, then a
 * redirect so the token leaves the address bar and history. Signing out ends the session.
 */
@Controller
class LoginController {

    /** A session lasts at most this long, however active (it also ends after 30 idle minutes). */
    static final Duration SESSION_LIFETIME = Duration.ofHours(8);

    private final DashboardReads reads;
    private final Clock clock;

    private final String publicUrl;

    LoginController(
            DashboardReads reads, Clock clock, @Value("${atelier.public-url:http://localhost:8080}") String publicUrl) {
        this.reads = reads;
        this.clock = clock;
        this.publicUrl = publicUrl;
    }

    /**
     * Opening the link only asks to confirm: chat apps fetch links to preview them, and such a fetch
     * must not use up a one-time link. Links that cannot work any more say so right away.
     */
    @GetMapping("/dashboard/login/{token}")
    String confirm(@PathVariable String token, HttpServletResponse response, Model model) {
        SecurityHeaders.apply(response);
        Redemption result = reads.logins().check(token);
        if (!(result instanceof Redemption.Granted granted)) {
            throw refused(result);
        }
        model.addAttribute("community", granted.link().community().name());
        model.addAttribute("action", "/dashboard/login/" + token);
        return "dashboard/login";
    }

    @PostMapping("/dashboard/login/{token}")
    String login(@PathVariable String token, HttpServletRequest request, HttpServletResponse response) {
        SecurityHeaders.apply(response);
        if (!SameOrigin.allows(request, publicUrl)) {
            throw new DashboardProblem(
                    HttpStatus.FORBIDDEN,
                    "Open the link yourself",
                    "This sign-in came from another site, so it was refused and the link is still unused.",
                    "Open the link from your chat in your browser.");
        }
        Redemption result = reads.logins().redeem(token);
        if (!(result instanceof Redemption.Granted granted)) {
            throw refused(result);
        }
        HttpSession old = request.getSession(false);
        if (old != null) {
            old.invalidate();
        }
        LoginLink link = granted.link();
        HttpSession session = request.getSession(true);
        session.setMaxInactiveInterval((int) Duration.ofMinutes(30).toSeconds());
        session.setAttribute(
                Viewer.SESSION_KEY,
                new Viewer(
                        link.community().id(),
                        link.community().name(),
                        link.moderator().id(),
                        link.moderator().name(),
                        link.grant(),
                        clock.instant().plus(SESSION_LIFETIME),
                        null));
        return "redirect:/dashboard";
    }

    @PostMapping("/dashboard/logout")
    String logout(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        return "redirect:/dashboard/signed-out";
    }

    @GetMapping("/dashboard/signed-out")
    String signedOut(HttpServletResponse response) {
        SecurityHeaders.apply(response);
        return "dashboard/signed-out";
    }

    private static DashboardProblem refused(Redemption result) {
        String next = "Run /dashboard in your community's chat to get a new link.";
        if (result instanceof Redemption.Used) {
            return new DashboardProblem(
                    HttpStatus.GONE,
                    "Link already used",
                    "This login link was already used; each link opens the dashboard once.",
                    next);
        }
        if (result instanceof Redemption.Expired) {
            return new DashboardProblem(
                    HttpStatus.GONE, "Link expired", "This login link is older than 10 minutes.", next);
        }
        if (result instanceof Redemption.NotModerator) {
            return new DashboardProblem(
                    HttpStatus.FORBIDDEN,
                    "Moderators only",
                    "This link was issued to someone who is no longer a moderator.",
                    "Ask a moderator of your community if you think this is a mistake.");
        }
        return new DashboardProblem(
                HttpStatus.NOT_FOUND,
                "Unknown link",
                "This is not a login link Atelier issued. Check that you copied all of it.",
                next);
    }
}
