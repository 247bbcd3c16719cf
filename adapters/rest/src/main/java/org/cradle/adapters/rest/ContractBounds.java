package org.cradle.adapters.rest;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cradle.application.referral.ReferralBox;
import org.cradle.domain.Identifiers;
import org.cradle.domain.actor.Role;
import org.cradle.domain.consent.InformationCategory;
import org.cradle.domain.consent.Purpose;
import org.cradle.domain.sharing.FlowchartQuestion;
import org.cradle.domain.sharing.ShareProposal;
import org.cradle.domain.subjectaccess.ItemKind;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * The bounds of the OpenAPI document that follow from a value's type rather than from a rule of its
 * field (ADR 9): every string, array and integer of the document states them, so that a client
 * generated from it sizes its fields from the same limits the API enforces.
 *
 * <p>A field's own limits are annotated on it, from the constant that enforces them: {@code
 * maxLength}, {@code maxItems} and {@code pattern} name the constant ({@code maxLength =
 * FamilyName.MAX_LENGTH}); {@code minimum} and {@code maximum}, which the annotation takes as text, are
 * written {@code "" + PageRequest.MAX_SIZE}, a compile-time constant, so that no number is typed twice.
 * The constants here are the bounds a value has by its kind: a count or an optimistic-lock version is
 * never below {@link #NONE}, a version number starts at {@link #FIRST}, and a Java {@code int} or
 * {@code long} holds no more than {@link #MOST_INT} or {@link #MOST_LONG}.
 *
 * <p>What this filter adds, once for the whole document:
 *
 * <ul>
 *   <li>A path parameter given no schema of its own is a record's id: a UUID in its canonical form,
 *       which is all {@link Identifiers#parse} takes.
 *   <li>An array whose items are distinct values of an enumeration ({@code uniqueItems}) holds at most
 *       as many items as there are values; so does a list that holds one item per value of an
 *       enumeration ({@link #ONE_PER_VALUE}), and a list bounded by a constant times an enumeration's
 *       size ({@link #COMPUTED}).
 *   <li>The value sets SmallRye cannot see from a Java type: Cradle's roles as tokens name them
 *       ({@value #ROLE_NAME}), and the boxes of referral lists ({@value #REFERRAL_BOX}).
 * </ul>
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ContractBounds implements OASFilter {

    /** The least a count, an offset or an optimistic-lock version can be. */
    public static final String NONE = "0";

    /** The least a version number can be: versions are numbered from 1. */
    public static final String FIRST = "1";

    public static final String MOST_INT = "" + Integer.MAX_VALUE;

    public static final String MOST_LONG = "" + Long.MAX_VALUE;

    /** The component naming a Cradle role as tokens and recipients name it ({@code safeguarding-lead}). */
    /** A UUID as Cradle writes and reads it: 32 hexadecimal digits and four hyphens. */
    public static final int UUID_LENGTH = 36;

    /** A date in the domain's window ({@code Dates}, four-digit years): {@code YYYY-MM-DD}. */
    public static final int DATE_LENGTH = "2199-12-31".length();

    /** An instant in that window, at most to the nanosecond, in UTC: {@code YYYY-MM-DDThh:mm:ss.nnnnnnnnnZ}. */
    public static final int DATE_TIME_LENGTH = "2199-12-31T23:59:59.999999999Z".length();

    public static final String ROLE_NAME = "RoleName";

    /** The component naming the box of a referral list: {@code inbox} or {@code outbox}. */
    public static final String REFERRAL_BOX = "ReferralBox";

    /** Lists that hold one item per value of an enumeration, by schema and property. */
    private static final Map<String, Class<? extends Enum<?>>> ONE_PER_VALUE = Map.of(
            "SubjectAccessPackage.sections", ItemKind.class,
            "CoverageAnswer.categories", InformationCategory.class,
            "ConsentReceipt.services", Purpose.class,
            "SharingAdvice.path", FlowchartQuestion.class,
            "SharingDecision.path", FlowchartQuestion.class);

    /**
     * The consent versions a share relies on: at most one for each subject and category it names, each
     * subject's consent answering for each category by one version.
     */
    private static final int MOST_RELIED_ON = ShareProposal.MAX_SUBJECTS * InformationCategory.values().length;

    /** Lists bounded by the product of a constant and an enumeration, by schema and property. */
    private static final Map<String, Integer> COMPUTED = Map.of(
            "SharingAdvice.reliedOn", MOST_RELIED_ON,
            "SharingDecision.reliedOn", MOST_RELIED_ON);

    private static final String SCHEMAS = "#/components/schemas/";

    @Override
    public Parameter filterParameter(Parameter parameter) {
        Schema schema = parameter.getSchema();
        if (parameter.getIn() == Parameter.In.PATH && schema != null && saysNothingOfItsOwn(schema)) {
            schema.format("uuid").pattern(Identifiers.CANONICAL_FORM);
        }
        return parameter;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Components components = openAPI.getComponents();
        valueSet(
                components,
                ROLE_NAME,
                "A Cradle role, as tokens name it.",
                Arrays.stream(Role.values()).map(Role::tokenName).toList());
        valueSet(
                components,
                REFERRAL_BOX,
                "inbox: made or asked of your organisation, for it to answer; outbox: made or asked by it.",
                Arrays.stream(ReferralBox.values())
                        .map(box -> box.name().toLowerCase(Locale.ROOT))
                        .toList());
        Map<String, Schema> schemas = components.getSchemas();
        schemas.forEach((name, schema) -> bound(name, schema, schemas));
        openAPI.getPaths().getPathItems().values().forEach(path -> path.getOperations()
                .values()
                .forEach(operation -> {
                    if (operation.getParameters() != null) {
                        operation.getParameters().forEach(p -> bound(null, p.getSchema(), schemas));
                    }
                }));
    }

    /** The component {@code name} as a string that is one of {@code values}. */
    private static void valueSet(Components components, String name, String description, List<String> values) {
        Schema schema = components.getSchemas().get(name);
        if (schema == null) {
            schema = OASFactory.createSchema();
            components.addSchema(name, schema);
        }
        schema.type(List.of(Schema.SchemaType.STRING)).description(description).enumeration(List.copyOf(values));
    }

    private static void bound(String name, Schema schema, Map<String, Schema> schemas) {
        if (schema == null) {
            return;
        }
        byFormat(schema);
        if (schema.getProperties() != null) {
            schema.getProperties().forEach((property, value) -> {
                Class<? extends Enum<?>> values = name == null ? null : ONE_PER_VALUE.get(name + "." + property);
                if (values != null && value.getMaxItems() == null) {
                    value.maxItems(values.getEnumConstants().length);
                }
                Integer most = name == null ? null : COMPUTED.get(name + "." + property);
                if (most != null && value.getMaxItems() == null) {
                    value.maxItems(most);
                }
                bound(null, value, schemas);
            });
        }
        Schema items = schema.getItems();
        if (items != null) {
            List<Object> values = enumeration(items, schemas);
            if (Boolean.TRUE.equals(schema.getUniqueItems()) && values != null && schema.getMaxItems() == null) {
                schema.maxItems(values.size());
            }
            bound(null, items, schemas);
        }
        for (List<Schema> alternatives : Arrays.asList(schema.getAnyOf(), schema.getOneOf(), schema.getAllOf())) {
            if (alternatives != null) {
                alternatives.forEach(alternative -> bound(name, alternative, schemas));
            }
        }
    }

    /**
     * What the type says: the longest a uuid, a date or an instant can be written, and an integer's
     * width from its largest value, so that no client needs to guess either.
     */
    private static void byFormat(Schema schema) {
        List<Schema.SchemaType> type = schema.getType();
        if (type == null) {
            return;
        }
        if (type.contains(Schema.SchemaType.STRING) && schema.getMaxLength() == null && schema.getFormat() != null) {
            switch (schema.getFormat()) {
                case "uuid" -> schema.maxLength(UUID_LENGTH);
                case "date" -> schema.maxLength(DATE_LENGTH);
                case "date-time" -> schema.maxLength(DATE_TIME_LENGTH);
                default -> {}
            }
        }
        if (type.contains(Schema.SchemaType.INTEGER) && schema.getFormat() == null) {
            boolean narrow = schema.getMaximum() != null
                    && schema.getMaximum().compareTo(java.math.BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0
                    && (schema.getMinimum() == null
                            || schema.getMinimum().compareTo(java.math.BigDecimal.valueOf(Integer.MIN_VALUE)) >= 0);
            schema.format(narrow ? "int32" : "int64");
        }
    }

    /** The values the schema allows, following its reference; {@code null} when it lists none. */
    private static List<Object> enumeration(Schema schema, Map<String, Schema> schemas) {
        if (schema.getEnumeration() != null) {
            return schema.getEnumeration();
        }
        if (schema.getRef() != null && schema.getRef().startsWith(SCHEMAS)) {
            Schema referenced = schemas.get(schema.getRef().substring(SCHEMAS.length()));
            return referenced == null ? null : enumeration(referenced, schemas);
        }
        return null;
    }

    private static boolean saysNothingOfItsOwn(Schema schema) {
        return schema.getRef() == null
                && schema.getFormat() == null
                && schema.getPattern() == null
                && schema.getMaxLength() == null
                && schema.getEnumeration() == null
                && (schema.getType() == null || schema.getType().equals(List.of(Schema.SchemaType.STRING)));
    }
}
