package org.cradle.application.sharing;

import java.util.List;
import org.cradle.domain.sharing.SharingDecision;
import org.cradle.domain.sharing.Telling;

/** A decision as recorded, with whoever was told of it afterwards. */
public record SharingDecisionDetails(SharingDecision decision, List<Telling> toldLater) {

    public SharingDecisionDetails {
        toldLater = List.copyOf(toldLater);
    }
}
