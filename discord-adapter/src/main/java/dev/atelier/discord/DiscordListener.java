package dev.atelier.discord;

import dev.atelier.core.command.AtelierBot;
import dev.atelier.core.delivery.Deliveries;
import dev.atelier.core.inbox.Inbox;
import java.time.Clock;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import net.dv8tion.jda.api.events.guild.GuildJoinEvent;
import net.dv8tion.jda.api.events.guild.GuildReadyEvent;
import net.dv8tion.jda.api.events.guild.member.GuildMemberRemoveEvent;
import net.dv8tion.jda.api.events.guild.member.GuildMemberUpdateEvent;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.StringSelectInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.events.role.update.RoleUpdatePermissionsEvent;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The one JDA listener: routes each kind of event to the class that handles it. */
final class DiscordListener extends ListenerAdapter {

    private static final Logger log = LoggerFactory.getLogger(DiscordListener.class);

    private final SlashCommands slashCommands;
    private final ButtonPresses buttons;
    private final ModalSubmissions modals;
    private final Autocompletes autocompletes;
    private final CommandRegistrar registrar;
    private final WorkspaceMessages messages;
    private final OncePerInteraction once;
    private final MenuChoices menus;
    private final ModeratorRoles moderatorRoles;

    DiscordListener(
            SlashCommands slashCommands,
            ButtonPresses buttons,
            ModalSubmissions modals,
            Autocompletes autocompletes,
            CommandRegistrar registrar,
            WorkspaceMessages messages,
            OncePerInteraction once,
            MenuChoices menus,
            ModeratorRoles moderatorRoles) {
        this.slashCommands = slashCommands;
        this.buttons = buttons;
        this.modals = modals;
        this.autocompletes = autocompletes;
        this.registrar = registrar;
        this.messages = messages;
        this.once = once;
        this.menus = menus;
        this.moderatorRoles = moderatorRoles;
    }

    static DiscordListener create(
            Supplier<AtelierBot> bot, String moderatorRole, Executor workers, Supplier<Deliveries> deliveries) {
        return create(bot, moderatorRole, workers, () -> null, deliveries);
    }

    /** With the inbox that slash commands are stored in before they are deferred. */
    static DiscordListener create(
            Supplier<AtelierBot> bot,
            String moderatorRole,
            Executor workers,
            Supplier<Inbox> inbox,
            Supplier<Deliveries> deliveries) {
        Callers callers = new Callers(moderatorRole);
        return new DiscordListener(
                new SlashCommands(bot, callers, workers, inbox, Clock.systemUTC()),
                new ButtonPresses(bot, callers, workers),
                new ModalSubmissions(bot, callers, workers),
                new Autocompletes(bot, callers, workers),
                new CommandRegistrar(() -> bot.get().catalog()),
                new WorkspaceMessages(bot, workers),
                new OncePerInteraction(deliveries),
                new MenuChoices(bot, callers, workers),
                new ModeratorRoles(bot, callers, moderatorRole, workers));
    }

    @Override
    public void onReady(ReadyEvent event) {
        log.info(
                "Connected to Discord as {} in {} guild(s). Invite Atelier to a server with: {}",
                event.getJDA().getSelfUser().getName(),
                event.getGuildTotalCount(),
                InviteLink.forApplication(event.getJDA().getSelfUser().getApplicationId()));
    }

    @Override
    public void onGuildReady(GuildReadyEvent event) {
        registrar.register(event.getGuild());
    }

    @Override
    public void onGuildJoin(GuildJoinEvent event) {
        registrar.register(event.getGuild());
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        slashCommands.handle(event);
    }

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        if (once.firstTime(event)) {
            buttons.handle(event);
        }
    }

    @Override
    public void onModalInteraction(ModalInteractionEvent event) {
        if (once.firstTime(event)) {
            modals.handle(event);
        }
    }

    @Override
    public void onStringSelectInteraction(StringSelectInteractionEvent event) {
        if (once.firstTime(event)) {
            menus.handle(event);
        }
    }

    @Override
    public void onGuildMemberUpdate(GuildMemberUpdateEvent event) {
        moderatorRoles.memberUpdated(event);
    }

    @Override
    public void onGuildMemberRemove(GuildMemberRemoveEvent event) {
        moderatorRoles.memberLeft(event);
    }

    @Override
    public void onRoleUpdatePermissions(RoleUpdatePermissionsEvent event) {
        moderatorRoles.rolePermissionsChanged(event);
    }

    @Override
    public void onMessageReceived(MessageReceivedEvent event) {
        messages.handle(event);
    }

    @Override
    public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
        autocompletes.handle(event);
    }
}
