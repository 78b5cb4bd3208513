/**
 * Signing credentials with Nimbus JOSE+JWT: ES256 (P-256) keys in a folder outside the database
 * (owner-only permissions where the file system has them), the current private key and every
 * retired key's public part, so that rotating never invalidates what was signed before. Tokens name
 * their key by an absolute URL into the published key set and carry no key of their own. Implements
 * {@link dev.atelier.core.credential.CredentialSigner}. Key material is never logged.
 */
package dev.atelier.core.signing;
