package dev.atelier.core.clock.visit;

import dev.atelier.core.away.Availability;
import dev.atelier.core.clock.checkin.CheckinStore;
import dev.atelier.core.clock.checkin.Zones;
import dev.atelier.core.clock.duework.DueWork;
import dev.atelier.core.clock.mentorload.WatchMentorLoad;
import dev.atelier.core.clock.rhythm.ActiveInternships;
import dev.atelier.core.clock.rhythm.RhythmStore;
import dev.atelier.core.conversation.ConversationStore;
import dev.atelier.core.internship.InternshipStore;
import dev.atelier.core.question.QuestionStore;

/** What a visit reads for one internship, and the due work it keeps in step. */
public record VisitSources(
        ActiveInternships active,
        InternshipStore internships,
        CheckinStore checkins,
        QuestionStore questions,
        ConversationStore conversations,
        RhythmStore rhythms,
        Zones zones,
        DueWork work,
        Availability away,
        WatchMentorLoad mentorLoad) {}
