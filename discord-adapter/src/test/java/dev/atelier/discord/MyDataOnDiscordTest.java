package dev.atelier.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dev.atelier.core.community.CommunityRef;
import dev.atelier.core.community.Platform;
import dev.atelier.core.message.FileAttachment;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Text;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.channel.concrete.PrivateChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.requests.Response;
import net.dv8tion.jda.api.requests.restaction.CacheRestAction;
import net.dv8tion.jda.api.requests.restaction.MessageCreateAction;
import net.dv8tion.jda.api.utils.FileUpload;
import net.dv8tion.jda.api.utils.data.DataObject;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.junit.jupiter.api.Test;

class MyDataOnDiscordTest extends DiscordFlowTest {

    @Test
    void mydataSendsTheExportAsAJsonFileInTheMembersDms() throws IOException {
        run(intern, "profile", "set", DiscordMocks.text("bio", "Ada, learning Rust"));

        String reply = run(intern, "mydata", null);

        assertThat(reply).contains("I sent your data to your direct messages").doesNotContain("/mydata/");
        assertThat(discord.in("dm:101")).hasSize(1);
        assertThat(discord.in("dm:101").get(0).getEmbeds().toString()
                        + discord.in("dm:101").get(0).getContent())
                .contains("Your data in");
        assertThat(discord.filesIn("dm:101")).hasSize(1);
        FileUpload file = discord.filesIn("dm:101").get(0);
        assertThat(file.getName()).startsWith("atelier-data-").endsWith(".json");
        try (InputStream in = file.getData()) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    .contains("\"member\": \"101\"", "Ada, learning Rust");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void aMemberWhoBlocksDmsIsToldItDidNotArrive() {
        JDA jda = mock(JDA.class);
        PrivateChannel dm = mock(PrivateChannel.class);
        CacheRestAction<PrivateChannel> open = RestActions.succeeding(CacheRestAction.class, dm);
        Response response = mock(Response.class);
        when(response.optObject())
                .thenReturn(Optional.of(
                        DataObject.empty().put("code", 50007).put("message", "Cannot send messages to this user")));
        MessageCreateAction blocked = RestActions.failing(
                MessageCreateAction.class, ErrorResponseException.create(ErrorResponse.CANNOT_SEND_TO_USER, response));
        when(jda.openPrivateChannelById("77")).thenReturn(open);
        when(dm.sendMessage(any(MessageCreateData.class))).thenReturn(blocked);

        boolean sent = new DiscordNotifier(() -> Optional.of(jda))
                .sendFile(
                        new CommunityRef(Platform.DISCORD, DiscordMocks.GUILD_ID, "Makers"),
                        "77",
                        Message.privateReply(Text.of("Your data")),
                        new FileAttachment("data.json", "application/json", new byte[] {'{', '}'}));

        assertThat(sent).isFalse();
    }
}
