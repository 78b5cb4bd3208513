/**
 * Credentials: on completion the intern receives an Open Badges 3.0 credential (a W3C Verifiable
 * Credential 2.0) signed as a VC-JWT. {@link dev.atelier.core.credential.OpenBadge} builds the
 * credential and its JWT claims; {@link dev.atelier.core.credential.IssueCredential} gives it the
 * intern's stable, non-identifying subject ({@link dev.atelier.core.credential.Recipient}) and a
 * random index in the community's revocation list ({@link dev.atelier.core.credential.StatusLists},
 * published by {@link dev.atelier.core.credential.StatusListCredential} as a W3C Bitstring Status
 * List); the {@link dev.atelier.core.credential.CredentialSigner} port signs and checks them and
 * rotates the key (implemented with Nimbus JOSE+JWT in {@code dev.atelier.core.signing}); verifying,
 * revoking, the holder's choices and key rotation are use cases.
 *
 * <p>The credential itself lives inside its internship's document (see
 * {@link dev.atelier.core.internship.IssuedCredential}), so completing, issuing and revoking are
 * each one atomic write of it; a revocation then sets the credential's bit in its status list. Its
 * id is public: anyone holding it may verify it, in any community.
 */
package dev.atelier.core.credential;
