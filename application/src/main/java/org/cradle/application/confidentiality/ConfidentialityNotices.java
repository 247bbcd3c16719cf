package org.cradle.application.confidentiality;

import java.util.Optional;
import org.cradle.application.Page;
import org.cradle.application.PageRequest;
import org.cradle.domain.RecordNotFoundException;
import org.cradle.domain.access.VisibleRecords;
import org.cradle.domain.confidentiality.ConfidentialityNotice;
import org.cradle.domain.confidentiality.ConfidentialityNoticeId;
import org.cradle.domain.family.FamilyId;

/** The confidentiality notices given to the adults of families. Notices are added, never changed. */
public interface ConfidentialityNotices {

    Optional<ConfidentialityNotice> find(ConfidentialityNoticeId id);

    /** The notice, or a not-found error naming it. */
    default ConfidentialityNotice require(ConfidentialityNoticeId id) {
        return find(id).orElseThrow(() -> new RecordNotFoundException("confidentiality notice", id));
    }

    void add(ConfidentialityNotice notice);

    /** A family's notices, every one ever given, newest first: by date given, then when recorded, then id. */
    Page<ConfidentialityNotice> ofFamily(FamilyId family, VisibleRecords visible, PageRequest page);

    /**
     * The notices of the query's organisation that are due for revisit: each one is the newest that
     * organisation gave the person in that family (by date given, then when recorded, then id), and
     * its revisit date has come. Ordered by revisit date, then id.
     */
    Page<ConfidentialityNotice> dueForRevisit(DueForRevisitQuery query, PageRequest page);
}
