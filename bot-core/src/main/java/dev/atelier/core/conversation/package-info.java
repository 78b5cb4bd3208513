/**
 * Listening: messages people exchange in internship workspaces are counted (never stored), once
 * per platform message id however often the platform delivers them, and shown in {@code status}.
 */
package dev.atelier.core.conversation;
