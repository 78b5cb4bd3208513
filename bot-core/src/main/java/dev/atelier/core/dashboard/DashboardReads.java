package dev.atelier.core.dashboard;

import dev.atelier.core.clock.checkin.CheckinHistory;
import dev.atelier.core.clock.checkin.CheckinStore;
import dev.atelier.core.clock.mentorload.MentorLoadBoard;
import dev.atelier.core.cohort.CohortStore;
import dev.atelier.core.conversation.ConversationStore;
import dev.atelier.core.internship.InternshipStore;
import dev.atelier.core.planfit.CheckPlan;
import dev.atelier.core.profile.ProfileStore;
import dev.atelier.core.question.QuestionStore;

/**
 * What the web dashboard reads, every method scoped by community id: cohorts, internships,
 * questions, check-ins and their answers, message counts, profiles (for time zones), the login links, and
 * milestone estimates (hours against estimates) and every mentor's load.
 */
public record DashboardReads(
        RedeemLoginLink logins,
        CohortStore cohorts,
        InternshipStore internships,
        QuestionStore questions,
        CheckinStore checkins,
        CheckinHistory checkinHistory,
        ConversationStore conversations,
        ProfileStore profiles,
        CheckPlan plans,
        MentorLoadBoard mentorLoads) {}
