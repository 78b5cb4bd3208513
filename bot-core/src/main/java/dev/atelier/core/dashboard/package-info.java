/**
 * The moderators' web dashboard, seen from the core: the {@code dashboard} command issues a
 * one-time login link (only a hash of its token is stored), redeeming it checks it once and
 * atomically, and {@link dev.atelier.core.dashboard.DashboardReads} gives the web application the
 * community-scoped reads its pages show.
 */
package dev.atelier.core.dashboard;
