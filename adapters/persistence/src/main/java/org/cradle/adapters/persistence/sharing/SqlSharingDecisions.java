package org.cradle.adapters.persistence.sharing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.cradle.adapters.persistence.Jdbc;
import org.cradle.application.Page;
import org.cradle.application.PageRequest;
import org.cradle.application.sharing.DisclosureQuery;
import org.cradle.application.sharing.SharingDecisions;
import org.cradle.application.sharing.StillToTell;
import org.cradle.domain.actor.ActorKind;
import org.cradle.domain.actor.Role;
import org.cradle.domain.casenote.CaseNoteId;
import org.cradle.domain.casenote.NoteKind;
import org.cradle.domain.consent.ConsentId;
import org.cradle.domain.consent.CoverageAnswer.VersionRef;
import org.cradle.domain.consent.InformationCategory;
import org.cradle.domain.consent.Party;
import org.cradle.domain.consent.Purpose;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.person.PersonId;
import org.cradle.domain.referral.ReferralId;
import org.cradle.domain.sharing.Consultation;
import org.cradle.domain.sharing.FlowchartQuestion;
import org.cradle.domain.sharing.LawfulBasis;
import org.cradle.domain.sharing.ShareProposal;
import org.cradle.domain.sharing.SharedItem;
import org.cradle.domain.sharing.SharingAdvice;
import org.cradle.domain.sharing.SharingChoice;
import org.cradle.domain.sharing.SharingDecision;
import org.cradle.domain.sharing.SharingDecisionId;
import org.cradle.domain.sharing.SharingOutcome;
import org.cradle.domain.sharing.Step;
import org.cradle.domain.sharing.Telling;
import org.cradle.domain.sharing.Urgency;
import org.cradle.domain.sharing.WithoutConsent;

/**
 * Sharing decisions in PostgreSQL (V13): one row per decision, its lists as typed arrays, and one row
 * per subject for the disclosure log. Written with plain JDBC: the decision is a value, appended once,
 * and never loaded to be changed, so there is nothing for an entity to manage.
 */
@ApplicationScoped
public class SqlSharingDecisions implements SharingDecisions {

    private static final String COLUMNS = "id, family_id, organisation, decided_by, decided_by_kind, decided_at,"
            + " choice, outcome, purpose, purpose_statement, subject_ids, categories, recipient_organisation,"
            + " recipient_role, recipient_practitioner, recipient_person, identifying, confidential, lawful_basis,"
            + " rationale, proportionality, path_questions, path_answers, path_reasons, relied_on_consents,"
            + " relied_on_versions, note, urgency, subjects_told, not_told_reason, consulted_roles, consulted_names,"
            + " consulted_advice, corrects, referral_id, content_kinds, content_categories, content_descriptions,"
            + " content_note_ids, content_note_versions";

    /**
     * The decision and a row per subject (for the disclosure log) in one statement: one round trip to
     * the database, where two were a tenth of the decision benchmark's statements.
     */
    private static final String INSERT = "with decision as (insert into sharing_decision (" + COLUMNS + ") values ("
            + String.join(", ", java.util.Collections.nCopies(40, "?"))
            + ") returning id, decided_at, subject_ids)"
            + " insert into sharing_decision_subject (person_id, decided_at, decision_id)"
            + " select unnest(d.subject_ids), d.decided_at, d.id from decision d";

    private final EntityManager entityManager;

