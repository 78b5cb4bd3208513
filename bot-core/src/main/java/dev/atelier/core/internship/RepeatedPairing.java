package dev.atelier.core.internship;

import dev.atelier.core.community.Member;
import dev.atelier.core.message.Button;
import dev.atelier.core.message.ButtonStyle;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Text;
import dev.atelier.core.task.Task;
import java.util.List;
import java.util.Optional;

/**
 * The same intern and mentor started again on the same task: most often a command sent twice. The
 * moderator is asked to confirm with a button instead of getting a duplicate internship.
 */
final class RepeatedPairing {

    private RepeatedPairing() {}

    /** An open internship of this intern with this mentor on this task. */
    static Optional<Internship> running(
            InternshipStore internships, Member intern, Member mentor, Task task, String communityId) {
        return internships.findByMember(communityId, intern.id()).stream()
                .filter(i -> i.data().intern().id().equals(intern.id()))
                .filter(i -> i.data().mentor().id().equals(mentor.id()))
                .filter(i -> i.data().taskNumber() == task.number())
                .filter(i -> i.status() == InternshipStatus.ACTIVE)
                .findFirst();
    }

    static Message confirmation(Internship running, String cohortName) {
        String again = "internship start " + typed(running.data().intern()) + " "
                + typed(running.data().mentor())
                + " " + running.data().taskNumber() + (cohortName == null ? "" : " cohort:\"" + cohortName + "\"")
                + " again:yes";
        return Message.privateReply(Text.builder()
                        .plain("🔁 ")
                        .member(running.data().intern().id())
                        .plain(" and ")
                        .member(running.data().mentor().id())
                        .plain(" already work on ")
                        .user(running.data().taskTitle())
                        .plain(" together (internship #" + running.number() + "). Nothing was started; press the "
                                + "button to start a second internship anyway.")
                        .build())
                .withButtons(List.of(Button.of("Start a second one", ButtonStyle.PRIMARY, again)));
    }

    /** A member as a command line takes it back: {@code <@id|name>}. */
    private static String typed(Member member) {
        return "<@" + member.id() + "|" + member.name().replaceAll("[|<>\"]", "") + ">";
    }
}
