package org.cradle.adapters.persistence.casenote;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cradle.adapters.persistence.Jdbc;
import org.cradle.application.Page;
import org.cradle.application.PageRequest;
import org.cradle.application.casenote.CaseNotes;
import org.cradle.domain.StaleVersionException;
import org.cradle.domain.access.VisibleRecords;
import org.cradle.domain.casenote.CaseNote;
import org.cradle.domain.casenote.CaseNoteId;
import org.cradle.domain.casenote.CaseNoteVersion;
import org.cradle.domain.episode.EpisodeId;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.person.PersonId;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Case notes in PostgreSQL: a row per note, a row per version, versions only inserted. Lists are
 * filtered by {@link VisibleNotes} in SQL, then paged, then read with their versions in one query.
 */
@ApplicationScoped
public class PanacheCaseNotes implements CaseNotes {

    static final String EPISODE_NOTES = "from case_note n where n.episode_id = ? and ";
    static final String NOTE_VERSIONS =
            "from case_note_version v join case_note n on n.id = v.case_note_id where v.case_note_id = ? and ";

    static final String NOTES_CONCERNING = "from case_note n where n.family_id = ? and exists (select 1 from"
            + " case_note_version v where v.case_note_id = n.id and (? = any(v.about) or ? = any(v.mentions)) and ";

    private final CaseNoteRows notes;
    private final CaseNoteVersionRows versions;

    public PanacheCaseNotes(CaseNoteRows notes, CaseNoteVersionRows versions) {
        this.notes = notes;
        this.versions = versions;
    }

    @Override
    public Optional<CaseNote> find(CaseNoteId id) {
        return notes.findByIdOptional(id.value())
                .map(note -> withVersions(List.of(note)).get(0));
    }

    @Override
    public void add(CaseNote note) {
        notes.persist(CaseNoteMapper.copy(note, new CaseNoteEntity()));
        note.versions().forEach(version -> versions.persist(CaseNoteMapper.toRow(note, version)));
        flush(note.id());
    }

    @Override
    public void update(CaseNote note) {
        CaseNoteEntity entity = notes.findByIdOptional(note.id().value())
                .orElseThrow(() -> new IllegalStateException("update of a case note never added: " + note.id()));
        int stored = entity.currentNumber;
        List<CaseNoteVersion> added = note.versions().stream()
                .filter(version -> version.number() > stored)
                .toList();
        if (added.isEmpty() || added.get(0).number() != stored + 1) {
            throw new StaleVersionException("case note", note.id());
        }
        added.forEach(version -> versions.persist(CaseNoteMapper.toRow(note, version)));
        CaseNoteMapper.copy(note, entity);
        flush(note.id());
    }

    @Override
    public Page<CaseNote> ofEpisode(EpisodeId episode, VisibleRecords visible, PageRequest page) {
        VisibleNotes filter =
                VisibleNotes.of(visible, "n.organisation", "n.author", "n.current_category", "n.current_about");
        List<Object> parameters = new ArrayList<>();
        parameters.add(episode.value());
        parameters.addAll(filter.parameters());
        String where = EPISODE_NOTES + filter.sql();
        return notesPage(where, "n.created_at desc, n.id desc", parameters, page);
    }

    /** A page of the notes {@code where} selects, in {@code order}, each with all its versions. */
    private Page<CaseNote> notesPage(String where, String order, List<Object> parameters, PageRequest page) {
        long total = count("select count(*) " + where, parameters);
        if (total <= page.offset()) {
            return new Page<>(List.of(), page, total);
        }
        List<UUID> ids = select(
                "select n.id " + where + " order by " + order + " limit ? offset ?",
                parameters,
                page,
                row -> row.getObject(1, UUID.class));
        Map<UUID, CaseNoteEntity> found =
                notes.list("id in ?1", ids).stream().collect(Collectors.toMap(note -> note.id, Function.identity()));
        return new Page<>(withVersions(ids.stream().map(found::get).toList()), page, total);
    }

