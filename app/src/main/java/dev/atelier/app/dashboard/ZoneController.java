package dev.atelier.app.dashboard;

import jakarta.servlet.http.HttpSession;
import java.time.ZoneId;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.view.RedirectView;

/** The time zone picker: keeps the choice in the session and goes back to the page (only a dashboard page). */
@Controller
class ZoneController {

    @GetMapping("/dashboard/timezone")
    RedirectView choose(
            Viewer viewer,
            @RequestParam(required = false) String tz,
            @RequestParam(required = false) String back,
            HttpSession session) {
        ZoneId zone = ViewerZone.parse(tz);
        if (zone == null) {
            throw DashboardProblem.badRequest("“" + tz + "” is not a time zone; use a name such as Europe/Paris.");
        }
        session.setAttribute(Viewer.SESSION_KEY, viewer.withZone(zone.getId()));
        boolean local = back != null && back.matches("/dashboard(/[^\\\\]*)?(\\?.*)?");
        RedirectView redirect = new RedirectView(local ? back : "/dashboard", true);
        redirect.setExpandUriTemplateVariables(false);
        return redirect;
    }
}
