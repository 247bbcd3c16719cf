package org.cradle.application.video;

import java.util.List;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.audit.Fact;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.consent.InformationCategory;
import org.cradle.domain.video.Video;

/** A fact about a video is about each person who appears in it: who saw them, in their access log. */
final class VideoFacts {

    private VideoFacts() {}

    static List<Fact.OfRecord> of(AuditAction what, Video video) {
        return video.details().appearing().stream()
                .sorted((a, b) -> a.value().compareTo(b.value()))
                .map(person -> Fact.of(what, RecordType.VIDEO, video.id().value())
                        .about(person, InformationCategory.DEVELOPMENT_AND_HEALTH)
                        .in(video.family()))
                .toList();
    }
}
