package dev.atelier.app.storage;

import de.bwaldvogel.mongo.bson.Document;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides which wire commands may change stored state and must therefore be made durable before
 * they are answered.
 * <p>
 * The list is inverted on purpose: only commands known to be read-only skip the commit, so a
 * command this class has never heard of (a new write command, an admin command) is treated as a
 * write. Names are matched case-insensitively ({@code findAndModify} and {@code findandmodify}).
 */
final class StateChangingCommands {

    private static final Set<String> READ_ONLY = Set.of(
            "find",
            "getmore",
            "killcursors",
            "count",
            "distinct",
            "explain",
            "listcollections",
            "listindexes",
            "listdatabases",
            "dbstats",
            "collstats",
            "datasize",
            "validate",
            "hello",
            "ismaster",
            "buildinfo",
            "ping",
            "serverstatus",
            "whatsmyuri",
            "getlog",
            "getlasterror",
            "getpreverror",
            "connectionstatus",
            "hostinfo",
            "getcmdlineopts",
            "getfreemonitoringstatus",
            "getparameter",
            "currentop",
            "endsessions",
            "replsetgetstatus",
            "features",
            "saslstart",
            "saslcontinue");

    private StateChangingCommands() {}

    static boolean changesState(String command, Document query) {
        String name = command.toLowerCase(Locale.ROOT);
        if (name.equals("aggregate")) {
            return writesOutput(query);
        }
        return !READ_ONLY.contains(name);
    }

    /** An aggregation writes only when its pipeline ends in {@code $out} or {@code $merge}. */
    private static boolean writesOutput(Document query) {
        Object pipeline = query == null ? null : query.get("pipeline");
        if (!(pipeline instanceof List<?> stages)) {
            return false;
        }
        for (Object stage : stages) {
            if (stage instanceof Document document
                    && (document.containsKey("$out") || document.containsKey("$merge"))) {
                return true;
            }
        }
        return false;
    }
}
