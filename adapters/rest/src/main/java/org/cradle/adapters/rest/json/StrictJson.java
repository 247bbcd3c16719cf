package org.cradle.adapters.rest.json;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.CollectionType;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.cradle.domain.Dates;
import org.cradle.domain.InvalidValueException;
import org.cradle.domain.Text;

/**
 * The JSON contract is strict: a value is read only from the JSON type the contract gives it, and
 * anything else is a 400 naming the field. Jackson's defaults are lenient in ways that corrupt records
 * silently — {@code "name":12345} stored as text, {@code "role":0} taken as the first enum constant,
 * {@code 1} as {@code true}, {@code "3"} or {@code 3.5} as the number 3, a number as a date counted in
 * days from 1970, the last of two duplicate keys winning — so each is switched off here, once, for
 * every request body of every endpoint.
 *
 * <p>Every string is also put through the domain's {@link Text#normalised} (NFC, no hidden
 * characters), and every date through the one date format and the domain's {@link Dates} window, so
 * that no endpoint can forget to. A JSON array read into a set holds each value once: a repeated value
 * is refused rather than dropped, so that a set of an enumeration's values is never longer than the
 * enumeration, as the document says ({@code uniqueItems}, and {@code maxItems} its number of values).
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    /** Last, so that these deserializers replace the ones other customizers register (java.time's). */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY);
        mapper.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS);
        for (CoercionInputShape shape : new CoercionInputShape[] {
            CoercionInputShape.Integer,
            CoercionInputShape.Float,
            CoercionInputShape.Boolean,
            CoercionInputShape.String,
            CoercionInputShape.EmptyString,
            CoercionInputShape.EmptyArray,
            CoercionInputShape.EmptyObject
        }) {
            mapper.coercionConfigDefaults().setCoercion(shape, CoercionAction.Fail);
        }
        for (LogicalType type : LogicalType.values()) {
            mapper.coercionConfigFor(type).setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
        // A list may be absent or null, but never hold a null: [null] is refused naming its index.
        mapper.setDefaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));
        mapper.registerModule(new SimpleModule("cradle-strict-json")
                .addDeserializer(String.class, new FromJsonString<>(String.class, text -> Text.normalised("", text)))
                .addDeserializer(LocalDate.class, new FromJsonString<>(LocalDate.class, text -> date("", text)))
                .setDeserializerModifier(new DistinctSets()));
    }

    /** Reads every set through {@link Distinct}. */
    static final class DistinctSets extends BeanDeserializerModifier {

        @Override
        public JsonDeserializer<?> modifyCollectionDeserializer(
                DeserializationConfig config,
                CollectionType type,
                BeanDescription description,
                JsonDeserializer<?> deserializer) {
            return Set.class.isAssignableFrom(type.getRawClass()) ? new Distinct(deserializer) : deserializer;
        }
    }

    /** A set read from a JSON array that names each value once; a value named again is refused at its index. */
    static final class Distinct extends DelegatingDeserializer {

        Distinct(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new Distinct(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.isExpectedStartArrayToken()) {
                return super.deserialize(parser, context);
            }
            JsonNode array = context.readTree(parser);
            Set<JsonNode> seen = new HashSet<>();
            for (int i = 0; i < array.size(); i++) {
                JsonNode value = array.get(i);
                if (!value.isNull() && !seen.add(value)) {
                    throw JsonMappingException.wrapWithPath(
                            new RefusedJsonValue(
                                    parser, "unique", "Each value is given once; this one is given twice."),
                            array,
                            i);
                }
            }
            JsonParser again = array.traverse(parser.getCodec());
            again.nextToken();
            return super.deserialize(again, context);
        }
    }

    /**
     * A value read only from a JSON string, by one of the domain's readers: text in NFC without hidden
     * characters, a date in one format and the window. A refusal keeps the domain's rule.
     */
    static final class FromJsonString<T> extends StdScalarDeserializer<T> {

        private final transient Function<String, T> read;

        FromJsonString(Class<T> type, Function<String, T> read) {
            super(type);
            this.read = read;
        }

        @Override
        public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                @SuppressWarnings("unchecked")
                T unexpected = (T) context.handleUnexpectedToken(handledType(), parser);
                return unexpected;
            }
            try {
                return read.apply(parser.getText());
            } catch (InvalidValueException e) {
                throw new RefusedJsonValue(parser, e.rule(), sentence(e.getMessage()));
            }
        }
    }

    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    /** The one reading of a date Cradle accepts, in bodies and in query parameters alike. */
    public static LocalDate date(String field, String text) {
        if (!DATE.matcher(text).matches()) {
            throw new InvalidValueException(field, "date", "Must be a date written YYYY-MM-DD, such as 2026-03-14.");
        }
        try {
            return Dates.within(field, LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(field, "date", "Must be a real calendar date written YYYY-MM-DD.");
        }
    }

    /** The domain's message without the field it starts with ("must be…"), which the path names already. */
    private static String sentence(String message) {
        String trimmed = message.strip();
        return trimmed.isEmpty() ? message : Character.toUpperCase(trimmed.charAt(0)) + trimmed.substring(1);
    }
}
