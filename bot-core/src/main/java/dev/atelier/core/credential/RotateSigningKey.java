package dev.atelier.core.credential;

import dev.atelier.core.message.Message;
import dev.atelier.core.message.Outcome;
import dev.atelier.core.message.Text;
import dev.atelier.core.shared.Rejected;
import dev.atelier.core.shared.Requester;

/**
 * {@code credential rotate-key}: a moderator of the operator's community (the community named by
 * {@code atelier.credentials.operator-community}, the one that runs this Atelier) retires the signing
 * key and makes a new one. The retired key stays in the published key set, so every credential it
 * signed still verifies; new credentials name the new key.
 */
public final class RotateSigningKey {

    private final CredentialSigner signer;
    private final String operatorCommunity;

    /** {@code operatorCommunity} null or blank: nobody rotates from chat (the command line still can). */
    public RotateSigningKey(CredentialSigner signer, String operatorCommunity) {
        this.signer = signer;
        this.operatorCommunity =
                operatorCommunity == null || operatorCommunity.isBlank() ? null : operatorCommunity.strip();
    }

    public Outcome execute(Requester requester) {
        if (!requester.moderator() || !requester.communityId().equals(operatorCommunity)) {
            throw new Rejected("Only moderators of the community that operates this Atelier rotate the signing key"
                    + (operatorCommunity == null
                            ? " (none is configured: the operator sets "
                                    + "atelier.credentials.operator-community, or starts Atelier once with --rotate-credential-key)."
                            : "."));
        }
        String old = signer.keyId();
        String now = signer.rotate();
        return Outcome.reply(Message.privateReply(Text.builder()
                .plain("🔑 New signing key: ")
                .code(now)
                .plain(". The previous key ")
                .code(old)
                .plain(" stays published, so every credential issued so far still verifies.")
                .build()));
    }
}
