package dev.atelier.core.store;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** An index handed out in a status list; its id {@code listId/index} makes every index unique in its list. */
@Document("credential_status_slots")
record StatusSlotDocument(@Id String id, String listId, int index) {}
