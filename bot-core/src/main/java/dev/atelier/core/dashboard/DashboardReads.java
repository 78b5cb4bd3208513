package dev.atelier.core.dashboard;

import dev.atelier.core.clock.checkin.AnsweredCheckin;
import dev.atelier.core.clock.checkin.Checkin;
import dev.atelier.core.clock.checkin.CheckinHistory;
import dev.atelier.core.clock.checkin.CheckinStore;
import dev.atelier.core.clock.mentorload.MentorLoadBoard;
import dev.atelier.core.cohort.Cohort;
import dev.atelier.core.cohort.CohortStore;
import dev.atelier.core.conversation.ConversationStore;
import dev.atelier.core.internship.Internship;
import dev.atelier.core.internship.InternshipStore;
import dev.atelier.core.planfit.CheckPlan;
import dev.atelier.core.profile.Profile;
import dev.atelier.core.profile.ProfileStore;
import dev.atelier.core.question.Question;
import dev.atelier.core.question.QuestionStore;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The read model of the web dashboard: only reads, every one scoped by community id (cohorts,
 * internships, questions, check-ins and their answers, message counts, a member's time zone, milestone
 * estimates, every mentor's load) and the login links. The dashboard sees no store port, only this.
 */
public final class DashboardReads {

    private final RedeemLoginLink logins;
    private final CohortStore cohorts;
    private final InternshipStore internships;
    private final QuestionStore questions;
    private final CheckinStore checkins;
    private final CheckinHistory checkinHistory;
    private final ConversationStore conversations;
    private final ProfileStore profiles;
    private final CheckPlan plans;
    private final MentorLoadBoard mentorLoads;

    public DashboardReads(
            RedeemLoginLink logins,
            CohortStore cohorts,
            InternshipStore internships,
            QuestionStore questions,
            CheckinStore checkins,
            CheckinHistory checkinHistory,
            ConversationStore conversations,
            ProfileStore profiles,
            CheckPlan plans,
            MentorLoadBoard mentorLoads) {
        this.logins = logins;
        this.cohorts = cohorts;
        this.internships = internships;
        this.questions = questions;
        this.checkins = checkins;
        this.checkinHistory = checkinHistory;
        this.conversations = conversations;
        this.profiles = profiles;
        this.plans = plans;
        this.mentorLoads = mentorLoads;
    }

    public RedeemLoginLink logins() {
        return logins;
    }

    public Optional<Cohort> cohort(String communityId, String name) {
        return cohorts.find(communityId, name);
    }

    public List<Cohort> cohorts(String communityId) {
        return cohorts.list(communityId);
    }

    public Optional<Internship> internship(String communityId, long number) {
        return internships.find(communityId, number);
    }

    /** The internships of a cohort (null: those outside any cohort). */
    public List<Internship> internshipsOfCohort(String communityId, String cohortName) {
        return internships.findByCohort(communityId, cohortName);
    }

    public List<Question> questionsOf(String communityId, long internship) {
        return questions.ofInternship(communityId, internship);
    }

    public Optional<Checkin> checkin(String communityId, long internship) {
        return checkins.find(communityId, internship);
    }

    /** Every check-in answer of an internship, newest first. */
    public List<AnsweredCheckin> answers(String communityId, long internship) {
        return checkinHistory.of(communityId, internship);
    }

    public long messages(String communityId, long internship) {
        return conversations.messages(communityId, internship);
    }

    public Map<LocalDate, Long> messagesByWeek(String communityId, long internship) {
        return conversations.messagesByWeek(communityId, internship);
    }

    public Optional<Instant> lastMessageAt(String communityId, long internship) {
        return conversations.lastMessageAt(communityId, internship);
    }

    /** The time zone a member set in their profile, if any. */
    public Optional<String> timezone(String communityId, String memberId) {
        return profiles.find(communityId, memberId).map(Profile::timezone);
    }

    /** Hours each milestone should take, by milestone number. */
    public Map<Long, Long> estimates(Internship internship) {
        return plans.estimates(internship);
    }

    public List<MentorLoadBoard.Row> mentorLoads(String communityId) {
        return mentorLoads.of(communityId);
    }
}
