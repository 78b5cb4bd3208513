/**
 * Ports to the chat platforms: creating an internship's private workspace and sending
 * notifications. Each adapter implements them; {@link dev.atelier.core.workspace.Outbound} routes
 * by the community's platform.
 */
package dev.atelier.core.workspace;
