package dev.atelier.core.store;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A claim on one inbox lane (a member of a community): who holds it, until when. Absent while free. */
@Document("command_inbox_lanes")
record InboxLaneDocument(@Id String id, String holder, Instant leaseUntil) {}
