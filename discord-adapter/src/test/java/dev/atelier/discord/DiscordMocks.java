package dev.atelier.discord;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Role;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.unions.GuildChannelUnion;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.interactions.AutoCompleteQuery;
import net.dv8tion.jda.api.interactions.callbacks.IModalCallback;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.modals.ModalMapping;
import net.dv8tion.jda.api.modals.Modal;
import net.dv8tion.jda.api.requests.restaction.interactions.ModalCallbackAction;
import net.dv8tion.jda.api.requests.restaction.interactions.ReplyCallbackAction;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/** Mocked JDA guilds, members and interaction events, as they arrive at the adapter's edge. */
final class DiscordMocks {

    static final String GUILD_ID = "1000";
    static final String CHANNEL_ID = "2000";

    private DiscordMocks() {}

    static Guild guild() {
        Guild guild = mock(Guild.class);
        lenient().when(guild.getId()).thenReturn(GUILD_ID);
        lenient().when(guild.getName()).thenReturn("Makers");
        return guild;
    }

    static Member member(String id, String name, boolean manageServer, Role... roles) {
        Member member = mock(Member.class);
        lenient().when(member.getId()).thenReturn(id);
        lenient().when(member.getEffectiveName()).thenReturn(name);
        lenient().when(member.hasPermission(Permission.MANAGE_SERVER)).thenReturn(manageServer);
        lenient().when(member.getRoles()).thenReturn(List.of(roles));
        return member;
    }

    static Role role(String id, String name) {
        Role role = mock(Role.class);
        lenient().when(role.getId()).thenReturn(id);
        lenient().when(role.getName()).thenReturn(name);
        return role;
    }

    /** What an interaction answered directly (not through its hook). */
    static final class Direct {
        final List<Object> replies = new ArrayList<>();
        final List<Boolean> ephemeral = new ArrayList<>();
        final List<Modal> modals = new ArrayList<>();
        int defers;
        final List<Boolean> deferEphemeral = new ArrayList<>();
    }

    static SlashCommandInteractionEvent slash(
            Guild guild,
            Member member,
            RecordingHook hook,
            Direct direct,
            String name,
            String subcommand,
            List<OptionMapping> options) {
        SlashCommandInteractionEvent event = mock(SlashCommandInteractionEvent.class);
        interaction(guild, member, hook, event);
        lenient().when(event.getName()).thenReturn(name);
        lenient().when(event.getSubcommandName()).thenReturn(subcommand);
        lenient().when(event.getOptions()).thenReturn(options);
        repliesAndModals(event, direct);
        return event;
    }

    static ButtonInteractionEvent button(Guild guild, Member member, RecordingHook hook, Direct direct, String id) {
        ButtonInteractionEvent event = mock(ButtonInteractionEvent.class);
        interaction(guild, member, hook, event);
        lenient().when(event.getComponentId()).thenReturn(id);
        repliesAndModals(event, direct);
        return event;
    }

    static ModalInteractionEvent modal(
            Guild guild, Member member, RecordingHook hook, Direct direct, String modalId, Map<String, String> values) {
        ModalInteractionEvent event = mock(ModalInteractionEvent.class);
        interaction(guild, member, hook, event);
        lenient().when(event.getModalId()).thenReturn(modalId);
        List<ModalMapping> mappings = values.entrySet().stream()
                .map(entry -> {
                    ModalMapping mapping = mock(ModalMapping.class);
                    when(mapping.getCustomId()).thenReturn(entry.getKey());
                    when(mapping.getAsString()).thenReturn(entry.getValue());
                    return mapping;
                })
                .toList();
        lenient().when(event.getValues()).thenReturn(mappings);
        replies(event, direct);
        return event;
    }

