package dev.atelier.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.core.peerhelp.PeerHelpChange;
import dev.atelier.core.peerhelp.PeerHelpSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The peer-help round reads the settings of every community in the week's list together: a page of ids per
 * {@code _id $in} read, on both embedded backends, the defaults for communities that never changed theirs.
 */
class PeerHelpSettingsReadTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @MethodSource(Backend.BOTH)
    void manyCommunitiesSettingsAreReadAPageOfIdsAtATime(Function<Path, Backend> backend) {
        try (Backend b = backend.apply(dir)) {
            // given more communities than a page, every third with settings of its own
            MongoPeerHelpSettings settings = new MongoPeerHelpSettings(b.mongo());
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < MongoPeerHelpSettings.PAGE + 100; i++) {
                ids.add("c" + i);
                if (i % 3 == 0) {
                    settings.change("c" + i, new PeerHelpChange(i % 2 == 0, 1 + i % 100, "chan-" + i));
                }
            }

            // when they are read together (one of them named twice)
            b.clearFilters();
            List<String> asked = new ArrayList<>(ids);
            asked.add("c3");
            Map<String, PeerHelpSettings> read = settings.ofAll(asked);

            // then each comes as one read of it alone would give, in two reads by _id
            assertThat(read).hasSize(ids.size());
            for (String id : List.of("c0", "c1", "c3", "c501", "c599")) {
                assertThat(read.get(id)).isEqualTo(settings.of(id));
            }
            assertThat(read.get("c3")).isEqualTo(new PeerHelpSettings("c3", false, 4, "chan-3"));
            assertThat(read.get("c1")).isEqualTo(PeerHelpSettings.defaults("c1"));
            assertThat(b.filters().subList(0, 2))
                    .allSatisfy(f -> assertThat(f.keySet()).containsExactly("_id"));
            assertThat(b.targets().subList(0, 2)).containsOnly("peer_help_settings");
            assertThat(b.filters()).hasSize(2 + 5);
        }
    }
}
