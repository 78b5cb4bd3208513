/**
 * Ports to the chat platforms: creating an internship's private workspace, sending notifications and files,
 * opening question threads, and reporting API calls for monitoring. Each adapter implements them; {@link
 * dev.atelier.core.workspace.Outbound} routes by the community's platform.
 */
package dev.atelier.core.workspace;
