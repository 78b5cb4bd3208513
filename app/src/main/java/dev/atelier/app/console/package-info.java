/**
 * The local console: one community on standard input, where each line names who acts, and every
 * reply, workspace post and DM is printed.
 */
package dev.atelier.app.console;