    public SqlSharingDecisions(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public void add(SharingDecision decision) {
        Jdbc.run(entityManager, connection -> {
            insertDecision(connection, decision);
            return null;
        });
    }

    private static void insertDecision(Connection connection, SharingDecision decision) throws SQLException {
        ShareProposal proposal = decision.proposal();
        SharingAdvice advice = decision.advice();
        WithoutConsent without = proposal.withoutConsent();
        Party recipient = proposal.recipient();
        try (PreparedStatement statement = connection.prepareStatement(INSERT)) {
            int p = 1;
            statement.setObject(p++, decision.id().value());
            statement.setObject(p++, decision.family().value());
            statement.setString(p++, decision.organisation().value());
            statement.setString(p++, decision.decidedBy());
            statement.setString(p++, decision.decidedByKind().name());
            statement.setObject(p++, at(decision));
            statement.setString(p++, decision.choice().name());
            statement.setString(p++, advice.outcome().name());
            statement.setString(p++, proposal.purpose().name());
            statement.setString(p++, proposal.purposeStatement());
            statement.setArray(
                    p++, array(connection, "uuid", proposal.subjects().stream().map(PersonId::value)));
            statement.setArray(
                    p++,
                    array(
                            connection,
                            "varchar",
                            proposal.categories().stream().sorted().map(Enum::name)));
            statement.setString(
                    p++,
                    recipient.organisation() == null
                            ? null
                            : recipient.organisation().value());
            statement.setString(
                    p++, recipient.role() == null ? null : recipient.role().name());
            statement.setString(p++, recipient.practitioner());
            statement.setObject(
                    p++,
                    recipient.familyMember() == null
                            ? null
                            : recipient.familyMember().value());
            statement.setBoolean(p++, proposal.identifying());
            statement.setBoolean(p++, proposal.confidential());
            statement.setString(p++, without == null ? null : without.basis().name());
            statement.setString(p++, without == null ? null : without.rationale());
            statement.setString(p++, without == null ? null : without.proportionality());
            statement.setArray(
                    p++, array(connection, "varchar", advice.path().stream().map(s -> s.question()
                            .name())));
            statement.setArray(
                    p++, array(connection, "boolean", advice.path().stream().map(Step::yes)));
            statement.setArray(
                    p++, array(connection, "text", advice.path().stream().map(Step::reason)));
            statement.setArray(
                    p++, array(connection, "uuid", advice.reliedOn().stream().map(v -> v.consent()
                            .value())));
            statement.setArray(
                    p++, array(connection, "int4", advice.reliedOn().stream().map(VersionRef::version)));
            statement.setString(p++, decision.note());
            statement.setString(p++, decision.urgency().name());
            statement.setBoolean(p++, decision.subjectsTold());
            statement.setString(p++, decision.notToldReason());
            statement.setArray(
                    p++,
                    array(connection, "varchar", decision.consulted().stream().map(c -> c.role()
                            .name())));
            statement.setArray(
                    p++,
                    array(connection, "varchar", decision.consulted().stream().map(Consultation::name)));
            statement.setArray(
                    p++, array(connection, "text", decision.consulted().stream().map(Consultation::advice)));
            statement.setObject(
                    p++,
                    decision.corrects() == null ? null : decision.corrects().value());
            statement.setObject(
                    p++,
                    decision.referral() == null ? null : decision.referral().value());
            List<SharedItem> content = proposal.content();
            statement.setArray(
                    p++, array(connection, "varchar", content.stream().map(i -> i.kind()
                            .name())));
            statement.setArray(
                    p++, array(connection, "varchar", content.stream().map(i -> i.category()
                            .name())));
            statement.setArray(p++, array(connection, "text", content.stream().map(SharedItem::description)));
            statement.setArray(
                    p++,
                    array(
                            connection,
                            "uuid",
                            content.stream()
                                    .map(i -> i.isCaseNote() ? i.caseNote().value() : null)));
            statement.setArray(p, array(connection, "int4", content.stream().map(SharedItem::version)));
            statement.executeUpdate();
        }
    }

    @Override
    public Optional<SharingDecision> find(SharingDecisionId id) {
        return Jdbc.list(
                        entityManager,
                        "select " + COLUMNS + " from sharing_decision where id = ?",
                        List.of(id.value()),
                        SqlSharingDecisions::read)
                .stream()
                .findFirst();
    }

    @Override
    public Optional<SharingDecision> forReferral(ReferralId referral) {
        return Jdbc.list(
                        entityManager,
                        "select " + COLUMNS + " from sharing_decision where referral_id = ?",
                        List.of(referral.value()),
                        SqlSharingDecisions::read)
                .stream()
                .findFirst();
    }

    @Override
    public Page<SharingDecision> find(DisclosureQuery query, OrganisationId organisation, PageRequest page) {
        // What SharingDecision.isVisibleTo says: the decider's, and the recipient's of what was shared.
        StringBuilder where = new StringBuilder(
                " where (d.organisation = ? or (d.recipient_organisation = ? and d.choice = 'SHARE'))");
        List<Object> parameters = new ArrayList<>(List.of(organisation.value(), organisation.value()));
        if (query.person() != null) {
            where.append(" and d.id in (select s.decision_id from sharing_decision_subject s where s.person_id = ?)");
            parameters.add(query.person().value());
        }
        if (query.family() != null) {
            where.append(" and d.family_id = ?");
            parameters.add(query.family().value());
        }
        if (query.recipient() != null) {
            where.append(" and d.recipient_organisation = ?");
            parameters.add(query.recipient().value());
        }
        if (query.from() != null) {
            where.append(" and d.decided_at >= ?");
            parameters.add(query.from().atOffset(ZoneOffset.UTC));
        }
        if (query.to() != null) {
            where.append(" and d.decided_at < ?");
            parameters.add(query.to().atOffset(ZoneOffset.UTC));
        }
        return Jdbc.page(
                entityManager,
                prefixed(),
                "from sharing_decision d" + where,
                "d.decided_at desc, d.id desc",
                parameters,
                page,
                SqlSharingDecisions::read);
    }

    @Override
    public boolean add(Telling telling) {
        return Jdbc.run(entityManager, connection -> {
            try (PreparedStatement insert = connection.prepareStatement("insert into sharing_decision_telling"
                    + " (decision_id, person_id, told_on, how, recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?)"
                    + " on conflict (decision_id, person_id) do nothing")) {
                insert.setObject(1, telling.decision().value());
                insert.setObject(2, telling.person().value());
                insert.setObject(3, telling.toldOn());
                insert.setString(4, telling.how());
                insert.setString(5, telling.recordedBy());
                insert.setObject(6, telling.recordedAt().atOffset(ZoneOffset.UTC));
                return insert.executeUpdate() == 1;
            }
        });
    }

    @Override
    public List<Telling> tellings(SharingDecisionId decision) {
        return Jdbc.list(
                entityManager,
                "select person_id, told_on, how, recorded_by, recorded_at from sharing_decision_telling"
                        + " where decision_id = ? order by recorded_at, person_id",
                List.of(decision.value()),
                row -> new Telling(
                        decision,
                        new PersonId(row.getObject(1, UUID.class)),
                        row.getObject(2, LocalDate.class),
                        row.getString(3),
                        row.getString(4),
                        row.getObject(5, OffsetDateTime.class).toInstant()));
    }

    @Override
    public Page<StillToTell> stillToTell(OrganisationId organisation, PageRequest page) {
        return Jdbc.page(
                entityManager,
                "d.id, d.family_id, s.person_id, d.decided_at, d.decided_by, d.recipient_organisation,"
                        + " d.not_told_reason",
                "from sharing_decision d join sharing_decision_subject s on s.decision_id = d.id"
                        + " where d.organisation = ? and d.choice = 'SHARE' and not d.subjects_told and not exists"
                        + " (select 1 from sharing_decision_telling t where t.decision_id = d.id"
                        + " and t.person_id = s.person_id)",
                "d.decided_at, d.id, s.person_id",
                List.of(organisation.value()),
                page,
                row -> {
                    String recipient = row.getString(6);
                    return new StillToTell(
                            new SharingDecisionId(row.getObject(1, UUID.class)),
                            new FamilyId(row.getObject(2, UUID.class)),
                            new PersonId(row.getObject(3, UUID.class)),
                            row.getObject(4, OffsetDateTime.class).toInstant(),
                            row.getString(5),
                            recipient == null ? null : new OrganisationId(recipient),
                            row.getString(7));
                });
    }

    private static String prefixed() {
        return Arrays.stream(COLUMNS.split(",\\s*")).map(c -> "d." + c).collect(Collectors.joining(", "));
    }

    private static SharingDecision read(ResultSet row) throws SQLException {
        String basis = row.getString("lawful_basis");
        WithoutConsent without = basis == null
                ? null
                : new WithoutConsent(
                        LawfulBasis.valueOf(basis), row.getString("rationale"), row.getString("proportionality"));
        String recipientOrganisation = row.getString("recipient_organisation");
        String recipientRole = row.getString("recipient_role");
        Party recipient = recipientOrganisation != null
                ? Party.organisation(
                        new OrganisationId(recipientOrganisation),
                        recipientRole == null ? null : Role.valueOf(recipientRole),
                        row.getString("recipient_practitioner"))
                : Party.familyMember(new PersonId(row.getObject("recipient_person", UUID.class)));
        ShareProposal proposal = new ShareProposal(
                Purpose.valueOf(row.getString("purpose")),
                row.getString("purpose_statement"),
                Arrays.stream((UUID[]) row.getArray("subject_ids").getArray())
                        .map(PersonId::new)
                        .collect(Collectors.toSet()),
                Arrays.stream((String[]) row.getArray("categories").getArray())
                        .map(InformationCategory::valueOf)
                        .collect(Collectors.toSet()),
                recipient,
                row.getBoolean("identifying"),
                row.getBoolean("confidential"),
                without,
                content(row));
        String[] questions = (String[]) row.getArray("path_questions").getArray();
        Boolean[] answers = (Boolean[]) row.getArray("path_answers").getArray();
        String[] reasons = (String[]) row.getArray("path_reasons").getArray();
        List<Step> path = new ArrayList<>();
        for (int i = 0; i < questions.length; i++) {
            path.add(new Step(FlowchartQuestion.valueOf(questions[i]), answers[i], reasons[i]));
        }
        UUID[] consents = (UUID[]) row.getArray("relied_on_consents").getArray();
        Integer[] versions = (Integer[]) row.getArray("relied_on_versions").getArray();
        List<VersionRef> reliedOn = new ArrayList<>();
        for (int i = 0; i < consents.length; i++) {
            reliedOn.add(new VersionRef(new ConsentId(consents[i]), versions[i]));
        }
        String[] roles = (String[]) row.getArray("consulted_roles").getArray();
        String[] names = (String[]) row.getArray("consulted_names").getArray();
        String[] advice = (String[]) row.getArray("consulted_advice").getArray();
        List<Consultation> consulted = new ArrayList<>();
        for (int i = 0; i < roles.length; i++) {
            consulted.add(new Consultation(Consultation.Consulted.valueOf(roles[i]), names[i], advice[i]));
        }
        UUID corrects = row.getObject("corrects", UUID.class);
        UUID referral = row.getObject("referral_id", UUID.class);
        return new SharingDecision(
                new SharingDecisionId(row.getObject("id", UUID.class)),
                new FamilyId(row.getObject("family_id", UUID.class)),
                new OrganisationId(row.getString("organisation")),
                row.getString("decided_by"),
                ActorKind.valueOf(row.getString("decided_by_kind")),
                proposal,
                SharingChoice.valueOf(row.getString("choice")),
                new SharingAdvice(SharingOutcome.valueOf(row.getString("outcome")), path, reliedOn, List.of()),
                row.getString("note"),
                Urgency.valueOf(row.getString("urgency")),
                row.getBoolean("subjects_told"),
                row.getString("not_told_reason"),
                consulted,
                corrects == null ? null : new SharingDecisionId(corrects),
                referral == null ? null : new ReferralId(referral),
                row.getObject("decided_at", OffsetDateTime.class).toInstant());
    }

    private static List<SharedItem> content(ResultSet row) throws SQLException {
        String[] kinds = (String[]) row.getArray("content_kinds").getArray();
        String[] categories = (String[]) row.getArray("content_categories").getArray();
        String[] descriptions = (String[]) row.getArray("content_descriptions").getArray();
        UUID[] notes = (UUID[]) row.getArray("content_note_ids").getArray();
        Integer[] versions = (Integer[]) row.getArray("content_note_versions").getArray();
        List<SharedItem> items = new ArrayList<>();
        for (int i = 0; i < kinds.length; i++) {
            items.add(new SharedItem(
                    NoteKind.valueOf(kinds[i]),
                    InformationCategory.valueOf(categories[i]),
                    descriptions[i],
                    notes[i] == null ? null : new CaseNoteId(notes[i]),
                    versions[i]));
        }
        return items;
    }

    private static OffsetDateTime at(SharingDecision decision) {
        return decision.decidedAt().atOffset(ZoneOffset.UTC);
    }

    private static Array array(Connection connection, String type, java.util.stream.Stream<?> values)
            throws SQLException {
        return connection.createArrayOf(type, values.toArray());
    }
}
