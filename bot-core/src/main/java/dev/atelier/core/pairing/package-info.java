/**
 * Pairing a cohort: loads the enrolled members' profiles into the matching model, previews the
 * optimal pairs with their reasons and everyone left out, lets a moderator override a pair by
 * hand, and confirms the plan by starting the internships.
 */
package dev.atelier.core.pairing;
