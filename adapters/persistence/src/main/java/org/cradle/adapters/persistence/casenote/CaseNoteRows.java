package org.cradle.adapters.persistence.casenote;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** The {@code case_note} rows, owned by {@link PanacheCaseNotes}: no other bean reaches them. */
@ApplicationScoped
class CaseNoteRows implements PanacheRepositoryBase<CaseNoteEntity, UUID> {}
