package dev.atelier.app.rights;

import dev.atelier.core.message.FileAttachment;
import dev.atelier.core.rights.DataDownloads;
import dev.atelier.core.rights.RightsServices;
import java.util.Optional;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A data export's one-time link. Opening it only shows a button (chat apps fetch links to preview them,
 * and that must not use the link up); pressing it downloads the JSON, built at that moment, once.
 */
@RestController
class DataExportController {

    private static final String GONE = page(
            "This link does not work any more",
            "A data export link works once, for 15 minutes. Run <code>mydata</code> in your community for a new one.");

    private final DataDownloads downloads;

    DataExportController(RightsServices rights) {
        this.downloads = rights.downloads();
    }

    @GetMapping("/mydata/{token}")
    ResponseEntity<String> confirm(@PathVariable String token) {
        if (!downloads.check(token)) {
            return html(HttpStatus.NOT_FOUND, GONE);
        }
        return html(
                HttpStatus.OK,
                page(
                        "Your data export",
                        "Everything Atelier stores about you in your community, "
                                + "as a JSON file. The link works once.<form method=\"post\"><button type=\"submit\">Download my data"
                                + "</button></form>"));
    }

    @PostMapping("/mydata/{token}")
    ResponseEntity<?> download(@PathVariable String token) {
        Optional<FileAttachment> file = downloads.redeem(token);
        if (file.isEmpty()) {
            return html(HttpStatus.NOT_FOUND, GONE);
        }
        return ResponseEntity.ok()
                .headers(privateHeaders())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.get().fileName())
                                .build()
                                .toString())
                .contentType(MediaType.APPLICATION_JSON)
                .body(file.get().content());
    }

    private static ResponseEntity<String> html(HttpStatus status, String body) {
        return ResponseEntity.status(status)
                .headers(privateHeaders())
                .contentType(MediaType.TEXT_HTML)
                .body(body);
    }

    private static HttpHeaders privateHeaders() {
        HttpHeaders headers = new HttpHeaders();
        headers.setCacheControl(CacheControl.noStore());
        headers.set("Referrer-Policy", "no-referrer");
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Content-Security-Policy", "default-src 'none'; form-action 'self'");
        return headers;
    }

    private static String page(String title, String body) {
        return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title + "</title></head>"
                + "<body><h1>" + title + "</h1><p>" + body + "</p></body></html>";
    }
}
