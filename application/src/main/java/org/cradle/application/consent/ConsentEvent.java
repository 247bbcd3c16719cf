package org.cradle.application.consent;

import org.cradle.domain.consent.Consent;
import org.cradle.domain.consent.ConsentVersion;

/** One step in the history of a person's consents: a version, with the consent it belongs to. */
public record ConsentEvent(Consent consent, ConsentVersion version) {}
