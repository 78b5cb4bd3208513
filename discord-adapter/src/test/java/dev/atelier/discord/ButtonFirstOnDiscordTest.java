package dev.atelier.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.Test;

/**
 * An internship run with buttons and forms only, through the real JDA client and the stand-in Discord:
 * once a moderator has asked them and both accepted in their DMs, the mentor plans and reviews and the intern submits, asks and logs
 * hours from the control message pinned in their workspace, each button opening a form (the milestone a
 * menu of the intern's open milestones).
 */
class ButtonFirstOnDiscordTest extends StandInFlowTest {

    @Test
    void aPairRunsTheirInternshipFromThePinnedControlMessage() {
        // given a moderator opens a task in a cohort the intern and the mentor join, and asks the best pair
        assertNoWarning(slash(
                MODERATOR, "cohort", "create", Map.of("name", "spring", "channel", DiscordStandIn.COHORT_CHANNEL_ID)));
        assertNoWarning(slash(
                MODERATOR,
                "task",
                "add",
                Map.of("title", "Landing page", "description", "Build the landing page", "skills", "css")));
        assertNoWarning(slash(MODERATOR, "cohort", "task", Map.of("cohort", "spring", "task", "1")));
        assertNoWarning(
                slash(INTERN, "profile", "set", Map.of("learning", "css", "timezone", "UTC", "window", "9-17")));
        assertNoWarning(
                slash(MENTOR, "profile", "set", Map.of("expertise", "css", "timezone", "UTC", "window", "9-17")));
        assertNoWarning(slash(INTERN, "cohort", "join", Map.of("cohort", "spring", "role", "intern")));
        assertNoWarning(slash(MENTOR, "cohort", "join", Map.of("cohort", "spring", "role", "mentor")));
        assertNoWarning(slash(MODERATOR, "pair", "preview", Map.of("cohort", "spring")));
        assertThat(slash(MODERATOR, "pair", "ask", Map.of("cohort", "spring")).text())
                .contains("Asked 1 pair");

        // when each presses Accept on the invitation in their DMs
        DataObject internInvitation = message("7" + INTERN, "Accept");
        DataObject mentorInvitation = message("7" + MENTOR, "Accept");
        assertThat(answer(interactions.press(
                                INTERN,
                                internInvitation.getString("id"),
                                buttons(internInvitation).get("Accept")))
                        .text())
                .contains("Accepted", "<@" + MENTOR + ">");
        assertThat(answer(interactions.press(
                                MENTOR,
                                mentorInvitation.getString("id"),
                                buttons(mentorInvitation).get("Accept")))
                        .text())
                .contains("You both accepted");

        // then the internship starts in a workspace, and both invitations say so, without their buttons
        String workspace = workspace();
        for (DataObject invitation : java.util.List.of(internInvitation, mentorInvitation)) {
            String id = invitation.getString("id");
            await().atMost(PATIENCE).until(() -> text(discord.messages.get(id)).contains("You both accepted"));
            assertThat(buttons(discord.messages.get(id))).isEmpty();
        }

        // then the workspace has one pinned control message with every action
        DataObject control = message(workspace, "Submit work");
        String controlId = control.getString("id");
        Map<String, String> actions = buttons(control);
        assertThat(actions)
                .containsKeys(
                        "Submit work",
                        "Ask my mentor",
                        "Log hours",
                        "Answer check-in",
                        "Propose a milestone",
                        "Review what waits",
                        "Add a milestone");
        await().atMost(PATIENCE)
                .until(() -> !discord.calls("PUT", "/channels/" + workspace + "/messages/pins/" + controlId)
                        .isEmpty());
        assertThat(discord.messages.get(controlId).getBoolean("pinned")).isTrue();

        // when the mentor presses Add a milestone and fills in its form
        Answer adding = answer(interactions.press(MENTOR, controlId, actions.get("Add a milestone")));
        assertThat(adding.callback().getInt("type")).isEqualTo(9);
        Map<String, DataObject> addForm = fields(adding.callback().getObject("data"));
        assertThat(addForm.get("title").getBoolean("required")).isTrue();
        assertThat(addForm.get("criteria").getBoolean("required")).isFalse();
        assertNoWarning(answer(interactions.submit(
                MENTOR,
                workspace,
                adding.callback().getObject("data").getString("custom_id"),
                Map.of("title", "First draft"))));

        // and the intern presses Submit work: the milestone is a menu of her open milestones
        Answer submitting = answer(interactions.press(INTERN, controlId, actions.get("Submit work")));
        assertThat(submitting.callback().getInt("type")).isEqualTo(9);
        DataObject form = submitting.callback().getObject("data");
        Map<String, DataObject> submitForm = fields(form);
        DataObject milestone = submitForm.get("milestone");
        assertThat(milestone.getInt("type")).isEqualTo(3);
        assertThat(milestone.getArray("options").getObject(0).getString("value"))
                .isEqualTo("1");
        assertThat(submitForm.get("link").getBoolean("required")).isTrue();
        assertThat(submitForm.get("notes").getBoolean("required")).isFalse();
        assertThat(labels(form).values())
                .allSatisfy(label -> assertThat(label.length()).isLessThanOrEqualTo(45));
        assertThat(labels(form)).containsEntry("milestone", "Milestone");
        assertThat(milestone.getArray("options").getObject(0).getString("label"))
                .startsWith("M1 First draft");
        Answer submitted = answer(interactions.submit(
                INTERN,
                workspace,
                form.getString("custom_id"),
                Map.of("link", "https://example.org/draft"),
                Map.of("milestone", "1")));
        assertThat(submitted.text()).contains("Submitted");

        // and the mentor, who is pinged by the card titled "Review M1", approves on it
        DataObject card = message(workspace, "Request changes");
        String cardId = card.getString("id");
        assertThat(text(card)).contains("Review M1");
        assertThat(pinged(request(card))).containsExactly(MENTOR);
        assertNoWarning(answer(interactions.press(MENTOR, cardId, buttons(card).get("Approve"))));
        await().atMost(PATIENCE)
                .until(() -> !discord.calls("PATCH", "/channels/" + workspace + "/messages/" + cardId)
                        .isEmpty());

        // and the intern proposes a second milestone, which the mentor (pinged) confirms with the post's button
        Answer proposing = answer(interactions.press(INTERN, controlId, actions.get("Propose a milestone")));
        assertNoWarning(answer(interactions.submit(
                INTERN,
                workspace,
                proposing.callback().getObject("data").getString("custom_id"),
                Map.of("title", "Footer"))));
        DataObject proposal = message(workspace, "proposes a milestone");
        assertThat(pinged(request(proposal))).containsExactly(MENTOR);
        assertNoWarning(answer(interactions.press(
                MENTOR, proposal.getString("id"), buttons(proposal).get("Confirm"))));
        assertThat(pinged(request(message(workspace, "confirmed a milestone")))).containsExactly(INTERN);

        // and she submits it from the control message, picking it in the menu; the mentor approves it
        Answer second = answer(interactions.press(INTERN, controlId, actions.get("Submit work")));
        assertNoWarning(answer(interactions.submit(
                INTERN,
                workspace,
                second.callback().getObject("data").getString("custom_id"),
                Map.of("link", "https://example.org/footer"),
                Map.of("milestone", "2"))));
        DataObject secondCard = message(workspace, "Review M2");
        Answer approving = answer(interactions.press(
                MENTOR, secondCard.getString("id"), buttons(secondCard).get("Approve")));
        assertNoWarning(approving);

        // and the intern asks and logs hours from the control message
        Answer asking = answer(interactions.press(INTERN, controlId, actions.get("Ask my mentor")));
        assertThat(fields(asking.callback().getObject("data"))).containsKey("question");
        assertThat(answer(interactions.submit(
                                INTERN,
                                workspace,
                                asking.callback().getObject("data").getString("custom_id"),
                                Map.of("question", "Which font do we use?")))
                        .text())
                .contains("Asked");
        Answer logging = answer(interactions.press(INTERN, controlId, actions.get("Log hours")));
        assertThat(answer(interactions.submit(
                                INTERN,
                                workspace,
                                logging.callback().getObject("data").getString("custom_id"),
                                Map.of("hours", "2", "note", "drafting")))
                        .text())
                .contains("2");

        // then the mentor's Review what waits shows the question, and the intern never typed a command
        assertThat(answer(interactions.press(MENTOR, controlId, actions.get("Review what waits")))
                        .text())
                .contains("Which font do we use?");
        assertThat(discord.calls.stream()
                        .filter(call -> call.path().endsWith("/callback"))
                        .count())
                .isPositive();

        // when the week turns, the check-in prompt reaches the intern by DM, with its button
        coreClock.moveTo(DayOfWeek.MONDAY, LocalTime.of(10, 30));
        atelier.services().clockRound().run();
        DataObject prompt = message("7" + INTERN, "Answer check-in");
        String promptId = prompt.getString("id");
        assertThat(text(prompt)).contains("Check-in #1");
        assertThat(buttons(prompt)).containsKey("Answer check-in");

        // then she answers it with the prompt's own button, in her DMs, and its form
        Answer checkingIn =
                answer(interactions.press(INTERN, promptId, buttons(prompt).get("Answer check-in")));
        assertThat(checkingIn.callback().getInt("type")).isEqualTo(9);
        DataObject checkinForm = checkingIn.callback().getObject("data");
        assertThat(checkinForm.getString("title")).isEqualTo("Answer check-in");
        assertThat(fields(checkinForm).get("done").getBoolean("required")).isTrue();
        assertThat(labels(checkinForm).values())
                .allSatisfy(label -> assertThat(label.length()).isLessThanOrEqualTo(45));
        assertThat(answer(interactions.submit(
                                INTERN,
                                "7" + INTERN,
                                checkinForm.getString("custom_id"),
                                Map.of(
                                        "done",
                                        "the draft",
                                        "blocks",
                                        "nothing",
                                        "next",
                                        "the footer",
                                        "confidence",
                                        "4")))
                        .text())
                .contains("Answered check-in #1");

        // and the prompt is updated in place without its button, and the mentor reads the answer in the workspace
        await().atMost(PATIENCE)
                .until(() -> !discord.calls("PATCH", "/channels/7" + INTERN + "/messages/" + promptId)
                        .isEmpty());
        assertThat(buttons(discord.messages.get(promptId))).isEmpty();
        DataObject checkedIn = message(workspace, "checked in for");
        assertThat(text(checkedIn)).contains("Check-in #1", "the draft");
        assertThat(pinged(request(checkedIn))).containsExactly(MENTOR);

        // when the mentor completes the internship from the private answer to the approval
        DataObject privateAnswer = discord.messages.get(
                discord.originals.get(approving.interaction().token()));
        Answer completing = answer(interactions.press(
                MENTOR, privateAnswer.getString("id"), buttons(privateAnswer).get("Complete internship")));
        DataObject finalReview = completing.callback().getObject("data");
        assertThat(finalReview.getString("title")).isEqualTo("Complete internship #1");
        assertThat(labels(finalReview).values())
                .allSatisfy(label -> assertThat(label.length()).isLessThanOrEqualTo(45));
        assertThat(answer(interactions.submit(
                                MENTOR,
                                workspace,
                                finalReview.getString("custom_id"),
                                Map.of(
                                        "score",
                                        "9",
                                        "skills",
                                        "html, css",
                                        "strengths",
                                        "Clean markup",
                                        "endorsement",
                                        "Ada built the page.")))
                        .text())
                .contains("Internship #1 is complete");

        // then the intern gets her credential, and nobody ever typed a command after the pairing
        assertThat(text(message("7" + INTERN, "Rate the mentorship"))).contains("/credentials/");
        assertOnlyIntendedPings();
    }

    /** The components of a modal's labels, by custom id. */
    private static Map<String, DataObject> fields(DataObject modal) {
        Map<String, DataObject> fields = new LinkedHashMap<>();
        DataArray rows = modal.getArray("components");
        for (int i = 0; i < rows.length(); i++) {
            DataObject component = rows.getObject(i).getObject("component");
            fields.put(component.getString("custom_id"), component);
        }
        return fields;
    }

    /** The labels of a modal's fields, by custom id. */
    private static Map<String, String> labels(DataObject modal) {
        Map<String, String> labels = new LinkedHashMap<>();
        DataArray rows = modal.getArray("components");
        for (int i = 0; i < rows.length(); i++) {
            DataObject label = rows.getObject(i);
            labels.put(label.getObject("component").getString("custom_id"), label.getString("label"));
        }
        return labels;
    }
}