    static CommandAutoCompleteInteractionEvent autocomplete(
            Guild guild, Member member, String name, String option, String typed) {
        CommandAutoCompleteInteractionEvent event = mock(CommandAutoCompleteInteractionEvent.class);
        lenient().when(event.getGuild()).thenReturn(guild);
        lenient().when(event.getMember()).thenReturn(member);
        lenient().when(event.getChannelId()).thenReturn(CHANNEL_ID);
        lenient().when(event.getName()).thenReturn(name);
        OptionMapping mapping = mock(OptionMapping.class);
        when(mapping.getName()).thenReturn(option);
        when(mapping.getAsString()).thenReturn(typed);
        when(mapping.getType()).thenReturn(OptionType.STRING);
        AutoCompleteQuery query = new AutoCompleteQuery(mapping);
        lenient().when(event.getFocusedOption()).thenReturn(query);
        return event;
    }

    static OptionMapping text(String name, String value) {
        OptionMapping option = mock(OptionMapping.class);
        lenient().when(option.getName()).thenReturn(name);
        lenient().when(option.getType()).thenReturn(OptionType.STRING);
        lenient().when(option.getAsString()).thenReturn(value);
        return option;
    }

    static OptionMapping integer(String name, long value) {
        OptionMapping option = text(name, String.valueOf(value));
        lenient().when(option.getType()).thenReturn(OptionType.INTEGER);
        return option;
    }

    static OptionMapping user(String name, Member member) {
        OptionMapping option = mock(OptionMapping.class);
        User user = mock(User.class);
        String id = member.getId();
        lenient().when(user.getId()).thenReturn(id);
        lenient().when(option.getName()).thenReturn(name);
        lenient().when(option.getType()).thenReturn(OptionType.USER);
        lenient().when(option.getAsUser()).thenReturn(user);
        lenient().when(option.getAsMember()).thenReturn(member);
        return option;
    }

    static OptionMapping channel(String name, String channelId) {
        OptionMapping option = mock(OptionMapping.class);
        GuildChannelUnion channel = mock(GuildChannelUnion.class);
        lenient().when(channel.getId()).thenReturn(channelId);
        lenient().when(option.getName()).thenReturn(name);
        lenient().when(option.getType()).thenReturn(OptionType.CHANNEL);
        lenient().when(option.getAsChannel()).thenReturn(channel);
        return option;
    }

    /** Records the event's deferrals and text replies in {@code direct}. */
    private static void replies(IReplyCallback event, Direct direct) {
        lenient()
                .when(event.deferReply(anyBoolean()))
                .thenAnswer(invocation -> defer(direct, invocation.getArgument(0)));
        lenient().when(event.reply(anyString())).thenAnswer(invocation -> reply(direct, invocation.getArgument(0)));
    }

    /** As {@link #replies}, and the event's message replies and the modals it shows. */
    private static <E extends IReplyCallback & IModalCallback> void repliesAndModals(E event, Direct direct) {
        replies(event, direct);
        lenient()
                .when(event.reply(any(MessageCreateData.class)))
                .thenAnswer(invocation -> reply(direct, RecordingHook.text(invocation.getArgument(0))));
        lenient().when(event.replyModal(any(Modal.class))).thenAnswer(invocation -> {
            direct.modals.add(invocation.getArgument(0));
            return mock(ModalCallbackAction.class);
        });
    }

    private static void interaction(
            Guild guild, Member member, RecordingHook hook, net.dv8tion.jda.api.interactions.Interaction event) {
        lenient().when(event.getGuild()).thenReturn(guild);
        lenient().when(event.getMember()).thenReturn(member);
        lenient().when(event.getChannelId()).thenReturn(CHANNEL_ID);
        if (event instanceof net.dv8tion.jda.api.interactions.callbacks.IDeferrableCallback deferrable) {
            lenient().when(deferrable.getHook()).thenReturn(hook.hook);
        }
    }

    private static ReplyCallbackAction defer(Direct direct, boolean ephemeral) {
        direct.defers++;
        direct.deferEphemeral.add(ephemeral);
        return mock(ReplyCallbackAction.class, RETURNS_SELF);
    }

    private static ReplyCallbackAction reply(Direct direct, String text) {
        direct.replies.add(text);
        ReplyCallbackAction action = mock(ReplyCallbackAction.class, RETURNS_SELF);
        lenient().when(action.setEphemeral(anyBoolean())).thenAnswer(invocation -> {
            direct.ephemeral.add(invocation.getArgument(0));
            return action;
        });
        return action;
    }
}
