package org.cradle.domain.subjectaccess;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.person.PersonId;
import org.cradle.domain.sharing.ShareProposal;
import org.cradle.domain.sharing.SharedItem;

/**
 * One item of a subject-access package, as it read when the package was prepared: a snapshot in
 * labelled text, so that what a records officer reviews is exactly what is released, whatever happens
 * to the record afterwards (corrected, withdrawn, destroyed). {@link ExportItems} makes one from each
 * kind of record.
 *
 * @param recordId the record it was taken from
 * @param version the record's version, for case notes and consents; {@code null} for the others
 * @param family the family it belongs to; {@code null} for the person's details and who saw them
 * @param concerns everyone the item is about or names: the redaction rules read it
 * @param fields what the item says, in order; an absent value is left out
 */
public record ExportItem(
        ItemKind kind, UUID recordId, Integer version, FamilyId family, Set<PersonId> concerns, List<Field> fields) {

    /**
     * One labelled value: {@code name} in camelCase ({@code writtenAt}), the value as text. The longest
     * name is {@link #MAX_NAME_LENGTH}; the longest value, {@link #MAX_VALUE_LENGTH}, is what a share
     * carried, item by item: {@link ShareProposal#MAX_ITEMS} descriptions with their kind, category and
     * case note.
     */
    public record Field(String name, String value) {

        public static final int MAX_NAME_LENGTH = 100;

        public static final int MAX_VALUE_LENGTH = ShareProposal.MAX_ITEMS * (SharedItem.MAX_DESCRIPTION + 100);

        public Field {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
        }
    }

    public ExportItem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(recordId, "recordId");
        concerns = Set.copyOf(concerns);
        fields = List.copyOf(fields);
    }

    public Optional<Integer> versionNumber() {
        return Optional.ofNullable(version);
    }

    public Optional<FamilyId> familyId() {
        return Optional.ofNullable(family);
    }

    /** Everyone the item concerns beyond the person and the requester: third parties. */
    public Set<PersonId> thirdParties(SubjectAccessRequest request) {
        Set<PersonId> others = new LinkedHashSet<>();
        concerns.stream().filter(p -> !request.ownTo(p)).forEach(others::add);
        return others;
    }

    /** Builds an item's fields in order, leaving out absent values. */
    static final class Fields {
        private final List<Field> fields = new ArrayList<>();

        Fields add(String name, Object value) {
            if (value instanceof Optional<?> optional) {
                return add(name, optional.orElse(null));
            }
            if (value instanceof java.util.Collection<?> values) {
                return values.isEmpty()
                        ? this
                        : add(
                                name,
                                String.join(
                                        ", ",
                                        values.stream()
                                                .map(String::valueOf)
                                                .sorted()
                                                .toList()));
            }
            if (value != null) {
                fields.add(new Field(name, String.valueOf(value)));
            }
            return this;
        }

        List<Field> list() {
            return fields;
        }
    }
}
