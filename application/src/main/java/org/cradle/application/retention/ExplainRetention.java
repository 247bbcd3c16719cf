package org.cradle.application.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.cradle.application.access.Access;
import org.cradle.application.access.Permit;
import org.cradle.application.episode.Episodes;
import org.cradle.domain.access.Need;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.audit.Fact;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.consent.InformationCategory;
import org.cradle.domain.episode.Episode;
import org.cradle.domain.episode.EpisodeId;
import org.cradle.domain.retention.RetainedRecord;
import org.cradle.domain.retention.RetentionDate;

/**
 * How long an episode's record is kept and why, for a records officer of the organisation holding it:
 * the review date, every rule applied for every person it is about, and their inputs, or the legal holds
 * that keep it without a date. Those inputs are
 * people's dates of birth and death, so the reading is audited for each person.
 */
@ApplicationScoped
public class ExplainRetention {

    private final Access access;
    private final Episodes episodes;
    private final RetainedRecords records;
    private final Schedules schedules;
    private final LegalHolds holds;
    private final RetentionDates retentionDates;

    public ExplainRetention(
            Access access,
            Episodes episodes,
            RetainedRecords records,
            Schedules schedules,
            LegalHolds holds,
            RetentionDates retentionDates) {
        this.access = access;
        this.episodes = episodes;
        this.records = records;
        this.schedules = schedules;
        this.holds = holds;
        this.retentionDates = retentionDates;
    }

    @Transactional
    public RetentionDate explain(Actor actor, EpisodeId id) {
        Episode episode = access.found(actor, episodes.find(id), RecordType.EPISODE, id.value());
        Permit permit = access.require(
                actor, new Need.SeeRetention(episode.held()), episode.family(), RecordType.EPISODE, id.value());
        RetainedRecord record = records.ofEpisode(id).orElseThrow();
        RetentionDate date = retentionDates
                .dateOf(record, schedules.of(record.organisation()))
                .under(holds.unreleased(record.organisation()), record, schedules.today());
        for (RetainedRecord.Subject subject : record.subjects()) {
            permit.handOver(Fact.of(AuditAction.RETENTION_READ, RecordType.EPISODE, id.value())
                    .about(subject.person(), InformationCategory.BASIC_DETAILS));
        }
        return date;
    }
}