    @Override
    public Page<CaseNote> concerning(PersonId person, FamilyId family, VisibleRecords visible, PageRequest page) {
        VisibleNotes filter = VisibleNotes.of(visible, "n.organisation", "n.author", "v.category", "v.about");
        List<Object> parameters = new ArrayList<>(List.of(family.value(), person.value(), person.value()));
        parameters.addAll(filter.parameters());
        String where = NOTES_CONCERNING + filter.sql() + ")";
        return notesPage(where, "n.created_at, n.id", parameters, page);
    }

    @Override
    public Page<CaseNoteVersion> versionsOf(CaseNote note, VisibleRecords visible, PageRequest page) {
        VisibleNotes filter = VisibleNotes.of(visible, "n.organisation", "n.author", "v.category", "v.about");
        List<Object> parameters = new ArrayList<>();
        parameters.add(note.id().value());
        parameters.addAll(filter.parameters());
        String where = NOTE_VERSIONS + filter.sql();
        long total = count("select count(*) " + where, parameters);
        if (total <= page.offset()) {
            return new Page<>(List.of(), page, total);
        }
        List<Integer> numbers = select(
                "select v.number " + where + " order by v.number limit ? offset ?",
                parameters,
                page,
                row -> row.getInt(1));
        return new Page<>(
                numbers.stream().map(n -> note.version(n).orElseThrow()).toList(), page, total);
    }

    private long count(String sql, List<Object> parameters) {
        return Jdbc.run(notes.getEntityManager(), connection -> {
            try (PreparedStatement statement = prepare(connection, sql, parameters);
                    ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        });
    }

    private <T> List<T> select(String sql, List<Object> parameters, PageRequest page, Jdbc.RowReader<T> reader) {
        List<Object> paged = new ArrayList<>(parameters);
        paged.add(page.size());
        paged.add(page.offset());
        return Jdbc.run(notes.getEntityManager(), connection -> {
            try (PreparedStatement statement = prepare(connection, sql, paged);
                    ResultSet rows = statement.executeQuery()) {
                List<T> read = new ArrayList<>();
                while (rows.next()) {
                    read.add(reader.read(rows));
                }
                return read;
            }
        });
    }

    private static PreparedStatement prepare(Connection connection, String sql, List<Object> parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.size(); i++) {
            Object parameter = parameters.get(i);
            if (parameter instanceof VisibleNotes.Uuids uuids) {
                statement.setArray(i + 1, connection.createArrayOf("uuid", uuids.values()));
            } else if (parameter instanceof VisibleNotes.Strings strings) {
                statement.setArray(i + 1, connection.createArrayOf("varchar", strings.values()));
            } else {
                statement.setObject(i + 1, parameter);
            }
        }
        return statement;
    }

    /** The notes with all their versions, fetched in one query. */
    private List<CaseNote> withVersions(List<CaseNoteEntity> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Collection<UUID> ids = rows.stream().map(row -> row.id).toList();
        Map<UUID, List<CaseNoteVersionEntity>> byNote =
                versions.list("caseNoteId in ?1", Sort.ascending("caseNoteId", "number"), ids).stream()
                        .collect(Collectors.groupingBy(version -> version.caseNoteId));
        return rows.stream()
                .map(row -> CaseNoteMapper.toDomain(row, byNote.getOrDefault(row.id, List.of())))
                .toList();
    }

    /** Writes now, so that a version added meanwhile by someone else is a stale-version refusal. */
    private void flush(CaseNoteId id) {
        try {
            notes.flush();
        } catch (StaleStateException | OptimisticLockException e) {
            throw new StaleVersionException("case note", id);
        } catch (ConstraintViolationException e) {
            if ("case_note_version_pkey".equals(e.getConstraintName())) {
                throw new StaleVersionException("case note", id);
            }
            throw e;
        }
    }
}
