package dev.atelier.core.question;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ThreadNamesTest {

    @Test
    void markupAMemberTypedBecomesPlainWords() {
        assertThat(ThreadNames.plain("*Why* does <@U123|bob> see `null` in <#C9|general>? <!here> @everyone"))
                .isEqualTo("Why does @bob see null in #general? here everyone");
        assertThat(ThreadNames.plain("See <https://evil.example|the docs> and [docs](https://x.example) <@&42>"))
                .isEqualTo("See https://evil.example and docs https://x.example @role");
        assertThat(ThreadNames.plain("> quoted\nline  <!subteam^S1|devs> <@123>"))
                .isEqualTo("quoted line subteam @123");
    }
}
