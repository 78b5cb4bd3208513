/** Small domain types shared by every feature: who asks, how a refusal is expressed, and how a
 * write that lost an optimistic-locking race is tried again. */
package dev.atelier.core.shared;
