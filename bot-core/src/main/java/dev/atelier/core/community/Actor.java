package dev.atelier.core.community;

/**
 * The member who runs a command or presses a button. {@code platformModerator} is what the
 * platform says (Discord: Manage Server or the configured role; Slack: workspace admin or owner;
 * console: a configured moderator name); the community's own moderator list adds to it.
 */
public record Actor(Member member, boolean platformModerator) {

    public String id() {
        return member.id();
    }
}
