package dev.atelier.app.rights;

import dev.atelier.core.message.FileAttachment;
import dev.atelier.core.rights.DataDownloads;
import dev.atelier.core.rights.RightsServices;
import java.util.Locale;
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
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * A data export's one-time link. Opening it only shows a button (chat apps fetch links to preview them,
 * and that must not use the link up); pressing it downloads the JSON, built at that moment, once. The
 * pages are Thymeleaf templates ({@code templates/rights/}).
 */
@RestController
class DataExportController {

    private final DataDownloads downloads;
    private final SpringTemplateEngine templates;

    DataExportController(RightsServices rights, SpringTemplateEngine templates) {
        this.downloads = rights.downloads();
        this.templates = templates;
    }

    @GetMapping("/mydata/{token}")
    ResponseEntity<String> confirm(@PathVariable String token) {
        if (!downloads.check(token)) {
            return html(HttpStatus.NOT_FOUND, "rights/export-gone");
        }
        return html(HttpStatus.OK, "rights/export");
    }

    @PostMapping("/mydata/{token}")
    ResponseEntity<?> download(@PathVariable String token) {
        Optional<FileAttachment> file = downloads.redeem(token);
        if (file.isEmpty()) {
            return html(HttpStatus.NOT_FOUND, "rights/export-gone");
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

    /** The page of that template (under {@code templates/}), with the headers a private page needs. */
    private ResponseEntity<String> html(HttpStatus status, String template) {
        return ResponseEntity.status(status)
                .headers(privateHeaders())
                .contentType(MediaType.TEXT_HTML)
                .body(templates.process(template, new Context(Locale.ENGLISH)));
    }

    private static HttpHeaders privateHeaders() {
        HttpHeaders headers = new HttpHeaders();
        headers.setCacheControl(CacheControl.noStore());
        headers.set("Referrer-Policy", "no-referrer");
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Content-Security-Policy", "default-src 'none'; form-action 'self'");
        return headers;
    }
}
