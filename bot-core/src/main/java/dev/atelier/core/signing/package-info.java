/**
 * Signing credentials with Nimbus JOSE+JWT: an ES256 (P-256) key generated on first run and kept
 * in a file outside the database (owner-only permissions where the file system has them), used to
 * sign VC-JWTs and to check them. Implements {@link dev.atelier.core.credential.CredentialSigner}.
 * Key material is never logged.
 */
package dev.atelier.core.signing;
