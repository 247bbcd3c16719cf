package org.cradle.adapters.rest;

import jakarta.ws.rs.QueryParam;
import org.cradle.adapters.rest.problem.Fields;
import org.cradle.application.PageRequest;
import org.cradle.domain.InvalidValueException;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The {@code page} and {@code size} query parameters every list takes ({@code @BeanParam}). They are
 * read as text so that a value that is not a number is a 400 naming the parameter, not JAX-RS's 404.
 */
public class PageParameters {

    @QueryParam("page")
    @Parameter(
            description = "Page number from 0; page × size at most 10,000,000.",
            example = "0",
            schema =
                    @Schema(
                            type = SchemaType.INTEGER,
                            minimum = "" + PageRequest.FIRST_PAGE,
                            maximum = "" + PageRequest.MAX_PAGE,
                            defaultValue = "" + PageRequest.FIRST_PAGE))
    String page;

    @QueryParam("size")
    @Parameter(
            description = "Page size, 1 to 100 (default 20).",
            example = "20",
            schema =
                    @Schema(
                            type = SchemaType.INTEGER,
                            minimum = "" + PageRequest.MIN_SIZE,
                            maximum = "" + PageRequest.MAX_SIZE,
                            defaultValue = "" + PageRequest.DEFAULT_SIZE))
    String size;

    /** The page asked for, when paging is all a request can get wrong: refuses an invalid one with a 400. */
    public PageRequest read() {
        Fields fields = new Fields();
        PageRequest page = read(fields);
        return fields.build(() -> page);
    }

    /** The page asked for, or {@code null} with the refusals added to {@code fields}. */
    public PageRequest read(Fields fields) {
        Integer pageNumber = fields.value("", () -> number("page", page, PageRequest.FIRST_PAGE));
        Integer pageSize = fields.value("", () -> number("size", size, PageRequest.DEFAULT_SIZE));
        return pageNumber == null || pageSize == null
                ? null
                : fields.value("", () -> new PageRequest(pageNumber, pageSize));
    }

    /**
     * The page asked for on a list that can resume: by number, or after the {@code next} value of a
     * previous page ({@code after}), not both. {@code null} with the refusals added to {@code fields}.
     */
    public PageRequest read(Fields fields, String after) {
        if (after == null || after.isBlank()) {
            return read(fields);
        }
        Integer pageSize = fields.value("", () -> number("size", size, PageRequest.DEFAULT_SIZE));
        if (page != null && !page.isBlank()) {
            fields.reject("after", "exclusive", "Give page or after, not both: after already says which page.");
            return null;
        }
        return pageSize == null ? null : fields.value("", () -> PageCursor.decode(after, pageSize));
    }

    private static int number(String field, String text, int fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidValueException(field, "integer", field + " must be a whole number.");
        }
    }
}
