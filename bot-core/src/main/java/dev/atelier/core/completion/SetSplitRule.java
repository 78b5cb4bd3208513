package dev.atelier.core.completion;

import dev.atelier.core.cohort.Cohort;
import dev.atelier.core.cohort.CohortStore;
import dev.atelier.core.cohort.NoSuchCohort;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Outcome;
import dev.atelier.core.message.Text;
import dev.atelier.core.pay.SplitRule;
import dev.atelier.core.pay.SplitRuleStore;
import dev.atelier.core.shared.Requester;

/** A moderator sets how a cohort's budgets are split; internships completed later use it. */
public final class SetSplitRule {

    private final CohortStore cohorts;
    private final SplitRuleStore rules;

    public SetSplitRule(CohortStore cohorts, SplitRuleStore rules) {
        this.cohorts = cohorts;
        this.rules = rules;
    }

    public Outcome execute(Requester requester, String cohortName, String ruleText) {
        Cohort cohort =
                cohorts.find(requester.communityId(), cohortName).orElseThrow(() -> new NoSuchCohort(cohortName));
        SplitRule rule = SplitRule.parse(ruleText);
        rules.save(requester.communityId(), cohort.name(), rule);
        return Outcome.reply(Message.privateReply(Text.builder()
                .plain("✅ Cohort ")
                .bold(cohort.name())
                .plain(" splits budgets as: " + rule.text()
                        + ". Internships completed from now on use it; shares are whole cents, rounded down for the "
                        + "mentor, the rest to the intern.")
                .build()));
    }
}
