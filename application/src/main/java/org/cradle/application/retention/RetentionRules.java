package org.cradle.application.retention;

import java.util.List;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.retention.RetentionRule;
import org.cradle.domain.retention.RuleSetting;

/** The schedule's rule versions, as loaded, and each organisation's settings for them. */
public interface RetentionRules {

    /** Every version of every rule. */
    List<RetentionRule> versions();

    /** Every version of the organisation's settings. */
    List<RuleSetting> settingsOf(OrganisationId organisation);

    /**
     * Keeps a new version of a setting; one with the same number kept meanwhile (a concurrent change)
     * makes this fail with a stale-version error, so that neither change is lost silently.
     */
    void add(RuleSetting setting);
}
