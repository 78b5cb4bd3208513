/**
 * Public HTTP endpoints for credentials: {@code GET /credentials/{id}} (a human-readable page, the
 * Open Badges JSON, or the VC-JWT), {@code GET /credentials/{id}/verify}, the issuing community's
 * profile at {@code GET /issuers/{communityId}} and the public key set
 * at {@code GET /.well-known/jwks.json}. Read-only; nothing here needs or reveals a secret.
 */
package dev.atelier.app.credentials;
