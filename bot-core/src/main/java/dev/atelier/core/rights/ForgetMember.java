package dev.atelier.core.rights;

import dev.atelier.core.community.Member;
import dev.atelier.core.credential.RevokeCredential;
import dev.atelier.core.message.Button;
import dev.atelier.core.message.ButtonStyle;
import dev.atelier.core.message.CommandHint;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Outcome;
import dev.atelier.core.message.Text;
import dev.atelier.core.shared.Plural;
import dev.atelier.core.shared.Rejected;
import dev.atelier.core.shared.Requester;
import java.time.Clock;
import java.util.List;

/**
 * {@code forget me} and, for moderators, {@code member forget @x}: without a choice, a confirmation
 * with one button per choice; with it, the member's credentials are revoked or kept, then their
 * personal data in this community is erased (see {@link MemberRecords#erase}).
 */
public final class ForgetMember {

    static final String REVOKE_REASON = "The holder asked for their data to be erased.";

    private final MemberRecords records;
    private final RevokeCredential revoke;
    private final Clock clock;

    public ForgetMember(MemberRecords records, RevokeCredential revoke, Clock clock) {
        this.records = records;
        this.revoke = revoke;
        this.clock = clock;
    }

    /** {@code forget me [keep|revoke]}. */
    public Outcome forgetMe(Requester requester, String choice) {
        return run(requester, requester.member(), choice, false);
    }

    /** {@code member forget @x [keep|revoke]}, for a member who asked a moderator elsewhere. */
    public Outcome forgetMember(Requester requester, Member member, String choice) {
        if (!requester.moderator()) {
            throw new Rejected(Text.builder()
                    .plain("Only moderators forget another member. To erase your own data, run ")
                    .command(CommandHint.of("forget me"))
                    .plain(".")
                    .build());
        }
        if (member.id().equals(requester.memberId())) {
            return forgetMe(requester, choice);
        }
        return run(requester, member, choice, true);
    }

    private Outcome run(Requester requester, Member member, String choiceWord, boolean byModerator) {
        if (choiceWord == null || choiceWord.isBlank()) {
            return confirmation(requester, member, byModerator);
        }
        CredentialChoice choice = CredentialChoice.of(choiceWord.strip());
        if (choice == null) {
            throw new Rejected(Text.builder()
                    .plain("Choose ")
                    .code("keep")
                    .plain(" or ")
                    .code("revoke")
                    .plain(" for the credentials, for example ")
                    .command(CommandHint.of("forget me").with("credentials", "keep"))
                    .plain(".")
                    .build());
        }
        List<String> held = records.heldCredentials(requester.communityId(), member.id());
        if (choice == CredentialChoice.REVOKE) {
            Requester holder = new Requester(requester.community(), requester.member(), true);
            held.forEach(id -> revoke.execute(new RevokeCredential.Command(holder, id, REVOKE_REASON)));
        }
        Erasure erasure = records.erase(
                requester.communityId(),
                member.id(),
                Pseudonym.fresh(),
                new MemberRecords.ErasureLog(clock.instant(), byModerator ? requester.memberId() : null, choice));
        String credentials = held.isEmpty()
                ? ""
                : " " + held.size() + " " + (held.size() == 1 ? "credential" : "credentials") + " "
                        + (choice == CredentialChoice.REVOKE ? "revoked." : "kept: they stay verifiable.");
        String whose = byModerator ? "The member's" : "Your";
        return Outcome.reply(Message.privateReply(Text.of("🧹 " + whose + " personal data in "
                + requester.community().name() + " is erased (" + Plural.of(erasure.deleted(), "record")
                + " deleted); " + Plural.of(erasure.pseudonymised(), "record") + " others still need now show “"
                + Pseudonym.NAME + "”." + credentials + (byModerator ? " This is in the moderation log." : ""))));
    }

    private Outcome confirmation(Requester requester, Member member, boolean byModerator) {
        int held = records.heldCredentials(requester.communityId(), member.id()).size();
        String command = byModerator ? "member forget " + member.mention() : "forget me";
        Text who = byModerator ? Text.builder().quiet(member).plain("'s").build() : Text.of("your");
        Text text = Text.builder()
                .plain("⚠️ This erases ")
                .text(who)
                .plain(" personal data in " + requester.community().name()
                        + ": profile, check-in answers, ratings given, don't-pair lists, cohort rosters, login links and "
                        + "pairing plans. Internships, pay statements and figures other people need stay, with "
                        + (byModerator ? "them" : "you") + " shown as “" + Pseudonym.NAME + "”. It cannot be undone."
                        + (held == 0
                                ? ""
                                : " " + Plural.of(held, "credential is", "credentials are")
                                        + " held: revoke them, or keep them (a kept credential stays verifiable, "
                                        + "because it is " + (byModerator ? "theirs" : "yours") + ").")
                        + " Ignore this message to keep everything.")
                .build();
        return Outcome.reply(Message.privateReply(text)
                .withButtons(List.of(
                        Button.of("Erase, revoke credentials", ButtonStyle.DANGER, command + " revoke"),
                        Button.of("Erase, keep credentials", ButtonStyle.DANGER, command + " keep"))));
    }
}
