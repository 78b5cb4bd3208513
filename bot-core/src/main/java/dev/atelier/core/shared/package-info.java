/**
 * Small domain types shared by every feature: who asks ({@code Requester}), how a refusal is expressed
 * ({@code Rejected}), a write that lost a race ({@code ConcurrentChange}) and how it is tried again
 * ({@code Contention}), what a member typed made safe to show others ({@code TypedText}), dates as people
 * type them, counts in words and JSON for exports shown in chat.
 */
package dev.atelier.core.shared;
