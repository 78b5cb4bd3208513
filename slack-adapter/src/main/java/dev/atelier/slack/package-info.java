/**
 * The Slack adapter: a Bolt app served over HTTP at {@code /slack/events} (and over Socket Mode
 * when an app token is set) that turns {@code /atelier} commands, button presses and modal
 * submissions into {@link dev.atelier.core.command.AtelierBot} calls, renders core messages as
 * Block Kit, and implements the core's outbound ports (notifications, private workspaces) with
 * the Slack Web API. Everything but {@link dev.atelier.slack.SlackConfiguration} and
 * {@link dev.atelier.slack.SlackProperties} is package-private.
 */
package dev.atelier.slack;
