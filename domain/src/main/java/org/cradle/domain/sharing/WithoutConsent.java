package org.cradle.domain.sharing;

import org.cradle.domain.InvalidValueException;
import org.cradle.domain.Text;

/**
 * The case for sharing without consent: the lawful basis, why it applies here (the rationale), and why
 * this much information and no less (the proportionality statement).
 */
public record WithoutConsent(LawfulBasis basis, String rationale, String proportionality) {

    public static final int MAX_TEXT = 4000;

    public WithoutConsent {
        if (basis == null) {
            throw new InvalidValueException(
                    "withoutConsent.basis", "required", "Sharing without consent needs a lawful basis.");
        }
        rationale = Text.optional("withoutConsent.rationale", rationale, MAX_TEXT);
        proportionality = Text.optional("withoutConsent.proportionality", proportionality, MAX_TEXT);
    }
}
