/**
 * Communities (a Discord guild or a Slack workspace), their members and settings, and who
 * moderates them. Every stored document carries its community id.
 */
package dev.atelier.core.community;
