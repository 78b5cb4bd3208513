/**
 * The portable message model: replies, notifications, buttons and modals that every adapter
 * renders in its platform's own form. Pure Java, no platform types.
 */
package dev.atelier.core.message;
