package org.cradle.application.subjectaccess;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Objects;
import org.cradle.application.PageRequest;
import org.cradle.application.access.Access;
import org.cradle.application.access.Permit;
import org.cradle.domain.access.Need;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Capability;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.subjectaccess.Redaction;
import org.cradle.domain.subjectaccess.RedactionId;
import org.cradle.domain.subjectaccess.Review;
import org.cradle.domain.subjectaccess.SubjectAccessExport;
import org.cradle.domain.subjectaccess.SubjectAccessExportId;

/**
 * A records officer's review of one redaction of their organisation's export (capability
 * {@code REVIEW_SUBJECT_ACCESS}): confirm it (the item is withheld) or disclose the item after all,
 * with the reason. Final once made; made on the redaction's metadata, never the item's content.
 */
@ApplicationScoped
public class ReviewRedaction {

    public record Command(SubjectAccessExportId export, RedactionId redaction, Review.Outcome outcome, String reason) {
        public Command {
            Objects.requireNonNull(export, "export");
            Objects.requireNonNull(redaction, "redaction");
            Objects.requireNonNull(outcome, "outcome");
        }
    }

    private final Access access;
    private final SubjectAccessExports exports;

    public ReviewRedaction(Access access, SubjectAccessExports exports) {
        this.access = access;
        this.exports = exports;
    }

    @Transactional
    public ExportDetails review(Actor actor, Command command) {
        SubjectAccessExport export =
                Answering.ownExport(access, actor, exports.findForChange(command.export()), command.export());
        Permit permit = access.requireForPerson(
                actor,
                person -> new Need.SeePerson(person, Capability.REVIEW_SUBJECT_ACCESS),
                export.request().person());
        Redaction reviewed = command.outcome() == Review.Outcome.WITHHELD
                ? export.confirm(command.redaction(), command.reason(), actor, permit.at())
                : export.disclose(command.redaction(), command.reason(), actor, permit.at());
        exports.update(export);
        if (reviewed.withholds()) {
            permit.handOver(ExportFacts.aboutTheRequest(AuditAction.SUBJECT_ACCESS_REDACTION_CONFIRMED, export));
        } else {
            permit.handOver(ExportFacts.aboutTheRequest(AuditAction.SUBJECT_ACCESS_REDACTION_DISCLOSED, export));
            permit.handOver(
                    ExportFacts.about(AuditAction.SUBJECT_ACCESS_REDACTION_DISCLOSED, export, reviewed.thirdParties()));
        }
        return new ExportDetails(
                export, exports.redactionsOf(export.id(), new PageRequest(0, PageRequest.DEFAULT_SIZE)));
    }
}
