package dev.atelier.app.storage;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class IndexKeyTypeTest {

    private final IndexKeyType type = new IndexKeyType();

    @Test
    void valuesMongoTakesForOneKeyCompareEqual() {
        assertThat(type.compare(key(1), key(1.0))).isZero();
        assertThat(type.compare(key(2L), key(2.0))).isZero();
        assertThat(type.compare(key((Object) null), key(Missing.getInstance()))).isZero();
        assertThat(type.compare(key("T1", 3.0), key("T1", 3))).isZero();
        assertThat(type.compare(
                        key(new Document("community", "T1").append("n", 1)),
                        key(new Document("community", "T1").append("n", 1.0))))
                .isZero();
    }

    @Test
    void differentValuesDoNot() {
        assertThat(type.compare(key("a"), key("b"))).isNegative();
        assertThat(type.compare(key(1), key("1"))).as("numbers before strings").isNegative();
        assertThat(type.compare(key("T1", 2), key("T1", 10))).isNegative();
        assertThat(type.compare(key("T2", 1), key("T1", 10))).isPositive();
        // an array is compared element-wise, not by its smallest element as a sort would
        assertThat(type.compare(key(new Document("tags", List.of(1, 2))), key(new Document("tags", List.of(1, 3)))))
                .isNegative();
        assertThat(type.compare(key(List.of(1, 2)), key(List.of(1, 2, 0)))).isNegative();
        // fields in another order make another document, as in MongoDB
        assertThat(type.compare(key(new Document("a", 1).append("b", 2)), key(new Document("b", 2).append("a", 1))))
                .isNotZero();
        assertThat(type.compare(key(true), key(false))).isPositive();
        assertThat(type.compare(key(Instant.EPOCH), key(Instant.EPOCH.plusMillis(1))))
                .isNegative();
    }

    @Test
    void theOrderIsTotalOverMixedKeys() {
        List<KeyValue> keys = mixedKeys();
        for (KeyValue a : keys) {
            for (KeyValue b : keys) {
                assertThat(Integer.signum(type.compare(a, b)))
                        .as("%s vs %s", a, b)
                        .isEqualTo(-Integer.signum(type.compare(b, a)));
                for (KeyValue c : keys) {
                    if (type.compare(a, b) <= 0 && type.compare(b, c) <= 0) {
                        assertThat(type.compare(a, c))
                                .as("%s <= %s <= %s", a, b, c)
                                .isNotPositive();
                    }
                }
            }
        }
    }

    @Test
    void keysReadBackAsWritten() {
        List<KeyValue> keys = mixedKeys();

        List<KeyValue> read = DataTypeRoundTrip.readBack(type, keys);

        assertThat(read).isEqualTo(keys);
    }

    @Test
    void aKeysMemoryGrowsWithItsValues() {
        assertThat(type.getMemory(key("x".repeat(100)))).isGreaterThan(type.getMemory(key("x")));
        assertThat(type.getMemory(key("a", 1.0))).isGreaterThan(type.getMemory(key("a")));
    }

    private static List<KeyValue> mixedKeys() {
        return List.of(
                key((Object) null),
                key(1.0),
                key(-3.5),
                key(9_007_199_254_740_993L),
                key(""),
                key("user-42"),
                key("T1", 2.0),
                key("T1", 10.0),
                key("T2", null),
                key(new Document("community", "T1").append("member", "ann")),
                key(new Document("tags", Arrays.asList(1.0, "x", null))),
                key(List.of(1.0, 2.0)),
                key(new ObjectId("5f1d7f3e9a1b2c3d4e5f6a7b")),
                key(true),
                key(false),
                key(Instant.parse("2026-11-30T12:00:00Z")));
    }

    private static KeyValue key(Object... values) {
        return new KeyValue(Arrays.asList(values));
    }
}
