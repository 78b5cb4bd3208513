package dev.atelier.core.store;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/** One member's away periods; its id is {@code communityId/memberId}; saved under optimistic locking. */
@Document("away")
record AwayDocument(@Id String id, @Version Long version, String communityId, String memberId, List<Period> periods) {

    /** Days away, both inclusive. */
    record Period(LocalDate from, LocalDate to, String note) {}
}
