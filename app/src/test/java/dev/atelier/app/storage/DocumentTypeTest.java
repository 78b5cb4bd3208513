package dev.atelier.app.storage;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.bson.BinData;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;
import org.junit.jupiter.api.Test;

class DocumentTypeTest {

    private final DocumentType type = new DocumentType();

    @Test
    void aDocumentReadsBackAsWrittenWithItsTypesAndFieldOrder() {
        Document document = sample();

        Document read = roundTrip(document);

        assertThat(read).isEqualTo(document);
        assertThat(new ArrayList<>(read.keySet())).containsExactlyElementsOf(document.keySet());
        assertThat(read.get("count")).isInstanceOf(Integer.class);
        assertThat(read.get("total")).isInstanceOf(Long.class);
        assertThat(read.get("ratio")).isInstanceOf(Double.class);
        assertThat(read.get("at")).isEqualTo(Instant.parse("2026-11-30T12:00:00.123456789Z"));
        assertThat(((Document) read.get("nested")).get("deeper")).isEqualTo(new Document("n", -7));
    }

    @Test
    void aDocumentTheDefaultTypeWroteIsRead() {
        // given a document as mongo-java-server's H2 database stored it (Java serialization)
        Document document = sample();
        WriteBuffer buffer = new WriteBuffer();
        new ObjectDataType().write(buffer, document);
        ByteBuffer written = buffer.getBuffer();
        written.flip();

        // when this type reads it, then it is the same document
        assertThat(type.read(written)).isEqualTo(document);
        assertThat(written.hasRemaining()).isFalse();
    }

    @Test
    void documentsFollowEachOtherInAPage() {
        List<Document> documents = List.of(sample(), new Document("_id", "x"), new Document(), sample());

        List<Document> read = DataTypeRoundTrip.readBack(type, documents);

        assertThat(read).isEqualTo(documents);
    }

    @Test
    void aLargerDocumentIsEstimatedLarger() {
        assertThat(type.getMemory(sample())).isGreaterThan(type.getMemory(new Document("_id", "x")));
    }

    private Document roundTrip(Document document) {
        return DataTypeRoundTrip.readBack(type, List.of(document)).get(0);
    }

    private static Document sample() {
        return new Document("_id", "T1/42")
                .append("communityId", "T1")
                .append("count", 3)
                .append("negative", Integer.MIN_VALUE)
                .append("total", 9_007_199_254_740_993L)
                .append("ratio", 0.25)
                .append("notANumber", Double.NaN)
                .append("open", true)
                .append("closed", false)
                .append("nothing", null)
                .append("at", Instant.parse("2026-11-30T12:00:00.123456789Z"))
                .append("ref", new ObjectId("5f1d7f3e9a1b2c3d4e5f6a7b"))
                .append("nested", new Document("name", "Ünïcødé ✓").append("deeper", new Document("n", -7)))
                .append("items", Arrays.asList(1, "two", null, new Document("three", 3.0), List.of(4L)))
                .append("empty", List.of())
                .append("uuid", UUID.fromString("123e4567-e89b-12d3-a456-426614174000"))
                .append("bytes", new BinData(new byte[] {1, 2, 3}));
    }
}
