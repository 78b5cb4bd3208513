/**
 * A community's rhythm: how long an intern has to answer a check-in, how long a submission or a
 * question may wait before the mentor is reminded, and when a pair counts as stalled; moderators set
 * it with {@code community rhythm}.
 */
package dev.atelier.core.clock.rhythm;
