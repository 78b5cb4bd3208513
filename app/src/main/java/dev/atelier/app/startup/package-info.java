/** Start-up guidance: what is connected, and how to connect the rest. */
package dev.atelier.app.startup;
