/** Tasks: the real jobs internships are built on, with budget, skills and deliverables. */
package dev.atelier.core.task;
