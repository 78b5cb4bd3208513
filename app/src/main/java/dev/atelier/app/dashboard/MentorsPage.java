package dev.atelier.app.dashboard;

import java.util.List;

/** Every mentor's load in the viewer's community, flagged mentors first. */
record MentorsPage(List<Row> rows, long flagged) {

    /**
     * One mentor: interns against capacity, submissions waiting, questions unanswered, the oldest wait (in the
     * viewer's zone, empty: none), hours this week against the stated hours, and why to look (null: no need).
     */
    record Row(
            String mentor,
            String interns,
            int submissionsWaiting,
            int questionsUnanswered,
            String oldestWait,
            String hours,
            String flag,
            String suggestion) {

        public boolean flagged() {
            return flag != null;
        }
    }
}
