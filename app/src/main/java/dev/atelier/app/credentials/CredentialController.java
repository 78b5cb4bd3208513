package dev.atelier.app.credentials;

import dev.atelier.core.credential.Credentials;
import dev.atelier.core.credential.Verification;
import dev.atelier.core.internship.IssuedCredential;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * Serves credentials to anyone who holds their id: a page for people (default), the credential
 * itself as JSON ({@code Accept: application/json} or {@code ?format=json}), the signed token
 * ({@code Accept: application/vc+jwt} or {@code ?format=jwt}; {@code &download} for a file), a
 * verification result (which is also the 1EdTech revocation list of credentials issued before status
 * lists), the revocation status lists, the issuer profiles and the key set.
 */
@RestController
class CredentialController {

    static final MediaType VC_JWT = MediaType.parseMediaType("application/vc+jwt");

    private final Credentials credentials;
    private final SpringTemplateEngine templates;

    CredentialController(Credentials credentials, SpringTemplateEngine templates) {
        this.credentials = credentials;
        this.templates = templates;
    }

    @GetMapping("/credentials/{id}")
    ResponseEntity<?> credential(
            @PathVariable String id,
            @RequestParam(required = false) String format,
            @RequestParam(required = false) String download,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        String wanted = format != null
                ? format
                : accept == null
                        ? "html"
                        : accept.contains("jwt")
                                ? "jwt"
                                : accept.contains("application/json") && !accept.contains("text/html")
                                        ? "json"
                                        : "html";
        Optional<IssuedCredential> stored = credentials.find(id);
        if (stored.isEmpty()) {
            return wanted.equals("html")
                    ? html(
                            HttpStatus.NOT_FOUND,
                            templates.process("credentials/not-found", new Context(Locale.ENGLISH)))
                    : ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", "unknown credential"));
        }
        String credentialId = stored.get().id();
        if (!stored.get().hasToken() && !wanted.equals("html")) {
            return ResponseEntity.status(HttpStatus.GONE)
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of(
                            "error",
                            "this credential was revoked and its "
                                    + "holder's data erased: only its revoked status is kept"));
        }
        Map<String, Object> document = credentials.document(credentialId).orElse(Map.of());
        return switch (wanted) {
            case "jwt" ->
                attach(ResponseEntity.ok().contentType(VC_JWT), download, credentialId, "jwt")
                        .body(stored.get().token());
            case "json" ->
                document.isEmpty()
                        ? ResponseEntity.status(HttpStatus.CONFLICT)
                                .body(Map.of("error", "the stored credential does " + "not verify"))
                        : attach(
                                        ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON),
                                        download,
                                        credentialId,
                                        "json")
                                .body(document);
            default -> html(HttpStatus.OK, page(credentials.verify(credentialId), stored.get(), document));
        };
    }

    @GetMapping(value = "/credentials/{id}/verify", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> verify(@PathVariable String id) {
        Verification v = credentials.find(id).isPresent()
                ? credentials.verify(id)
                : new Verification(
                        Verification.Status.UNKNOWN,
                        null,
                        null,
                        null,
                        "No credential with this id was " + "issued here.");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", v.credentialId() == null ? id : v.credentialId());
        body.put("valid", v.valid());
        body.put("status", v.status().word());
        body.put("detail", v.detail());
        if (v.record() != null && v.record().revoked()) {
            body.put("revokedAt", v.record().revokedAt().toString());
            body.put("revocationReason", v.record().revokedReason());
        }
        if (v.record() != null) {
            // the 1EdTech revocation list that credentials issued before status lists point at
            body.put(
                    "revokedCredential",
                    v.record().revoked()
                            ? List.of(Map.of(
                                    "id",
                                    credentials.links().credential(v.record().id()),
                                    "revoked",
                                    true,
                                    "revocationReason",
                                    v.record().revokedReason()))
                            : List.of());
        }
        HttpStatus status = v.status() == Verification.Status.UNKNOWN ? HttpStatus.NOT_FOUND : HttpStatus.OK;
        return ResponseEntity.status(status).body(body);
    }

    /** A Bitstring Status List credential: the signed VC-JWT, or with {@code ?format=json} (or a JSON Accept) its document. */
    @GetMapping("/credentials/status/{list}")
    ResponseEntity<?> statusList(
            @PathVariable String list,
            @RequestParam(required = false) String format,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        boolean json = "json".equals(format)
                || (format == null && accept != null && accept.contains("json") && !accept.contains("jwt"));
        Optional<?> body = json
                ? credentials.statusLists().document(list)
                : credentials.statusLists().token(list);
        return body.<ResponseEntity<?>>map(b -> ResponseEntity.ok()
                        .contentType(json ? MediaType.APPLICATION_JSON : VC_JWT)
                        .body(b))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
                        .contentType(MediaType.APPLICATION_JSON)
                        .body(Map.of("error", "unknown status list")));
    }

    @GetMapping(value = "/issuers/{communityId}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> issuer(@PathVariable String communityId) {
        return credentials
                .issuer(communityId)
                .map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", "unknown issuer")));
    }

    @GetMapping(value = "/.well-known/jwks.json", produces = MediaType.APPLICATION_JSON_VALUE)
    String keys() {
        return credentials.publicKeySet();
    }

    private String page(Verification v, IssuedCredential stored, Map<String, Object> document) {
        Context context = new Context(Locale.ENGLISH);
        context.setVariable(
                "c",
                CredentialView.of(
                        v, stored, document, credentials.shownScore(stored.id()).orElse(null), credentials.links()));
        return templates.process("credentials/credential", context);
    }

    private static ResponseEntity.BodyBuilder attach(
            ResponseEntity.BodyBuilder response, String download, String id, String extension) {
        return download == null
                ? response
                : response.header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("atelier-credential-" + id + "." + extension)
                                .build()
                                .toString());
    }

    private static ResponseEntity<String> html(HttpStatus status, String page) {
        return ResponseEntity.status(status)
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .body(page);
    }
}
