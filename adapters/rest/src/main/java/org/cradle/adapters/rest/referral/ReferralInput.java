package org.cradle.adapters.rest.referral;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.cradle.adapters.rest.PageParameters;
import org.cradle.adapters.rest.problem.Fields;
import org.cradle.application.PageRequest;
import org.cradle.application.referral.ReferralBox;
import org.cradle.application.referral.ReferralDetails;
import org.cradle.domain.InvalidValueException;
import org.cradle.domain.Text;
import org.cradle.domain.consent.InformationCategory;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.person.PersonId;
import org.cradle.domain.referral.Referral;

/** Reads what the referral endpoints share, collecting every refusal with its field or parameter. */
final class ReferralInput {

    private ReferralInput() {}

    /** {@code inbox} (the default) or {@code outbox}. */
    /** A list's query and page: what the referral and request lists share, all errors reported at once. */
    record Listing<Q>(Q query, PageRequest page) {}

    static <S extends Enum<S>, Q> Listing<Q> listing(
            String box,
            String status,
            Class<S> statuses,
            PageParameters paging,
            BiFunction<ReferralBox, Optional<S>, Q> query) {
        Fields fields = new Fields();
        ReferralBox side = box(fields, box);
        Optional<S> only = status(fields, status, statuses);
        PageRequest page = paging.read(fields);
        return new Listing<>(fields.build(() -> query.apply(side, only)), page);
    }

    /** The answer to making a referral, at its own address: making one and answering a request alike. */
    static Response created(UriInfo uri, ReferralDetails made) {
        return Response.created(uri.getBaseUriBuilder()
                        .path("referrals")
                        .path(made.referral().id().toString())
                        .build())
                .entity(ReferralMessages.ReferralView.of(made))
                .build();
    }

    static ReferralBox box(Fields fields, String text) {
        if (text == null || text.isBlank()) {
            return ReferralBox.INBOX;
        }
        return fields.value("", () -> oneOf("box", text, ReferralBox.class, true));
    }

    /** The status to filter by, by name; empty when absent. */
    static <E extends Enum<E>> Optional<E> status(Fields fields, String text, Class<E> type) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(fields.value("", () -> oneOf("status", text, type, false)));
    }

    static OrganisationId organisation(Fields fields, String field, String code) {
        if (fields.required(field, code) == null) {
            return null;
        }
        return fields.value("", () -> {
            try {
                return new OrganisationId(code);
            } catch (InvalidValueException e) {
                throw new InvalidValueException(field, e.rule(), e.getMessage().replaceFirst("organisation", field));
            }
        });
    }

    static List<PersonId> people(Fields fields, List<UUID> ids) {
        if (fields.required("people", ids) == null) {
            return List.of();
        }
        if (ids.isEmpty()) {
            fields.reject("people", "required", "people must name at least one member of the family.");
        }
        fields.value("", () -> {
            Referral.requireFewPeople(ids.size());
            return ids;
        });
        List<PersonId> people = new ArrayList<>();
        ids.forEach(id -> people.add(new PersonId(id)));
        return people;
    }

    /** Required, with BASIC_DETAILS among them. */
    static Set<InformationCategory> categories(Fields fields, Set<InformationCategory> categories) {
        if (fields.required("categories", categories) == null) {
            return null;
        }
        return fields.value("", () -> Referral.requireCategories(categories));
    }

    static String note(Fields fields, String note) {
        return fields.value("", () -> Text.optional("note", note, Referral.MAX_NOTE_LENGTH));
    }

    static String reason(Fields fields, String reason) {
        return fields.value("", () -> Text.required("reason", reason, Referral.MAX_REASON_LENGTH));
    }

    private static <E extends Enum<E>> E oneOf(String field, String text, Class<E> type, boolean lowerCase) {
        String wanted = text.strip();
        return Arrays.stream(type.getEnumConstants())
                .filter(value -> (lowerCase ? value.name().toLowerCase(Locale.ROOT) : value.name()).equals(wanted))
                .findFirst()
                .orElseThrow(() -> new InvalidValueException(
                        field,
                        "one-of",
                        field + " must be one of "
                                + Arrays.stream(type.getEnumConstants())
                                        .map(value -> lowerCase ? value.name().toLowerCase(Locale.ROOT) : value.name())
                                        .collect(Collectors.joining(", "))
                                + "."));
    }
}
