/**
 * Credentials: on completion the intern receives an Open Badges 3.0 credential (a W3C Verifiable
 * Credential) signed as a VC-JWT. {@link dev.atelier.core.credential.OpenBadge} builds its claims;
 * the {@link dev.atelier.core.credential.CredentialSigner} port signs and checks them (implemented
 * with Nimbus JOSE+JWT in {@code dev.atelier.core.signing}); verifying and revoking are use cases.
 *
 * <p>The credential itself lives inside its internship's document (see
 * {@link dev.atelier.core.internship.IssuedCredential}), so completing, issuing and revoking are
 * each one atomic write. Its id is public: anyone holding it may verify it, in any community.
 */
package dev.atelier.core.credential;
