/**
 * Mentor load: for each mentor, active interns against their capacity, submissions waiting and the oldest
 * wait, questions unanswered, hours logged this week against their weekly hours; {@code mentor load} for
 * moderators, and a one-time notice to the moderators (due work) when a mentor is over capacity or has work
 * waiting longer than the community's review time, with a mentor who has room and matching expertise.
 */
package dev.atelier.core.clock.mentorload;
