package org.cradle.application.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.cradle.application.Page;
import org.cradle.application.PageRequest;
import org.cradle.application.access.Access;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Capability;
import org.cradle.domain.retention.DestructionCertificate;

/** The organisation's destruction certificates, newest first, for its records officers. */
@ApplicationScoped
public class ListDestructionCertificates {

    private final Access access;
    private final DestructionCertificates certificates;

    public ListDestructionCertificates(Access access, DestructionCertificates certificates) {
        this.access = access;
        this.certificates = certificates;
    }

    @Transactional
    public Page<DestructionCertificate> list(Actor actor, PageRequest page) {
        access.require(actor, Capability.MANAGE_RETENTION);
        return certificates.of(actor.organisation(), page);
    }
}
