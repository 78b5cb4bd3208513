/**
 * Communities (a Discord guild or a Slack workspace), who acts in them (members, the platform's
 * moderators) and the community's own list of moderators, behind the {@code CommunityStore} port, and
 * what adapters report when the platform changes who moderates ({@code ModeratorChanges}). A
 * community's settings live with the features they set (rhythm, peer help, retention, holidays).
 */
package dev.atelier.core.community;
