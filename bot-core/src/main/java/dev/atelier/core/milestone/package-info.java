/** Milestone planning: add, propose, confirm, start, edit, remove and list the steps of an internship. */
package dev.atelier.core.milestone;
