package dev.atelier.core.rights;

/** What a forget did: records deleted, records where the member now shows as "former member", and the pseudonym. */
public record Erasure(int deleted, int pseudonymised, String pseudonymId) {}
