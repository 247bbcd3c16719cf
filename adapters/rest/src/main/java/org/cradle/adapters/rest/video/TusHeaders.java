package org.cradle.adapters.rest.video;

import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cradle.adapters.rest.problem.Fields;
import org.cradle.domain.Text;

/**
 * The tus 1.0.0 protocol's headers (core, creation and termination): what a request must say and what
 * every answer says, so that any tus client (Uppy, tus-js-client, tus-java-client) works unchanged.
 */
public final class TusHeaders {

    public static final String VERSION = "1.0.0";
    static final String RESUMABLE = "Tus-Resumable";
    static final String UPLOAD_OFFSET = "Upload-Offset";
    static final String UPLOAD_LENGTH = "Upload-Length";
    static final String UPLOAD_METADATA = "Upload-Metadata";
    static final String OFFSET_OCTET_STREAM = "application/offset+octet-stream";
    static final String EXTENSIONS = "creation,termination";
    /** The most metadata pairs an upload names: well above the six Cradle reads. */
    private static final int MAX_METADATA_PAIRS = 16;
    /** The most characters of Upload-Metadata: its schema's bound. */
    static final int MAX_METADATA_LENGTH = 4096;

    private TusHeaders() {}

    /**
     * Checks Tus-Resumable as a field: a value that is no version at all is a 400 naming it. Whether it
     * is the version Cradle speaks is asked after every field is checked, by {@link #requireVersion}.
     */
    static void version(Fields fields, String resumable) {
        if (resumable != null && !resumable.matches("[0-9]{1,3}\\.[0-9]{1,3}\\.[0-9]{1,3}")) {
            fields.reject(RESUMABLE, "version", "Tus-Resumable is a protocol version, such as " + VERSION + ".");
        }
    }

    /** Refuses a request for another version of the protocol, or none (412, naming the one Cradle speaks). */
    static void requireVersion(String resumable) {
        if (!VERSION.equals(resumable)) {
            throw new TusVersionMismatch();
        }
    }

    /** Checks Tus-Resumable, refusing what is not one (400) and then another version or none (412). */
    static void requireVersionAlone(String resumable) {
        Fields fields = new Fields();
        version(fields, resumable);
        fields.build(() -> null);
        requireVersion(resumable);
    }

    /** The answer's headers every tus response carries. */
    static Response.ResponseBuilder tus(Response.ResponseBuilder response) {
        return response.header(RESUMABLE, VERSION).header("Cache-Control", "no-store");
    }

    /** A header holding a whole number of bytes, or the field's error. */
    static Long bytes(Fields fields, String header, String value) {
        if (value == null || value.isBlank()) {
            fields.reject(header, "required", header + " is required.");
            return null;
        }
        if (!value.matches("[0-9]{1,19}")) {
            fields.reject(header, "non-negative-integer", header + " must be a whole number of bytes, 0 or more.");
            return null;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            fields.reject(header, "non-negative-integer", header + " is too large.");
            return null;
        }
    }

    /** Upload-Metadata: comma-separated pairs of a key and its value in base64 (a key alone has no value). */
    static Map<String, String> metadata(Fields fields, String header) {
        Map<String, String> pairs = new LinkedHashMap<>();
        if (header == null || header.isBlank()) {
            return pairs;
        }
        String[] items = header.split(",", -1);
        if (items.length > MAX_METADATA_PAIRS) {
            fields.reject(
                    UPLOAD_METADATA, "max-items", "Upload-Metadata may hold at most " + MAX_METADATA_PAIRS + " pairs.");
            return pairs;
        }
        for (String item : items) {
            String[] parts = item.trim().split(" ", -1);
            String key = parts[0];
            if (key.isEmpty() || parts.length > 2 || pairs.containsKey(key)) {
                fields.reject(
                        UPLOAD_METADATA,
                        "format",
                        "Upload-Metadata is comma-separated pairs of a key and a base64 value, each key once.");
                return pairs;
            }
            try {
                String value = parts.length == 2
                        ? new String(Base64.getDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                        : "";
                String field = UPLOAD_METADATA + "." + key;
                String clean = fields.value("", () -> Text.normalised(field, value));
                if (clean != null) {
                    pairs.put(key, clean);
                }
            } catch (IllegalArgumentException e) {
                fields.reject(UPLOAD_METADATA + "." + key, "base64", "The value of " + key + " is not base64.");
            }
        }
        return pairs;
    }

    /** A request for a tus version Cradle does not speak. */
    public static final class TusVersionMismatch extends RuntimeException {
        TusVersionMismatch() {
            super("This server speaks tus " + VERSION + ": send Tus-Resumable: " + VERSION + ".", null, false, false);
        }
    }
}
