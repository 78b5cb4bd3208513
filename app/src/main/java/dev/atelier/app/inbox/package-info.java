/**
 * The command inbox as beans: its settings ({@code atelier.inbox.*}), the store and engine, the
 * {@link dev.atelier.core.inbox.Inbox} the adapters store commands in, and the workers, started with
 * the application and stopped gracefully (they finish the command in hand and give their lanes back)
 * before the store closes.
 */
package dev.atelier.app.inbox;
