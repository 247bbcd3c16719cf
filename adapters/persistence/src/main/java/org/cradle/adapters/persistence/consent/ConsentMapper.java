package org.cradle.adapters.persistence.consent;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
import org.cradle.domain.consent.Consent;
import org.cradle.domain.consent.ConsentChange;
import org.cradle.domain.consent.ConsentId;
import org.cradle.domain.consent.ConsentMethod;
import org.cradle.domain.consent.ConsentStatus;
import org.cradle.domain.consent.ConsentTerms;
import org.cradle.domain.consent.ConsentVersion;
import org.cradle.domain.consent.Decision;
import org.cradle.domain.consent.InformationCategory;
import org.cradle.domain.consent.NotesKeptIn;
import org.cradle.domain.consent.Purpose;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.person.PersonId;

/** Explicit mapping between consents and their rows. */
final class ConsentMapper {

    private ConsentMapper() {}

    static Consent toDomain(ConsentEntity consent, List<ConsentVersionEntity> versions) {
        return Consent.reconstitute(
                new ConsentId(consent.id),
                new FamilyId(consent.familyId),
                new PersonId(consent.subjectId),
                new PersonId(consent.grantorId),
                new OrganisationId(consent.organisation),
                versions.stream().map(ConsentMapper::toDomain).toList());
    }

    static ConsentVersion toDomain(ConsentVersionEntity row) {
        return new ConsentVersion(
                row.number,
                ConsentChange.valueOf(row.change),
                Decision.valueOf(row.decision),
                new ConsentTerms(
                        enums(Purpose.class, row.purposes),
                        Arrays.stream(row.recipients)
                                .map(RecipientCodes::decode)
                                .toList(),
                        enums(InformationCategory.class, row.categories),
                        Arrays.stream(row.excludedPersonIds).map(PersonId::new).collect(Collectors.toSet()),
                        NotesKeptIn.valueOf(row.notesKeptIn),
                        ConsentMethod.valueOf(row.method),
                        row.termsEffectiveFrom,
                        row.reviewBy,
                        row.formReference),
                row.effectiveFrom,
                row.recordedAt,
                row.recordedBy,
                new OrganisationId(row.recordedFor));
    }

    /** Sets the consent row from the aggregate: what is repeated of its current version included. */
    static ConsentEntity copy(Consent consent, ConsentEntity entity) {
        entity.id = consent.id().value();
        entity.familyId = consent.family().value();
        entity.subjectId = consent.subject().value();
        entity.grantorId = consent.grantor().value();
        entity.organisation = consent.organisation().value();
        if (entity.createdAt == null) {
            entity.createdAt = consent.versions().get(0).recordedAt();
        }
        ConsentVersion current = consent.current();
        entity.currentNumber = current.number();
        entity.currentStatus = current.isWithdrawal()
                ? ConsentStatus.WITHDRAWN.name()
                : current.decision().name();
        entity.currentReviewBy = current.terms().reviewBy();
        return entity;
    }

    static ConsentVersionEntity toRow(Consent consent, ConsentVersion version) {
        ConsentVersionEntity row = new ConsentVersionEntity();
        ConsentTerms terms = version.terms();
        row.consentId = consent.id().value();
        row.number = version.number();
        row.subjectId = consent.subject().value();
        row.change = version.change().name();
        row.decision = version.decision().name();
        row.purposes = names(terms.purposes());
        row.recipients = terms.recipients().stream().map(RecipientCodes::encode).toArray(String[]::new);
        row.categories = names(terms.categories());
        row.excludedPersonIds = terms.excludedFamilyMembers().stream()
                .map(PersonId::value)
                .sorted()
                .toArray(java.util.UUID[]::new);
        row.notesKeptIn = terms.notesKeptIn().name();
        row.method = terms.method().name();
        row.termsEffectiveFrom = terms.effectiveFrom();
        row.reviewBy = terms.reviewBy();
        row.formReference = terms.formReference();
        row.effectiveFrom = version.effectiveFrom();
        row.recordedAt = version.recordedAt();
        row.recordedBy = version.recordedBy();
        row.recordedFor = version.recordedFor().value();
        return row;
    }

    private static <E extends Enum<E>> String[] names(java.util.Set<E> values) {
        return values.stream().sorted().map(Enum::name).toArray(String[]::new);
    }

    private static <E extends Enum<E>> EnumSet<E> enums(Class<E> type, String[] names) {
        EnumSet<E> values = EnumSet.noneOf(type);
        for (String name : names) {
            values.add(Enum.valueOf(type, name));
        }
        return values;
    }
}
