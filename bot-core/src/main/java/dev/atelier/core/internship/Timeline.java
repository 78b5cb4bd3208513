package dev.atelier.core.internship;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The history of one internship, part of its aggregate: every change adds a line, none is ever removed. */
final class Timeline {

    private final List<TimelineEvent> events;

    Timeline(List<TimelineEvent> events) {
        this.events = new ArrayList<>(events);
    }

    void record(Instant at, String by, String what) {
        events.add(new TimelineEvent(at, by, what));
    }

    List<TimelineEvent> events() {
        return List.copyOf(events);
    }
}
