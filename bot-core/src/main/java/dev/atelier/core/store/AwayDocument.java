package dev.atelier.core.store;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** One member's away periods; its id is {@code communityId/memberId}. */
@Document("away")
record AwayDocument(@Id String id, String communityId, String memberId, List<Period> periods) {

    /** Days away, both inclusive. */
    record Period(LocalDate from, LocalDate to, String note) {}
}
