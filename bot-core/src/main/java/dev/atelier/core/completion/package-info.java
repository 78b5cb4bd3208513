/**
 * The end of an internship: the mentor's final review completes it, computes the pay statement by
 * the cohort's split rule and issues the intern's signed credential, all in one save; the intern
 * rates the mentorship; moderators set split rules and export statements. Ending an internship that will not
 * complete (withdrawing or closing it) is the {@code internship} feature's {@code EndInternship}.
 */
package dev.atelier.core.completion;
