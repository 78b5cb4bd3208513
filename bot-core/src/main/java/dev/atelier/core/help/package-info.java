/** Help text generated from the command catalog. */
package dev.atelier.core.help;
