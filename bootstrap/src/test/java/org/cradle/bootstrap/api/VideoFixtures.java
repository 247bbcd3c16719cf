package org.cradle.bootstrap.api;

import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** What the video tests share: a household that consented to being recorded, video bytes, tus requests. */
public final class VideoFixtures {

    static final int MIB = 1024 * 1024;

    private VideoFixtures() {}

    /** An MP4 as its first bytes say (an ftyp box of brand isom), then {@code length} bytes in all. */
    static byte[] mp4(int length, long seed) {
        byte[] bytes = new byte[length];
        new Random(seed).nextBytes(bytes);
        byte[] head = {
            0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm', 0, 0, 2, 0, 'i', 's', 'o', 'm', 'm', 'p', '4', '1'
        };
        System.arraycopy(head, 0, bytes, 0, head.length);
        return bytes;
    }

    /** A WebM's first bytes: the EBML header with the document type webm. */
    static byte[] webm(int length) {
        byte[] bytes = new byte[length];
        new Random(7).nextBytes(bytes);
        byte[] head = {
            0x1A, 0x45, (byte) 0xDF, (byte) 0xA3, (byte) 0x9F, 0x42, (byte) 0x82, (byte) 0x84, 'w', 'e', 'b', 'm'
        };
        System.arraycopy(head, 0, bytes, 0, head.length);
        return bytes;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A consent {@code person} gives to {@code organisation} for {@code purposes} of their videos, from yesterday. */
    static Map<String, Object> videoConsent(String person, String organisation, String... purposes) {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        Map<String, Object> body = new HashMap<>();
        body.put("subjectId", person);
        body.put("grantorId", person);
        body.put("decision", "GIVEN");
        body.put("purposes", List.of(purposes));
        body.put("recipients", List.of(Map.of("kind", "ORGANISATION", "organisation", organisation)));
        body.put("categories", List.of("DEVELOPMENT_AND_HEALTH"));
        body.put("notesKeptIn", "INFANT_RECORD");
        body.put("method", "EXPLICIT_WRITTEN");
        body.put("effectiveFrom", today.minusDays(1).toString());
        body.put("reviewBy", today.plusMonths(6).toString());
        return body;
    }

    static String metadata(Map<String, String> pairs) {
        StringBuilder header = new StringBuilder();
        pairs.forEach((key, value) -> {
            if (!header.isEmpty()) {
                header.append(',');
            }
            header.append(key)
                    .append(' ')
                    .append(Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8)));
        });
        return header.toString();
    }

    /** tus creation on the episode: the answer, whose Location names the upload. */
    static ValidatableResponse create(Api api, String episode, long length, Map<String, String> metadata) {
        return api.request()
                .header("Tus-Resumable", "1.0.0")
                .header("Upload-Length", length)
                .header("Upload-Metadata", metadata(metadata))
                .post("/episodes/{id}/video-uploads", episode)
                .then();
    }

    static ValidatableResponse patch(Api api, String videoId, long offset, byte[] bytes) {
        return api.request()
                .header("Tus-Resumable", "1.0.0")
                .header("Upload-Offset", offset)
                .contentType("application/offset+octet-stream")
                .body(bytes)
                .patch("/video-uploads/{id}", videoId)
                .then();
    }

    static ValidatableResponse head(Api api, String videoId) {
        return api.request()
                .header("Tus-Resumable", "1.0.0")
                .head("/video-uploads/{id}", videoId)
                .then();
    }

    static ValidatableResponse content(Api api, String videoId, String range) {
        var request = api.request().accept("*/*");
        if (range != null) {
            request = request.header("Range", range);
        }
        return request.get("/videos/{id}/content", videoId).then();
    }

    static Map<String, String> session(String... appearing) {
        Map<String, String> metadata = new HashMap<>();
        metadata.put("appearing", String.join(",", appearing));
        metadata.put(
                "recordedOn",
                LocalDate.now(ZoneId.of("Europe/London")).minusDays(1).toString());
        metadata.put("purposes", "INTERACTION_GUIDANCE");
        metadata.put("filename", "session.mp4");
        metadata.put("filetype", "video/mp4");
        return metadata;
    }

    /**
     * A complete video of a session in {@code episode} in which {@code appearing} appear, uploaded by
     * {@code api} for its organisation (put in the directory if it is not), after each adult appearing
     * consented to being recorded: for tests that need one to act on.
     */
    public static String completeVideo(
            Api api, String family, String episode, List<String> adults, String... appearing) {
        String organisation = api.get("/me").statusCode(200).extract().path("organisation");
        List<String> directory =
                api.get("/organisations?size=100").statusCode(200).extract().path("items.code");
        if (!directory.contains(organisation)) {
            // A consent names its recipient from the directory: the organisation that records is in it.
            Api.as("admin")
                    .put("/organisations/{code}", Map.of("name", "Video service " + organisation), organisation)
                    .statusCode(201);
        }
        for (String adult : adults) {
            api.post("/families/{id}/consents", videoConsent(adult, organisation, "VIDEO_RECORDING"), family)
                    .statusCode(201);
        }
        byte[] bytes = mp4(64 * 1024, 11);
        String id = create(api, episode, bytes.length, session(appearing))
                .statusCode(201)
                .extract()
                .path("id");
        patch(api, id, 0, bytes).statusCode(204);
        return id;
    }
}
