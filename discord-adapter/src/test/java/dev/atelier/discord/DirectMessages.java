package dev.atelier.discord;

import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Optional;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.interactions.Interaction;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.requests.Response;
import net.dv8tion.jda.api.utils.data.DataObject;

/**
 * Interactions as they arrive from a member's direct messages: no guild and no member, only the
 * user, the DM channel and the JDA through which the adapter looks the guild up.
 */
final class DirectMessages {

    static final String DM_CHANNEL_ID = "7000";

    private DirectMessages() {}

    /** {@code event} (made with a null guild and member) as pressed or submitted in {@code userId}'s DMs. */
    static <E extends Interaction> E from(E event, JDA jda, String userId) {
        User user = user(userId);
        lenient().when(event.getGuild()).thenReturn(null);
        lenient().when(event.getMember()).thenReturn(null);
        lenient().when(event.getUser()).thenReturn(user);
        lenient().when(event.getJDA()).thenReturn(jda);
        lenient().when(event.getChannelId()).thenReturn(DM_CHANNEL_ID);
        return event;
    }

    static User user(String id) {
        User user = mock(User.class);
        lenient().when(user.getId()).thenReturn(id);
        lenient().when(user.getIdLong()).thenReturn(Long.parseLong(id));
        return user;
    }

    /** What Discord answers when asked for a member a guild does not have (error 10007). */
    static ErrorResponseException unknownMember() {
        Response response = mock(Response.class);
        when(response.optObject())
                .thenReturn(Optional.of(DataObject.empty().put("code", 10007).put("message", "Unknown Member")));
        return ErrorResponseException.create(ErrorResponse.UNKNOWN_MEMBER, response);
    }
}
