package dev.atelier.core.store;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/** A community's holidays; its id is the community id; saved under optimistic locking. */
@Document("holidays")
record HolidayDocument(@Id String id, @Version Long version, List<Day> days) {

    /** One day off for everyone. */
    record Day(LocalDate date, String name) {}
}
