package dev.atelier.core.testing;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.event.CommandListener;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import dev.atelier.core.assembly.AtelierCore;
import dev.atelier.core.command.AtelierBot;
import dev.atelier.core.workspace.Notifier;
import dev.atelier.core.workspace.Outbound;
import dev.atelier.core.workspace.WorkspaceProvisioner;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.List;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The real core on a real MongoDB-wire server (mongo-java-server, in memory) started for one test:
 * what adapters and use-case tests drive. Close it after the test.
 */
public final class TestAtelier implements AutoCloseable {

    private final MongoServer server;
    private final MongoClient client;
    private final MongoTemplate mongo;
    private final AtelierCore.Services services;

    private TestAtelier(MongoServer server, MongoClient client, MongoTemplate mongo, AtelierCore.Services services) {
        this.server = server;
        this.client = client;
        this.mongo = mongo;
        this.services = services;
    }

    public static TestAtelier start(
            List<? extends Notifier> notifiers, List<? extends WorkspaceProvisioner> provisioners) {
        return start(notifiers, provisioners, Clock.systemUTC());
    }

    public static TestAtelier start(
            List<? extends Notifier> notifiers, List<? extends WorkspaceProvisioner> provisioners, Clock clock) {
        return start(notifiers, provisioners, clock, List.of());
    }

    /** With {@code listeners} told of every command the driver sends to the server. */
    public static TestAtelier start(
            List<? extends Notifier> notifiers,
            List<? extends WorkspaceProvisioner> provisioners,
            Clock clock,
            List<CommandListener> listeners) {
        MongoServer server = new MongoServer(new MemoryBackend());
        InetSocketAddress address = server.bind();
        MongoClientSettings.Builder settings = MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString("mongodb://127.0.0.1:" + address.getPort()));
        listeners.forEach(settings::addCommandListener);
        MongoClient client = MongoClients.create(settings.build());
        MongoTemplate mongo = new MongoTemplate(client, "atelier");
        AtelierCore.Services services = AtelierCore.assemble(
                mongo, new Outbound(notifiers, provisioners), clock, AtelierCore.Settings.ephemeral());
        return new TestAtelier(server, client, mongo, services);
    }

    public AtelierBot bot() {
        return services.bot();
    }

    /** Credential verification and portfolios, as the application serves them over HTTP. */
    public AtelierCore.Services services() {
        return services;
    }

    public MongoTemplate mongo() {
        return mongo;
    }

    @Override
    public void close() {
        client.close();
        server.shutdownNow();
    }
}
