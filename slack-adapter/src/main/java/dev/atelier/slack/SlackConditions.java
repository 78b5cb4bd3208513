package dev.atelier.slack;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** Conditions on Slack settings that must be set to something other than blanks (an empty env var means "off"). */
final class SlackConditions {

    private SlackConditions() {}

    private static ConditionOutcome hasText(ConditionContext context, String property) {
        return StringUtils.hasText(context.getEnvironment().getProperty(property))
                ? ConditionOutcome.match(property + " is set")
                : ConditionOutcome.noMatch(property + " is blank or missing");
    }

    /** {@code atelier.slack.bot-token} is set: the adapter is on. */
    static final class BotToken extends SpringBootCondition {

        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return hasText(context, "atelier.slack.bot-token");
        }
    }

    /** {@code atelier.slack.app-token} is set: Socket Mode is on. */
    static final class AppToken extends SpringBootCondition {

        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return hasText(context, "atelier.slack.app-token");
        }
    }
}
