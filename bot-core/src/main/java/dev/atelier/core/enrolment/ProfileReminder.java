package dev.atelier.core.enrolment;

import dev.atelier.core.message.Message;

/**
 * Port: adds to what a member is told on joining a cohort what the matching still lacks of their profile
 * (the profile feature answers it); the message as it is when nothing is missing.
 */
@FunctionalInterface
public interface ProfileReminder {

    Message remind(Message message, String communityId, String memberId, boolean mentor);
}
