package dev.atelier.app.dashboard;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** CSV downloads of a cohort's pairs, a cohort's events and one pair's events (UTF-8, as attachments). */
@RestController
class ExportController {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final CsvExports exports;

    ExportController(CsvExports exports) {
        this.exports = exports;
    }

    @GetMapping("/dashboard/cohorts/{name}/pairs.csv")
    ResponseEntity<String> pairs(Viewer viewer, @PathVariable String name) {
        return csv(exports.pairs(viewer, name), "atelier-" + name + "-pairs.csv");
    }

    @GetMapping("/dashboard/cohorts/{name}/events.csv")
    ResponseEntity<String> cohortEvents(Viewer viewer, @PathVariable String name) {
        return csv(exports.cohortEvents(viewer, name), "atelier-" + name + "-events.csv");
    }

    @GetMapping("/dashboard/pairs/{number}/events.csv")
    ResponseEntity<String> pairEvents(Viewer viewer, @PathVariable long number) {
        return csv(exports.pairEvents(viewer, number), "atelier-internship-" + number + "-events.csv");
    }

    private static ResponseEntity<String> csv(String body, String filename) {
        String safe = filename.replaceAll("[^A-Za-z0-9._-]", "_");
        return ResponseEntity.ok()
                .contentType(CSV)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(safe, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(body);
    }
}
