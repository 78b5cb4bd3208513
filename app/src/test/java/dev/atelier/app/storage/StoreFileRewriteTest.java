package dev.atelier.app.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rewrite before a start leaves no byte of a deleted key, even one an inner B-tree page kept. */
class StoreFileRewriteTest {

    @TempDir
    Path data;

    @Test
    void aDeletedKeyThatSeparatedTwoPagesIsGoneAfterTheRewriteAndTheLiveEntriesStay() throws IOException {
        Path file = data.resolve("store.mv.db");
        String erased;
        try (MVStore store = new MVStore.Builder()
                .fileName(file.toString())
                .autoCommitDisabled()
                .pageSplitSize(512)
                .open()) {
            MVMap<String, String> keys = store.openMap("keys");
            for (int i = 0; i < 200; i++) {
                keys.put("member/U%03d".formatted(i), "numbers " + i);
            }
            store.commit();
            erased = separatorKeys(keys).get(0);
            keys.remove(erased);
            store.commit();
            assertThat(keys).doesNotContainKey(erased);
            assertThat(separatorKeys(keys))
                    .as("a deleted key stays a separator")
                    .contains(erased);
        }

        StoreFileRewrite.rewrite(file);

        assertThat(contains(file, erased)).isFalse();
        try (MVStore store =
                new MVStore.Builder().fileName(file.toString()).readOnly().open()) {
            MVMap<String, String> keys = store.openMap("keys");
            assertThat(keys).hasSize(199).containsEntry("member/U199", "numbers 199");
        }
    }

    /** The keys of every inner page of the map's tree. */
    static List<String> separatorKeys(MVMap<String, String> map) {
        List<String> found = new ArrayList<>();
        collect(map.getRootPage(), found);
        return found;
    }

    private static void collect(Page<String, String> page, List<String> found) {
        if (page.isLeaf()) {
            return;
        }
        for (int i = 0; i < page.getKeyCount(); i++) {
            found.add(page.getKey(i));
        }
        for (int i = 0; i <= page.getKeyCount(); i++) {
            collect(page.getChildPage(i), found);
        }
    }

    static boolean contains(Path file, String text) throws IOException {
        return ForgottenMemberLeavesNoBytesTest.indexOf(Files.readAllBytes(file), text.getBytes(StandardCharsets.UTF_8))
                >= 0;
    }
}
