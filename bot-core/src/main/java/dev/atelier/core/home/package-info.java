/**
 * The home view: what matters now for the person looking, as an intern (their internships and open
 * questions), as a mentor (their queue) and as a moderator (per-cohort figures and questions
 * waiting). Platform-neutral; Slack shows it in the App Home tab, everyone can run {@code home}.
 */
package dev.atelier.core.home;
