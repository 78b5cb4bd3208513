/**
 * Member rights over HTTP and the clock: the one-time download page of a data export
 * ({@code /mydata/{token}}), and the periodic retention round.
 */
package dev.atelier.app.rights;
