/** Small domain types shared by every feature: who asks, and how a refusal is expressed. */
package dev.atelier.core.shared;
