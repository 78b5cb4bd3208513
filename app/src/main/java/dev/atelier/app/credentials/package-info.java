/**
 * Public HTTP endpoints for credentials: {@code GET /credentials/{id}} (a human-readable page, the
 * Open Badges JSON, or the VC-JWT), {@code GET /credentials/{id}/verify} and the public key set
 * at {@code GET /.well-known/jwks.json}. Read-only; nothing here needs or reveals a secret.
 */
package dev.atelier.app.credentials;
