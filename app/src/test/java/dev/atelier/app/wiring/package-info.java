/** Tests of the whole application's wiring with a platform configured. */
package dev.atelier.app.wiring;
