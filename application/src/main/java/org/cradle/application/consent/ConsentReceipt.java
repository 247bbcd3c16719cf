package org.cradle.application.consent;

import org.cradle.domain.consent.Consent;
import org.cradle.domain.consent.ConsentVersion;
import org.cradle.domain.organisation.Organisation;

/** What a receipt for one consent version is made of: the consent, the version and its controller. */
public record ConsentReceipt(Consent consent, ConsentVersion version, Organisation controller) {}
