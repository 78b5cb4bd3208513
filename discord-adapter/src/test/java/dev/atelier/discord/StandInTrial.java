package dev.atelier.discord;

import dev.atelier.discord.DiscordStandIn.RestCall;
import java.util.Map;
import java.util.TreeMap;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;

/**
 * A hand check, not a test: plays a whole internship by buttons and forms on the Discord stand-in (the walk of
 * {@link ButtonFirstOnDiscordTest}: pairing invitations, the pinned control message, forms, review cards, a
 * question, hours, a check-in by DM, completion), then prints every message, edit and modal that crossed the
 * wire as a member would read it: where, the text and embed, the buttons and who was pinged.
 *
 * <p>Run: {@code ./mvnw -o -q -pl discord-adapter -am test-compile} then {@code java -cp ...
 * dev.atelier.discord.StandInTrial} (or from an IDE).
 */
public final class StandInTrial {

    private StandInTrial() {}

    public static void main(String[] args) throws Exception {
        ButtonFirstOnDiscordTest trial = new ButtonFirstOnDiscordTest();
        trial.logIn();
        try {
            trial.aPairRunsTheirInternshipFromThePinnedControlMessage();
        } finally {
            print(trial.discord);
            trial.connection().stop();
            trial.connection().jda().ifPresent(jda -> jda.shutdownNow());
            trial.atelier.close();
            trial.discord.close();
        }
        System.exit(0);
    }

    private static void print(DiscordStandIn discord) {
        Map<String, String> names = new TreeMap<>();
        discord.channels.forEach((id, channel) -> names.put(id, channel.getString("name", id)));
        discord.members.forEach((id, member) ->
                names.put("7" + id, "DM " + member.getObject("user").getString("username")));
        for (RestCall call : discord.calls) {
            String where;
            if (call.is("POST", "/channels/\\d+/messages")) {
                where = "post in " + names.getOrDefault(channel(call), channel(call));
            } else if (call.is("PATCH", "/channels/\\d+/messages/\\d+")) {
                where = "edit in " + names.getOrDefault(channel(call), channel(call));
            } else if (call.path().endsWith("/callback")) {
                int type = call.body().getInt("type");
                if (type == 5) {
                    continue;
                }
                where = type == 9 ? "form" : "reply";
            } else if (call.is("PATCH", ".*/messages/@original") || call.is("POST", "/webhooks/\\d+/[^/]+")) {
                where = "private answer";
            } else {
                continue;
            }
            DataObject body = call.path().endsWith("/callback")
                    ? call.body().optObject("data").orElse(DataObject.empty())
                    : call.body();
            StringBuilder out = new StringBuilder("── ").append(where).append(" ──\n");
            if (body.hasKey("title") && !body.hasKey("embeds")) {
                out.append("  form: ").append(body.getString("title")).append('\n');
            }
            String shown = StandInFlowTest.text(body).strip();
            if (!shown.isEmpty()) {
                shown.lines().forEach(line -> out.append("  ").append(line).append('\n'));
            }
            Map<String, String> buttons = StandInFlowTest.buttons(body);
            if (!buttons.isEmpty()) {
                out.append("  buttons: ").append(buttons.keySet()).append('\n');
            }
            if (body.hasKey("allowed_mentions")) {
                DataArray users =
                        body.getObject("allowed_mentions").optArray("users").orElseGet(DataArray::empty);
                if (users.length() > 0) {
                    out.append("  pings: ");
                    for (int i = 0; i < users.length(); i++) {
                        out.append(names.getOrDefault("7" + users.getString(i), users.getString(i))
                                        .replace("DM ", "@"))
                                .append(' ');
                    }
                    out.append('\n');
                }
            }
            System.out.print(out);
        }
    }

    private static String channel(RestCall call) {
        String path = call.path().substring("/channels/".length());
        return path.substring(0, path.indexOf('/'));
    }
}
