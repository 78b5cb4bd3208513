package dev.atelier.core.store;

import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A revocation status list of a community: how many indexes it handed out and which are revoked. */
@Document("credential_status_lists")
record StatusListDocument(@Id String id, String communityId, int number, int assigned, List<Integer> revoked) {}
