package dev.atelier.core.assembly;

import dev.atelier.core.clock.duework.DueLag;
import dev.atelier.core.command.AtelierBot;
import dev.atelier.core.command.CommandMetrics;
import dev.atelier.core.inbox.CommandInbox;
import dev.atelier.core.inbox.CommandReplies;
import dev.atelier.core.inbox.Inbox;
import dev.atelier.core.inbox.InboxEngine;
import dev.atelier.core.inbox.InboxSettings;
import dev.atelier.core.inbox.InboxWorkers;
import dev.atelier.core.store.MongoOperationsStores;
import dev.atelier.core.workspace.Outbound;
import java.time.Clock;
import java.util.List;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Assembles the command inbox: its store, the engine that finishes stored commands, and the workers. */
public final class InboxAssembly {

    private InboxAssembly() {}

    /** What adapters call ({@code inbox}), what runs it ({@code workers}, {@code engine}), and what is observed. */
    public record Built(Inbox inbox, InboxEngine engine, InboxWorkers workers, CommandInbox store, DueLag dueLag) {}

    public static Built build(
            MongoTemplate mongo,
            AtelierBot bot,
            Outbound outbound,
            List<? extends CommandReplies> replies,
            Clock clock,
            InboxSettings settings,
            CommandMetrics metrics) {
        MongoOperationsStores stores = MongoOperationsStores.create(mongo);
        InboxEngine engine = new InboxEngine(stores.inbox(), bot, replies, outbound, clock, settings, metrics);
        InboxWorkers workers = new InboxWorkers(engine, stores.inbox(), clock, settings);
        return new Built(new Inbox(stores.inbox(), workers::wake), engine, workers, stores.inbox(), stores.dueLag());
    }
}
