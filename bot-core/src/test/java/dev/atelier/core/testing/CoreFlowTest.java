package dev.atelier.core.testing;

import dev.atelier.core.command.Caller;
import dev.atelier.core.community.Actor;
import dev.atelier.core.community.CommunityRef;
import dev.atelier.core.community.Member;
import dev.atelier.core.community.Platform;
import dev.atelier.core.message.Outcome;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of the core's flow tests: one console {@link RecordingPlatform} (notifier and provisioner), a
 * {@link MutableClock} and the real core ({@link TestAtelier}) started before and closed after each test.
 * Commands run in {@link #SHOP} (or {@link #OTHER}) as a member whose id is also her name; the member
 * called {@code "mod"} is the platform moderator. The clock starts on Monday 2026-11-23 10:00 UTC unless a
 * subclass passes another instant. A subclass's own {@code @BeforeEach} runs after the core has started.
 */
public abstract class CoreFlowTest {

    public static final CommunityRef SHOP = new CommunityRef(Platform.CONSOLE, "shop", "Shop guild");
    public static final CommunityRef OTHER = new CommunityRef(Platform.CONSOLE, "other", "Other guild");
    /** Monday 2026-11-23, 10:00 UTC: where the clock starts by default. */
    public static final Instant MONDAY_10_UTC = Instant.parse("2026-11-23T10:00:00Z");

    protected final RecordingPlatform platform = new RecordingPlatform(Platform.CONSOLE);
    protected final MutableClock clock;
    protected TestAtelier atelier;

    protected CoreFlowTest() {
        this(MONDAY_10_UTC);
    }

    protected CoreFlowTest(Instant start) {
        this.clock = new MutableClock(start);
    }

    @BeforeEach
    protected final void startAtelier() {
        atelier = TestAtelier.start(List.of(platform), List.of(platform), clock);
    }

    @AfterEach
    protected final void closeAtelier() {
        atelier.close();
    }

    /** Runs {@code line} in {@link #SHOP} as {@code who}. */
    protected Outcome as(String who, String line) {
        return in(SHOP, who, line);
    }

    /** Runs {@code line} in {@code community} as {@code who}. */
    protected Outcome in(CommunityRef community, String who, String line) {
        return atelier.bot().run(caller(community, who), line);
    }

    /** {@code who} in {@link #SHOP}. */
    protected static Caller caller(String who) {
        return caller(SHOP, who);
    }

    /** {@code who} in {@code community}, a platform moderator when she is {@code "mod"}. */
    protected static Caller caller(CommunityRef community, String who) {
        return new Caller(community, new Actor(new Member(who, who), who.equals("mod")), null);
    }
}
