package org.cradle.bootstrap.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cradle.bootstrap.api.VideoFixtures.content;
import static org.cradle.bootstrap.api.VideoFixtures.create;
import static org.cradle.bootstrap.api.VideoFixtures.mp4;
import static org.cradle.bootstrap.api.VideoFixtures.patch;
import static org.cradle.bootstrap.api.VideoFixtures.session;
import static org.cradle.bootstrap.api.VideoFixtures.videoConsent;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.cradle.bootstrap.api.Retention.Service;
import org.cradle.bootstrap.api.Retention.Work;
import org.junit.jupiter.api.Test;

/**
 * Session videos in the retention schedule, through HTTP with real tokens: a recording summarised into
 * its record is due a month after the summary, queued for review, and destroyed by the sweeper by
 * crypto-shredding once the organisation turns on automatic destruction for recordings; one not
 * summarised follows its episode, and goes with it. The certificates say how, and when the backups
 * holding the wrapped key age out.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class VideoRetentionApiTest {

    @jakarta.inject.Inject
    javax.sql.DataSource dataSource;

    @jakarta.inject.Inject
    org.cradle.bootstrap.video.VideoHousekeepingSchedule housekeeping;

    /** Where the filesystem store keeps the tests' blobs (the test profile's data folder). */
    private static final Path BLOBS = Path.of("target/test-videos/videos");

    private static Api lead(Service service) {
        // Retention.open names j.mensah as the lead practitioner: the videos' circle.
        return Api.withToken(Tokens.of("j.mensah", service.code(), "practitioner"));
    }

    /** A complete video of a session recorded on {@code recordedOn} in which the mother and infant appear. */
    private static String video(Service service, Work work, String recordedOn) {
        Api lead = lead(service);
        byte[] bytes = mp4(48 * 1024, recordedOn.hashCode());
        Map<String, String> metadata = session(work.mother(), work.infant());
        metadata.put("recordedOn", recordedOn);
        String id = create(lead, work.episode(), bytes.length, metadata)
                .statusCode(201)
                .extract()
                .path("id");
        patch(lead, id, 0, bytes).statusCode(204);
        return id;
    }

    private static void consentsToRecording(Service service, Work work) {
        lead(service)
                .post(
                        "/families/{id}/consents",
                        videoConsent(work.mother(), service.code(), "VIDEO_RECORDING"),
                        work.family())
                .statusCode(201);
    }

    /**
     * Open work of the service type for a mother born in 1980 and a child born on {@code childBorn}, the
     * mother's consent to being recorded given.
     */
    private static Work recordedWork(Service service, String serviceType, String openedOn, String childBorn) {
        Work work = Retention.openWork(service, serviceType, openedOn, "1980-05-05", childBorn);
        consentsToRecording(service, work);
        return work;
    }

    private static JsonPath sweep(Service service) {
        return service.recordsOfficer()
                .post("/retention/sweeps", Map.of("dryRun", false))
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static String certificateOf(Service service, String record) {
        return service.recordsOfficer()
                .get("/retention/certificates?size=100")
                .statusCode(200)
                .extract()
                .path("items.find { it.recordId == '" + record + "' }.id");
    }

    private static String backupsAgeOutOn() {
        // cradle.retention.backup-retention is 35 days in every profile.
        return LocalDate.now(ZoneId.of("Europe/London")).plusDays(35).toString();
    }

    @Test
    void a_summarised_recording_is_queued_a_month_after_its_summary_and_crypto_shredded_once_automatic() {
        Service trust = Service.of("HEALTH");
        Work work = recordedWork(trust, "PARENT_INFANT_MENTAL_HEALTH", "2010-01-10", "2010-01-01");
        String summarised = video(trust, work, "2011-05-01");
        String unsummarised = video(trust, work, "2011-05-02");
        int version = lead(trust).get("/videos/{id}", summarised).extract().path("version");
        lead(trust)
                .post("/videos/{id}/summary", Map.of("version", version, "writtenOn", "2011-05-10"), summarised)
                .statusCode(200);
        assertThat(BLOBS.resolve(summarised).resolve("sealed")).exists();

        // Due a month after its summary; the other follows its episode, which is still open.
        trust.recordsOfficer()
                .get("/retention/queue?size=100")
                .statusCode(200)
                .body("items.find { it.recordId == '" + summarised + "' }.recordType", equalTo("VIDEO"))
                .body("items.find { it.recordId == '" + summarised + "' }.rule", equalTo("NHS-RECORDING"))
                .body("items.find { it.recordId == '" + summarised + "' }.reviewOn", equalTo("2011-06-10"))
                .body("items.recordId", not(hasItem(unsummarised)))
                .body("items.recordId", not(hasItem(work.episode())));

        // Automatic destruction is off until the organisation turns it on: the sweep queues it for review.
        JsonPath queued = sweep(trust);
        assertThat(queued.getList("records.recordId")).containsExactly(summarised);
        assertThat(queued.getMap("actions")).containsEntry("QUEUE", 1);
        trust.recordsOfficer()
                .get("/retention/queue?size=100")
                .body("items.find { it.recordId == '" + summarised + "' }.queuedOn", not(nullValue()));

        trust.recordsOfficer()
                .put(
                        "/retention/rules/NHS-RECORDING/setting",
                        Map.of(
                                "version",
                                0,
                                "automaticDestruction",
                                true,
                                "reason",
                                "Summarised recordings go after the grace period."))
                .statusCode(200);
        JsonPath destroyed = sweep(trust);

        assertThat(destroyed.getMap("actions")).containsEntry("DESTROY", 1);
        assertThat(destroyed.getMap("rowsRemoved")).containsEntry("video", 1);
        lead(trust).get("/videos/{id}", summarised).statusCode(200).body("state", equalTo("DESTROYED"));
        content(lead(trust), summarised, "bytes=0-99").statusCode(409);
        assertThat(BLOBS.resolve(summarised).resolve("sealed")).doesNotExist();
        // The other recording is untouched, and plays.
        content(lead(trust), unsummarised, "bytes=0-99").statusCode(206);
        assertThat(BLOBS.resolve(unsummarised).resolve("sealed")).exists();

        String certificate = certificateOf(trust, summarised);
        trust.recordsOfficer()
                .get("/retention/certificates/{id}", certificate)
                .statusCode(200)
                .body("recordType", equalTo("VIDEO"))
                .body("rule", equalTo("NHS-RECORDING"))
                .body("reviewOn", equalTo("2011-06-10"))
                .body("authority", equalTo("AUTOMATIC"))
                .body("method", equalTo("CRYPTO_SHREDDED"))
                .body("backupsAgeOutOn", equalTo(backupsAgeOutOn()))
                .body("howDestroyed", containsString("data key was destroyed"))
                .body("howDestroyed", containsString(backupsAgeOutOn()))
                .body("destroyed[0].recordType", equalTo("VIDEO"))
                .body("destroyed[0].recordId", equalTo(summarised));
        trust.recordsOfficer()
                .request()
                .accept("text/html")
                .get("/retention/certificates/{id}/certificate.html", certificate)
                .then()
                .statusCode(200)
                .body(containsString("Crypto-shredded"))
                .body(containsString(backupsAgeOutOn()));
        // Nothing more to do: a second sweep finds nothing due.
        assertThat(sweep(trust).getList("records")).isEmpty();
    }

    @Test
    void a_recording_not_summarised_is_kept_as_its_episode_and_goes_with_it_crypto_shredded() {
        Service council = Service.of("LOCAL_AUTHORITY");
        Work work = recordedWork(council, "EARLY_HELP", "2005-01-10", "2000-01-01");
        String recording = video(council, work, "2009-03-03");
        Retention.close(council, work.episode(), "2010-06-30");

        // LA-EARLY-HELP dates the episode 2021-01-01 (the child's 21st birthday); the recording follows it.
        queue(council)
                .body("items.find { it.recordId == '" + work.episode() + "' }.reviewOn", equalTo("2021-01-01"))
                .body("items.find { it.recordId == '" + recording + "' }.reviewOn", equalTo("2021-01-01"))
                .body("items.find { it.recordId == '" + recording + "' }.rule", equalTo("NHS-RECORDING"))
                .body("items.find { it.recordId == '" + recording + "' }.endAction", equalTo("REVIEW"));

        // A hold on the episode keeps its recording too: neither can be decided on while it holds.
        String hold = Retention.hold(council, Map.of("episodeId", work.episode()));
        Retention.decide(council, List.of(recording), "DESTROY", null, "Nothing pending.")
                .statusCode(422)
                .body("code", equalTo("held"));
        council.recordsOfficer()
                .post("/retention/holds/{id}/release", Map.of("reason", "Proceedings ended."), hold)
                .statusCode(200);

        Retention.decide(council, List.of(work.episode()), "DESTROY", null, "Nothing pending.")
                .statusCode(201);
        JsonPath swept = sweep(council);

        assertThat(swept.getMap("rowsRemoved")).containsEntry("video", 1).containsEntry("episode", 1);
        assertThat(BLOBS.resolve(recording).resolve("sealed")).doesNotExist();
        String certificate = certificateOf(council, work.episode());
        council.recordsOfficer()
                .get("/retention/certificates/{id}", certificate)
                .statusCode(200)
                .body("method", equalTo("DELETED"))
                .body("destroyed[0].recordId", equalTo(work.episode()))
                .body("destroyed.recordId", hasItem(recording))
                .body("howDestroyed", containsString("its videos were crypto-shredded"))
                .body("backupsAgeOutOn", equalTo(backupsAgeOutOn()));
        council.recordsOfficer().get("/retention/queue?size=100").body("items.recordId", not(hasItem(recording)));
    }

    @Test
    void a_blob_left_by_a_crash_after_its_key_was_destroyed_is_removed_by_the_housekeeping_outside_any_request()
            throws Exception {
        Service trust = Service.of("HEALTH");
        Work work = recordedWork(trust, "PARENT_INFANT_MENTAL_HEALTH", "2010-01-10", "2010-01-01");
        String id = video(trust, work, "2011-05-01");
        // What the sweeper's transaction leaves (the key destroyed, the row so marked) when the service
        // stops before the blob is removed.
        try (java.sql.Connection connection = dataSource.getConnection();
                java.sql.Statement statement = connection.createStatement()) {
            statement.executeUpdate("update video set state = 'DESTROYED', ended_at = now(), version = version + 1"
                    + " where id = '" + id + "'");
            statement.executeUpdate("update video_sealing set wrapped_key = null, master_key = null,"
                    + " digest_state = null, key_destroyed_at = now() where video_id = '" + id + "'");
        }
        assertThat(BLOBS.resolve(id).resolve("sealed")).exists();

        // Cradle's housekeeping runs on a thread of its own, in no request.
        Thread outside = new Thread(housekeeping::runOnce, "housekeeping-test");
        outside.start();
        outside.join(60_000);

        assertThat(BLOBS.resolve(id).resolve("sealed")).doesNotExist();
        assertThat(Rows.count(
                        dataSource, "video_sealing where video_id = '" + id + "' and blob_removed_at is not null"))
                .isEqualTo(1);
    }

    private static io.restassured.response.ValidatableResponse queue(Service service) {
        return service.recordsOfficer().get("/retention/queue?size=100").statusCode(200);
    }
}
