/**
 * A community's rhythm: how long an intern has to answer a check-in, how long a submission or a
 * question may wait before the mentor is reminded, and when a pair counts as stalled; moderators set
 * it with {@code community rhythm}, each part on its own. Also the port of the clock's one read across
 * communities ({@code ActiveInternships}).
 */
package dev.atelier.core.clock.rhythm;
