/**
 * The Discord adapter: JDA gateway events become {@link dev.atelier.core.command.AtelierBot} calls
 * (one class per interaction kind, routed by {@code DiscordListener}), core messages become
 * embeds, buttons and modals, and the outbound ports ({@code Notifier},
 * {@code WorkspaceProvisioner}) post to channels, DMs and private workspaces. Everything but the
 * auto-configuration and its properties is package-private.
 */
package dev.atelier.discord;
