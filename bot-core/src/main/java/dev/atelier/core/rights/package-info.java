/**
 * Member rights: {@code mydata} (an export of everything stored about the caller, sent as a file in
 * a DM or through a one-time download link), {@code forget me} and {@code member forget} (erasure,
 * with the member shown as "former member" where others still need the record), and retention
 * ({@code community retention}, purged by a periodic round).
 */
package dev.atelier.core.rights;
