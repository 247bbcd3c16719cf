package org.cradle.application.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.cradle.application.access.Access;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Capability;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.retention.DestructionCertificate;

/** One of the organisation's destruction certificates, with its tombstones; another's answers as unknown. */
@ApplicationScoped
public class GetDestructionCertificate {

    private final Access access;
    private final DestructionCertificates certificates;

    public GetDestructionCertificate(Access access, DestructionCertificates certificates) {
        this.access = access;
        this.certificates = certificates;
    }

    @Transactional
    public DestructionCertificate get(Actor actor, UUID id) {
        access.require(actor, Capability.MANAGE_RETENTION);
        return access.found(actor, certificates.find(id, actor.organisation()), RecordType.RETENTION_CERTIFICATE, id);
    }
}
