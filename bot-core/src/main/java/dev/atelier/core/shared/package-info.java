/**
 * Small domain types shared by every feature: who asks ({@code Requester}), how a refusal is expressed
 * ({@code Rejected}), how a write that lost an optimistic-locking race is tried again ({@code Contention}),
 * dates as people type them, counts in words and JSON for exports shown in chat.
 */
package dev.atelier.core.shared;
