package dev.atelier.app.dashboard;

import dev.atelier.core.dashboard.DashboardReads;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The dashboard's pages; each asks its assembler for the view model of the viewer's community. */
@Controller
class PageController {

    private final DashboardReads reads;
    private final CohortsPageAssembler cohorts;
    private final CohortPageAssembler cohort;
    private final PairPageAssembler pair;
    private final MentorsPageAssembler mentors;

    PageController(
            DashboardReads reads,
            CohortsPageAssembler cohorts,
            CohortPageAssembler cohort,
            PairPageAssembler pair,
            MentorsPageAssembler mentors) {
        this.reads = reads;
        this.cohorts = cohorts;
        this.cohort = cohort;
        this.pair = pair;
        this.mentors = mentors;
    }

    @GetMapping("/dashboard")
    String cohorts(Viewer viewer, HttpServletRequest request, Model model) {
        ViewerZone zone = frame(viewer, request, model);
        model.addAttribute("page", cohorts.assemble(viewer, zone));
        return "dashboard/cohorts";
    }

    @GetMapping("/dashboard/cohorts/{name}")
    String cohort(
            Viewer viewer,
            @PathVariable String name,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String risk,
            @RequestParam(required = false) String q,
            HttpServletRequest request,
            Model model) {
        CohortFilter filter = CohortFilter.parse(sort, dir, status, risk, q);
        ViewerZone zone = frame(viewer, request, model);
        model.addAttribute("page", cohort.assemble(viewer, zone, name, filter));
        return "dashboard/cohort";
    }

    @GetMapping("/dashboard/pairs/{number}")
    String pair(Viewer viewer, @PathVariable long number, HttpServletRequest request, Model model) {
        ViewerZone zone = frame(viewer, request, model);
        model.addAttribute("page", pair.assemble(viewer, zone, number));
        return "dashboard/pair";
    }

    @GetMapping("/dashboard/mentors")
    String mentors(Viewer viewer, HttpServletRequest request, Model model) {
        ViewerZone zone = frame(viewer, request, model);
        model.addAttribute("page", mentors.assemble(viewer, zone));
        return "dashboard/mentors";
    }

    private ViewerZone frame(Viewer viewer, HttpServletRequest request, Model model) {
        ViewerZone zone = ViewerZone.of(viewer, reads);
        String query = request.getQueryString();
        model.addAttribute(
                "frame", Frame.of(viewer, zone, request.getRequestURI() + (query == null ? "" : "?" + query)));
        return zone;
    }
}
