package dev.atelier.core.rounds;

import dev.atelier.core.away.Availability;
import dev.atelier.core.checkin.CheckinStore;
import dev.atelier.core.checkin.Zones;
import dev.atelier.core.conversation.ConversationStore;
import dev.atelier.core.duework.DueWork;
import dev.atelier.core.mentorload.WatchMentorLoad;
import dev.atelier.core.question.QuestionStore;
import dev.atelier.core.rhythm.ActiveInternships;
import dev.atelier.core.rhythm.RhythmStore;

/** What the sweep reads for each active internship, and the due work it keeps in step. */
public record SweepSources(
        ActiveInternships active,
        CheckinStore checkins,
        QuestionStore questions,
        ConversationStore conversations,
        RhythmStore rhythms,
        Zones zones,
        DueWork work,
        Availability away,
        WatchMentorLoad mentorLoad) {}
