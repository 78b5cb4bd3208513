package dev.atelier.core.credential;

import dev.atelier.core.message.Field;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Outcome;
import dev.atelier.core.message.Text;
import java.util.ArrayList;
import java.util.List;

/** {@code verify <id, link or token>}: anyone checks a credential's signature and whether it was revoked. */
public final class VerifyCredential {

    private final Credentials credentials;

    public VerifyCredential(Credentials credentials) {
        this.credentials = credentials;
    }

    public Outcome execute(String input) {
        Verification v = credentials.verify(input);
        Text head = Text.builder()
                .plain(v.status().icon() + " ")
                .bold(
                        switch (v.status()) {
                            case VALID -> "Valid credential.";
                            case REVOKED -> "This credential was revoked.";
                            case TAMPERED -> "Not genuine: the credential was changed or not signed by this Atelier.";
                            case UNKNOWN -> "Unknown credential.";
                        })
                .plain(" " + v.detail())
                .build();
        List<Field> fields = new ArrayList<>();
        if (!v.claims().isEmpty()) {
            fields.add(Field.of("Achievement", Text.user(v.claim("credentialSubject", "achievement", "name"))));
            fields.add(Field.of("Issuer", Text.user(v.claim("issuer", "name"))));
            fields.add(Field.of("Issued", Text.user(v.claim("validFrom"))));
        }
        if (v.credentialId() != null && v.status() != Verification.Status.UNKNOWN) {
            String link = credentials.links().credential(v.credentialId());
            fields.add(Field.wide("Link", Text.builder().link(link, link).build()));
        }
        return Outcome.reply(
                Message.privateReply(head).withTitle("Credential check").withFields(fields));
    }
}
