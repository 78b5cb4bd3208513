package dev.atelier.app.credentials;

import dev.atelier.core.credential.Credentials;
import dev.atelier.core.credential.Verification;
import dev.atelier.core.internship.IssuedCredential;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves credentials to anyone who holds their id: a page for people (default), the credential's
 * JSON ({@code Accept: application/json} or {@code ?format=json}), the signed token
 * ({@code Accept: application/vc+jwt} or {@code ?format=jwt}), and a verification result.
 */
@RestController
class CredentialController {

    static final MediaType VC_JWT = MediaType.parseMediaType("application/vc+jwt");

    private final Credentials credentials;

    CredentialController(Credentials credentials) {
        this.credentials = credentials;
    }

    @GetMapping("/credentials/{id}")
    ResponseEntity<?> credential(@PathVariable String id, @RequestParam(required = false) String format,
                                 @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        String wanted = format != null ? format : accept == null ? "html" : accept.contains("jwt") ? "jwt"
                : accept.contains("application/json") && !accept.contains("text/html") ? "json" : "html";
        Optional<IssuedCredential> stored = credentials.find(id);
        if (stored.isEmpty()) {
            return wanted.equals("html") ? html(HttpStatus.NOT_FOUND, CredentialPage.notFound())
                    : ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", "unknown credential"));
        }
        Verification verification = credentials.verify(stored.get().id());
        return switch (wanted) {
            case "jwt" -> ResponseEntity.ok().contentType(VC_JWT).body(stored.get().token());
            case "json" -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(verification.claims());
            default -> html(HttpStatus.OK, CredentialPage.render(verification, stored.get(),
                    credentials.links().verify(stored.get().id())));
        };
    }

    @GetMapping(value = "/credentials/{id}/verify", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> verify(@PathVariable String id) {
        Verification v = credentials.find(id).isPresent() ? credentials.verify(id)
                : new Verification(Verification.Status.UNKNOWN, null, null, null, "No credential with this id was "
                        + "issued here.");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", v.credentialId() == null ? id : v.credentialId());
        body.put("valid", v.valid());
        body.put("status", v.status().word());
        body.put("detail", v.detail());
        if (v.record() != null && v.record().revoked()) {
            body.put("revokedAt", v.record().revokedAt().toString());
            body.put("revocationReason", v.record().revokedReason());
        }
        HttpStatus status = v.status() == Verification.Status.UNKNOWN ? HttpStatus.NOT_FOUND : HttpStatus.OK;
        return ResponseEntity.status(status).body(body);
    }

    @GetMapping(value = "/issuers/{communityId}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> issuer(@PathVariable String communityId) {
        return credentials.issuer(communityId).map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", "unknown issuer")));
    }

    @GetMapping(value = "/.well-known/jwks.json", produces = MediaType.APPLICATION_JSON_VALUE)
    String keys() {
        return credentials.publicKeySet();
    }

    private static ResponseEntity<String> html(HttpStatus status, String page) {
        return ResponseEntity.status(status).contentType(new MediaType(MediaType.TEXT_HTML,
                java.nio.charset.StandardCharsets.UTF_8)).body(page);
    }
}
