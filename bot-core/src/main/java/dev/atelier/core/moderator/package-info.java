/**
 * Who moderates a community besides the platform's own admins: {@code moderator add}, {@code moderator remove}
 * and {@code moderator list} keep the community's list of moderators ({@link
 * dev.atelier.core.moderator.ManageModerators}). What moderators hear about is the {@code moderation} feature.
 */
package dev.atelier.core.moderator;
