package dev.atelier.core.rights;

import dev.atelier.core.message.FileAttachment;
import dev.atelier.core.shared.Json;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds a member's data export: one JSON document with what was exported, when, and every record by collection. */
public final class MemberExport {

    private final MemberRecords records;

    public MemberExport(MemberRecords records) {
        this.records = records;
    }

    public FileAttachment file(String communityId, String communityName, String memberId, Instant at) {
        Map<String, Object> export = new LinkedHashMap<>();
        export.put(
                "about",
                "Everything Atelier stores about this member in this community, by collection. "
                        + "Internships and questions are shown whole, as both people of a pair see them.");
        export.put("community", communityName == null ? communityId : communityName);
        export.put("member", memberId);
        export.put("exportedAt", at.toString());
        Map<String, List<Object>> sections = records.export(communityId, memberId);
        export.put("records", new LinkedHashMap<>(sections));
        byte[] json = Json.write(export).getBytes(StandardCharsets.UTF_8);
        return new FileAttachment("atelier-data-" + at.toString().substring(0, 10) + ".json", "application/json", json);
    }
}
