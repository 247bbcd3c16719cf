package org.cradle.application.retention;

import java.util.Optional;
import java.util.UUID;
import org.cradle.application.Page;
import org.cradle.application.PageRequest;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.retention.DestructionCertificate;

/** The certificates destructions left, with their tombstones. */
public interface DestructionCertificates {

    /** The organisation's certificates, newest first. */
    Page<DestructionCertificate> of(OrganisationId organisation, PageRequest page);

    /** One of the organisation's certificates, with every tombstone it left. */
    Optional<DestructionCertificate> find(UUID id, OrganisationId organisation);
}
