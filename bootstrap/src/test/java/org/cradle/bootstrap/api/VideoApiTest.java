package org.cradle.bootstrap.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cradle.bootstrap.api.MembershipApiTest.person;
import static org.cradle.bootstrap.api.VideoFixtures.MIB;
import static org.cradle.bootstrap.api.VideoFixtures.content;
import static org.cradle.bootstrap.api.VideoFixtures.create;
import static org.cradle.bootstrap.api.VideoFixtures.head;
import static org.cradle.bootstrap.api.VideoFixtures.mp4;
import static org.cradle.bootstrap.api.VideoFixtures.patch;
import static org.cradle.bootstrap.api.VideoFixtures.session;
import static org.cradle.bootstrap.api.VideoFixtures.sha256;
import static org.cradle.bootstrap.api.VideoFixtures.videoConsent;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Session videos through the API: tus uploads, range playback, consent, ownership, deletion. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class VideoApiTest {

    /** The store the service keeps the sealed bytes in: the filesystem here, S3 in {@link VideoS3ApiTest}. */
    @jakarta.inject.Inject
    org.cradle.application.video.BlobStore store;

    private final String organisation = "videos-" + UUID.randomUUID().toString().substring(0, 8);
    /** Api.openEpisode names j.mensah as the lead practitioner: the video's circle. */
    private final Api lead = Api.withToken(Tokens.of("j.mensah", organisation, "practitioner"));

    private String family;
    private String episode;
    private String mother;
    private String father;
    private String child;

    Api lead() {
        return lead;
    }

    String family() {
        return family;
    }

    String episode() {
        return episode;
    }

    String mother() {
        return mother;
    }

    @BeforeEach
    void household() {
        // A consent names its recipient from the directory: the organisation that records is one.
        Api.as("admin")
                .put("/organisations/{code}", Map.of("name", "Video test service " + organisation), organisation)
                .statusCode(org.hamcrest.Matchers.anyOf(equalTo(200), equalTo(201)));
        family = lead.createFamily("Video family");
        episode = lead.openEpisode(family);
        mother = lead.addNewPerson(family, person("Ada", "Vid", "1994-04-04", NhsNumbers.fresh()), "MOTHER", true);
        father = lead.addNewPerson(family, person("Ben", "Vid", "1992-02-02", NhsNumbers.fresh()), "FATHER", true);
        child = lead.addNewPerson(family, person("Cy", "Vid", "2026-06-06", NhsNumbers.fresh()), "CHILD", false);
    }

    private void consentsToRecording(String... people) {
        for (String person : people) {
            lead.post("/families/{id}/consents", videoConsent(person, organisation, "VIDEO_RECORDING"), family)
                    .log()
                    .ifValidationFails()
                    .statusCode(201);
        }
    }

    private String upload(byte[] bytes) {
        String id = create(lead, episode, bytes.length, session(mother, child))
                .statusCode(201)
                .header("Tus-Resumable", "1.0.0")
                .header("Upload-Offset", "0")
                .extract()
                .path("id");
        patch(lead, id, 0, bytes).statusCode(204).header("Upload-Offset", String.valueOf(bytes.length));
        return id;
    }

    @Test
    void an_upload_in_two_requests_plays_back_whole_and_by_ranges() {
        consentsToRecording(mother);
        byte[] bytes = mp4(20 * MIB + 12_345, 1);
        String id = create(lead, episode, bytes.length, session(mother, child))
                .statusCode(201)
                .header("Location", containsString("/api/v1/video-uploads/"))
                .extract()
                .path("id");
        int first = 9 * MIB + 123;
        patch(lead, id, 0, Arrays.copyOfRange(bytes, 0, first))
                .statusCode(204)
                .header("Upload-Offset", String.valueOf(first));
        head(lead, id)
                .statusCode(200)
                .header("Upload-Offset", String.valueOf(first))
                .header("Upload-Length", String.valueOf(bytes.length));
        patch(lead, id, first, Arrays.copyOfRange(bytes, first, bytes.length))
                .statusCode(204)
                .header("Upload-Offset", String.valueOf(bytes.length));

        lead.get("/videos/{id}", id)
                .statusCode(200)
                .body("state", equalTo("COMPLETE"))
                .body("mediaType", equalTo("video/mp4"))
                .body("sha256", equalTo(sha256(bytes)));
        byte[] whole = content(lead, id, null)
                .statusCode(200)
                .header("Accept-Ranges", "bytes")
                .contentType("video/mp4")
                .extract()
                .asByteArray();
        assertThat(sha256(whole)).isEqualTo(sha256(bytes));

        assertRange(id, bytes, "bytes=0-0", 0, 0);
        assertRange(id, bytes, "bytes=8388600-8388700", 8388600, 8388700);
        assertRange(id, bytes, "bytes=" + (bytes.length - 1) + "-", bytes.length - 1, bytes.length - 1);
        assertRange(id, bytes, "bytes=-500", bytes.length - 500, bytes.length - 1);
        content(lead, id, "bytes=" + bytes.length + "-")
                .statusCode(416)
                .header("Content-Range", "bytes */" + bytes.length);
    }

    private void assertRange(String id, byte[] bytes, String range, int first, int last) {
        byte[] part = content(lead, id, range)
                .statusCode(206)
                .header("Content-Range", "bytes " + first + "-" + last + "/" + bytes.length)
                .extract()
                .asByteArray();
        assertThat(part).isEqualTo(Arrays.copyOfRange(bytes, first, last + 1));
    }

    @Test
    void a_tus_client_creates_an_upload_and_resumes_it_after_the_connection_was_cut() throws Exception {
        consentsToRecording(mother);
        byte[] bytes = mp4(18 * MIB + 4321, 9);
        String token = Tokens.of("j.mensah", organisation, "practitioner");
        io.tus.java.client.TusClient client = new io.tus.java.client.TusClient();
        client.setUploadCreationURL(new java.net.URL("http://localhost:" + io.restassured.RestAssured.port
                + "/api/v1/episodes/" + episode + "/video-uploads"));
        client.setHeaders(Map.of("Authorization", "Bearer " + token));
        client.enableResuming(new io.tus.java.client.TusURLMemoryStore());
        io.tus.java.client.TusUpload upload = new io.tus.java.client.TusUpload();
        upload.setSize(bytes.length);
        upload.setInputStream(new java.io.ByteArrayInputStream(bytes));
        upload.setFingerprint("session-" + UUID.randomUUID());
        upload.setMetadata(session(mother, child));
        io.tus.java.client.TusUploader first = client.createUpload(upload);
        String location = first.getUploadURL().toString();
        String id = location.substring(location.lastIndexOf('/') + 1);

        // The first PATCH is cut off after 10 MiB and a bit: the server keeps what arrived.
        int sent = 10 * MIB + 777;
        try (java.net.Socket socket = new java.net.Socket("localhost", io.restassured.RestAssured.port)) {
            java.io.OutputStream out = socket.getOutputStream();
            out.write(("PATCH /api/v1/video-uploads/" + id + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                            + token + "\r\nTus-Resumable: 1.0.0\r\nUpload-Offset: 0\r\nContent-Type:"
                            + " application/offset+octet-stream\r\nContent-Length: " + bytes.length + "\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            out.write(bytes, 0, sent);
            out.flush();
            Thread.sleep(300);
            socket.setSoLinger(true, 0);
        }
        // What the server had read when the connection was reset is kept (bytes still in its socket
        // buffer are lost with the reset, as on any cut): wait until the offset stops moving.
        long offset = -1;
        int unchanged = 0;
        for (int tries = 0; tries < 150 && (unchanged < 5 || offset <= 0); tries++) {
            Thread.sleep(200);
            long now = Long.parseLong(head(lead, id).statusCode(200).extract().header("Upload-Offset"));
            unchanged = now == offset ? unchanged + 1 : 0;
            offset = now;
        }
        assertThat(offset).isPositive().isLessThanOrEqualTo(sent);

        // The tus client asks where it got to and sends the rest from there.
        upload.setInputStream(new java.io.ByteArrayInputStream(bytes));
        io.tus.java.client.TusUploader resumed = client.resumeUpload(upload);
        assertThat(resumed.getOffset()).isEqualTo(offset);
        resumed.setChunkSize(3 * MIB);
        while (resumed.uploadChunk() > -1) {}
        resumed.finish();

        lead.get("/videos/{id}", id)
                .statusCode(200)
                .body("state", equalTo("COMPLETE"))
                .body("sha256", equalTo(sha256(bytes)));
        assertThat(sha256(content(lead, id, null).statusCode(200).extract().asByteArray()))
                .isEqualTo(sha256(bytes));
    }

    @Test
    void an_upload_is_refused_naming_the_adult_without_a_consent_to_being_recorded() {
        consentsToRecording(mother);
        create(lead, episode, 1000, session(mother, father, child))
                .statusCode(422)
                .body("code", equalTo("no-recording-consent"))
                .body("detail", containsString(father));
    }

    @Test
    void bytes_that_are_not_the_declared_video_end_the_upload_and_keep_nothing() {
        consentsToRecording(mother);
        byte[] webm = VideoFixtures.webm(200_000);
        String id = create(lead, episode, webm.length, session(mother))
                .statusCode(201)
                .extract()
                .path("id");
        patch(lead, id, 0, webm).statusCode(422).body("code", equalTo("not-a-video"));
        head(lead, id).statusCode(404);
    }

    @Test
    void an_offset_that_is_not_where_the_upload_is_gets_409() {
        consentsToRecording(mother);
        byte[] bytes = mp4(100_000, 2);
        String id = create(lead, episode, bytes.length, session(mother))
                .statusCode(201)
                .extract()
                .path("id");
        patch(lead, id, 5, Arrays.copyOfRange(bytes, 5, 100)).statusCode(409).body("code", equalTo("offset-mismatch"));
    }

    @Test
    void an_upload_over_the_limit_gets_413() {
        consentsToRecording(mother);
        create(lead, episode, 64L * MIB + 1, session(mother)).statusCode(413);
    }

    @Test
    void another_organisation_does_not_see_the_video_and_an_auditor_may_not_play_it() {
        consentsToRecording(mother);
        String id = upload(mp4(50_000, 3));
        Api other = Api.withToken(Tokens.of("j.mensah", "elsewhere-" + organisation, "practitioner"));
        other.get("/videos/{id}", id).statusCode(404);
        content(other, id, null).statusCode(404);
        content(Api.withToken(Tokens.of("a.auditor", organisation, "auditor")), id, null)
                .statusCode(403);
    }

    @Test
    void the_parent_copy_downloads_once_and_deletion_shreds_the_video() {
        consentsToRecording(mother);
        byte[] bytes = mp4(300_000, 4);
        String id = upload(bytes);
        int before = lead.get("/videos/{id}", id).statusCode(200).extract().path("version");
        byte[] copy = lead.request()
                .accept("*/*")
                .body(Map.of("version", before))
                .post("/videos/{id}/return", id)
                .then()
                .statusCode(200)
                .header("Content-Disposition", containsString("attachment"))
                .extract()
                .asByteArray();
        assertThat(copy).isEqualTo(bytes);
        lead.request()
                .accept("*/*")
                .body(Map.of("version", before + 1))
                .post("/videos/{id}/return", id)
                .then()
                .statusCode(409)
                .body("code", equalTo("already-returned"));
        int version = lead.get("/videos/{id}", id).statusCode(200).extract().path("version");
        lead.post("/videos/{id}/deletion", Map.of("version", version), id)
                .statusCode(200)
                .body("state", equalTo("DESTROYED"));
        content(lead, id, null).statusCode(409);
    }

    @Test
    void supervision_needs_the_consent_to_it_of_every_adult_who_appears() {
        consentsToRecording(mother);
        String id = upload(mp4(40_000, 5));
        Api manager = Api.withToken(Tokens.of("t.manager", organisation, "team-manager"));
        manager.request()
                .accept("*/*")
                .queryParam("use", "SUPERVISION")
                .get("/videos/{id}/content", id)
                .then()
                .statusCode(403);
        lead.post("/families/{id}/consents", videoConsent(mother, organisation, "VIDEO_SUPERVISION"), family)
                .statusCode(201);
        manager.request()
                .accept("*/*")
                .queryParam("use", "SUPERVISION")
                .get("/videos/{id}/content", id)
                .then()
                .statusCode(200);
        content(manager, id, null).statusCode(403);
    }

    @Test
    void a_video_whose_stored_bytes_were_altered_fails_its_check_and_is_not_served() throws Exception {
        consentsToRecording(mother);
        byte[] bytes = mp4(9 * MIB, 12);
        String id = upload(bytes);
        Api admin = Api.withToken(Tokens.of("s.admin", organisation, "admin"));
        admin.post("/videos/{id}/integrity-check", Map.of(), id).statusCode(200).body("integrity", equalTo("INTACT"));

        // One byte of the second sealed part flipped in the store, as a failing disk or a tamperer would.
        org.cradle.application.video.BlobKey sealed =
                new org.cradle.application.video.BlobKey("videos/" + id + "/sealed");
        byte[] stored = store.get(sealed).orElseThrow();
        stored[stored.length - 1000] ^= 0x01;
        store.put(sealed, java.nio.ByteBuffer.wrap(stored));
        admin.post("/videos/{id}/integrity-check", Map.of(), id).statusCode(200).body("integrity", equalTo("FAILED"));
        content(lead, id, null).statusCode(409).body("code", equalTo("integrity-failed"));
    }

    @Test
    void after_a_master_key_rotation_the_data_keys_are_rewrapped_and_the_video_still_plays() throws Exception {
        consentsToRecording(mother);
        byte[] bytes = mp4(200_000, 13);
        String id = upload(bytes);
        Api admin = Api.withToken(Tokens.of("s.admin", organisation, "admin"));
        String before = admin.post("/video-storage/key-rewrap", Map.of())
                .statusCode(200)
                .extract()
                .path("primaryMasterKey");

        java.nio.file.Path keyset = java.nio.file.Path.of("target/test-video-master-keyset.json");
        String rotated = org.cradle.adapters.crypto.MasterKeys.rotate(java.nio.file.Files.readString(keyset));
        java.nio.file.Path next = java.nio.file.Files.createTempFile(keyset.getParent(), "keyset", ".json");
        java.nio.file.Files.writeString(next, rotated);
        java.nio.file.Files.move(next, keyset, java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        var rewrapped = admin.post("/video-storage/key-rewrap", Map.of())
                .statusCode(200)
                .extract();
        assertThat((String) rewrapped.path("primaryMasterKey")).isNotEqualTo(before);
        assertThat((Integer) rewrapped.path("rewrapped")).isPositive();
        // Keys the keyset cannot unwrap (the port contracts' made-up ones share this database) are passed
        // over and counted, never a reason to stop the rotation; this video's is not one of them.
        assertThat((List<String>) rewrapped.path("unreadableVideos")).doesNotContain(id);
        // Another organisation's video is counted by the deployment's rotation, never named to this one's
        // administrator: this organisation holds no unreadable video.
        assertThat((List<String>) rewrapped.path("unreadableVideos")).isEmpty();
        assertThat((Integer) rewrapped.path("unreadable"))
                .isGreaterThanOrEqualTo(((List<?>) rewrapped.path("unreadableVideos")).size());
        admin.post("/video-storage/key-rewrap", Map.of()).statusCode(200).body("rewrapped", equalTo(0));
        assertThat(content(lead, id, "bytes=100-199").statusCode(206).extract().asByteArray())
                .isEqualTo(Arrays.copyOfRange(bytes, 100, 200));
    }
}
