package dev.atelier.app.dashboard;

import static dev.atelier.app.dashboard.DashboardFixture.OTHER;
import static dev.atelier.app.dashboard.DashboardFixture.SHOP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dev.atelier.core.message.Destination;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Text;
import dev.atelier.core.outbox.OutboxDelivery;
import dev.atelier.core.outbox.OutboxItem;
import dev.atelier.core.outbox.OutboxSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The overview's "delivery" panel: absent while messages go out on time, there when one is late, per community. */
class DeliveryPanelTest extends DashboardMvcTest {

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) throws IOException {
        String dir = Files.createTempDirectory("delivery-panel-test").toString();
        registry.add("atelier.store.embedded.path", () -> dir);
    }

    @Autowired
    OutboxDelivery delivery;

    MockHttpSession signIn(dev.atelier.core.community.CommunityRef community) throws Exception {
        String link = fixture.loginPath(community, "mod", true);
        return (MockHttpSession)
                mvc.perform(post(link)).andReturn().getRequest().getSession(false);
    }

    String overview(MockHttpSession session) throws Exception {
        return mvc.perform(get("/dashboard").session(session))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void aLateMessageShowsTheDeliveryPanelToItsCommunityOnly() throws Exception {
        // given: nothing waits
        MockHttpSession shop = signIn(SHOP);
        MockHttpSession other = signIn(OTHER);
        String onTime = overview(shop);

        // when: a message of the shop waits in a lane that another instance holds, for five minutes
        // (the app's delivery job may handle an item before the lane is taken: then take it with the next one)
        boolean held = false;
        for (int attempt = 0; attempt < 5 && !held; attempt++) {
            OutboxItem item = new OutboxItem(
                    "late-welcome-" + attempt,
                    SHOP,
                    OutboxSettings.NOTICE,
                    Destination.channel("ws-1"),
                    null,
                    null,
                    Message.publicReply(Text.of("welcome")),
                    clock.instant(),
                    null,
                    0,
                    false);
            delivery.outbox().add(item);
            held = delivery.outbox()
                    .claim(item.lane(), "busy-instance", clock.instant(), Duration.ofHours(1))
                    .isPresent();
        }
        assertThat(held).isTrue();
        clock.advance(Duration.ofMinutes(5));

        // then
        assertThat(onTime).doesNotContain("id=\"delivery-title\"");
        assertThat(overview(shop)).contains("id=\"delivery-title\"").contains("the oldest for <span>5 min</span>");
        assertThat(overview(other)).doesNotContain("id=\"delivery-title\"");
    }
}
