package dev.atelier.core.credential;

import dev.atelier.core.message.Message;
import dev.atelier.core.message.Outcome;
import dev.atelier.core.message.Text;
import dev.atelier.core.shared.Rejected;
import dev.atelier.core.shared.Requester;
import java.util.Locale;

/**
 * {@code credential name show|hide}: a member chooses whether the credentials they receive from now
 * on name them in clear, or (the default) carry only a salted hash of their name.
 */
public final class ChooseNameShown {

    private final Recipients recipients;

    public ChooseNameShown(Recipients recipients) {
        this.recipients = recipients;
    }

    public Outcome execute(Requester requester, String choice) {
        boolean show = switch (choice == null ? "" : choice.strip().toLowerCase(Locale.ROOT)) {
            case "show" -> true;
            case "hide" -> false;
            default -> throw new Rejected(ShowOrHide.ASK);
        };
        recipients.showName(requester.communityId(), requester.memberId(), show);
        return Outcome.reply(Message.privateReply(Text.of((show
                        ? "Credentials you receive from now on show your name in clear."
                        : "Credentials you receive from now on carry only a salted hash of your name, not the name itself.")
                + " Credentials already issued stay as they were signed.")));
    }
}
