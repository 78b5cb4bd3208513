package dev.atelier.app.storage;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.bson.Document;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StateChangingCommandsTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "insert",
                "update",
                "delete",
                "findAndModify",
                "findandmodify",
                "FINDANDMODIFY",
                "create",
                "drop",
                "dropDatabase",
                "createIndexes",
                "dropIndexes",
                "deleteIndexes",
                "renameCollection",
                "collMod",
                "someFutureCommand"
            })
    void writesAndUnknownCommandsAreMadeDurable(String command) {
        assertThat(StateChangingCommands.changesState(command, new Document(command, "c")))
                .isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "find",
                "getMore",
                "count",
                "distinct",
                "listCollections",
                "listIndexes",
                "hello",
                "isMaster",
                "ismaster",
                "ping",
                "buildInfo",
                "killCursors",
                "endSessions"
            })
    void readsAreNot(String command) {
        assertThat(StateChangingCommands.changesState(command, new Document(command, "c")))
                .isFalse();
    }

    @Test
    void anAggregationIsAWriteOnlyWithOutOrMerge() {
        Document read =
                new Document("aggregate", "c").append("pipeline", List.of(new Document("$match", new Document())));
        Document out = new Document("aggregate", "c")
                .append("pipeline", List.of(new Document("$match", new Document()), new Document("$out", "copy")));
        Document merge = new Document("aggregate", "c").append("pipeline", List.of(new Document("$merge", "copy")));

        assertThat(StateChangingCommands.changesState("aggregate", read)).isFalse();
        assertThat(StateChangingCommands.changesState("aggregate", out)).isTrue();
        assertThat(StateChangingCommands.changesState("aggregate", merge)).isTrue();
    }
}
