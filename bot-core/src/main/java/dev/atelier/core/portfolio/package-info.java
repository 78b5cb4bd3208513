/**
 * Portfolio and reputation: a member's completed micro-internships with their scores, skills,
 * hours and credential links ({@code portfolio [member] [format]}), exported as Markdown or JSON.
 * {@link dev.atelier.core.portfolio.Portfolio} is the query other features (a profile, matching)
 * use to weigh a member's record.
 */
package dev.atelier.core.portfolio;
