package dev.atelier.core.store;

import dev.atelier.core.message.ThreadRef;
import dev.atelier.core.question.Question;
import dev.atelier.core.question.QuestionData;
import dev.atelier.core.question.QuestionStatus;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The lookup keys a question holds (see {@link LookupKeys}): its internship, the mentor it is
 * addressed to, its thread and peer-help thread, its community's waiting questions while it waits, and
 * its cohort's kept answers once it is kept as knowledge.
 */
final class QuestionKeys {

    static final String COLLECTION = "question_keys";

    private QuestionKeys() {}

    static String id(String communityId, long number) {
        return LookupKeys.aggregateId(communityId, number);
    }

    static String internship(String communityId, long internshipNumber) {
        return LookupKeys.scoped(communityId, "internship", internshipNumber);
    }

    static String mentor(String communityId, String mentorId) {
        return LookupKeys.scoped(communityId, "mentor", mentorId);
    }

    static String thread(String communityId, String threadId) {
        return LookupKeys.scoped(communityId, "thread", threadId);
    }

    /** The community's questions waiting for an answer (numbers are taken out again, see {@link LookupKeys#prune}). */
    static String waiting(String communityId) {
        return communityId + "/waiting";
    }

    /** The questions of a cohort kept as knowledge. */
    static String knowledge(String communityId, String cohortName) {
        return communityId + "/knowledge/" + cohortName;
    }

    static boolean waits(Question q) {
        return q.status() == QuestionStatus.OPEN || q.status() == QuestionStatus.REOPENED;
    }

    static Set<String> of(Question q) {
        QuestionData d = q.data();
        String c = d.communityId();
        Set<String> keys = new LinkedHashSet<>();
        keys.add(internship(c, d.internshipNumber()));
        keys.add(mentor(c, d.mentor().id()));
        thread(c, q.thread(), keys);
        if (q.peers() != null) {
            thread(c, q.peers().thread(), keys);
        }
        if (waits(q)) {
            keys.add(waiting(c));
        }
        if (q.knowledge() != null && d.cohortName() != null) {
            keys.add(knowledge(c, d.cohortName()));
        }
        return keys;
    }

    private static void thread(String communityId, ThreadRef thread, Set<String> keys) {
        if (thread != null && thread.threadId() != null) {
            keys.add(thread(communityId, thread.threadId()));
        }
    }
}
