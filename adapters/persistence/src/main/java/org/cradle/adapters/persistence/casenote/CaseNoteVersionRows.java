package org.cradle.adapters.persistence.casenote;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** The {@code case_note_version} rows, owned by {@link PanacheCaseNotes}; only ever inserted. */
@ApplicationScoped
class CaseNoteVersionRows implements PanacheRepositoryBase<CaseNoteVersionEntity, CaseNoteVersionEntity.Key> {}
