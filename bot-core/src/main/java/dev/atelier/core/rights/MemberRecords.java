package dev.atelier.core.rights;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Port: everything stored about one member of a community, to export or to erase. */
public interface MemberRecords {

    /**
     * What is stored about the member, by collection, as JSON-ready values (maps, lists, strings,
     * numbers, booleans). Only records that name or concern the member; other members' private
     * parts (a mentor never sees the intern's rating) are left out.
     */
    Map<String, List<Object>> export(String communityId, String memberId);

    /** Ids of the credentials the member holds as intern in the community that are not revoked. */
    List<String> heldCredentials(String communityId, String memberId);

    /**
     * Deletes the member's personal records and replaces the member by {@code pseudonym} in what
     * others still need; appends {@code log} to the moderation log (it names no forgotten member).
     */
    Erasure erase(String communityId, String memberId, Pseudonym pseudonym, ErasureLog log);

    /** One line of the moderation log: when, who asked for it (null: the member themself), what they chose. */
    record ErasureLog(Instant at, String moderatorId, CredentialChoice credentials) {}
}
