package org.cradle.domain.access;

import java.util.Optional;
import org.cradle.domain.consent.Purpose;

/**
 * Why a video is played. Each use beyond the work with the family needs its own consent, from every
 * adult who appears: agreeing to be recorded is not agreeing to be watched in supervision or training.
 */
public enum VideoUse {
    /** The work with the family, by those in it: covered by the consent to record. */
    WORK(null),
    /** A supervisor viewing it with the practitioner. */
    SUPERVISION(Purpose.VIDEO_SUPERVISION),
    /** Shown in practitioners' training. */
    TRAINING(Purpose.VIDEO_TRAINING);

    private final Purpose consentPurpose;

    VideoUse(Purpose consentPurpose) {
        this.consentPurpose = consentPurpose;
    }

    /** The consent purpose every adult who appears must have agreed to, beyond recording; none for the work. */
    public Optional<Purpose> consentPurpose() {
        return Optional.ofNullable(consentPurpose);
    }
}
