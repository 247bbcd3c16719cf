package org.cradle.domain.casenote;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.cradle.domain.RuleViolationException;
import org.cradle.domain.StaleVersionException;
import org.cradle.domain.Text;
import org.cradle.domain.access.HeldRecord;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.episode.Episode;
import org.cradle.domain.episode.EpisodeId;
import org.cradle.domain.family.Family;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.person.PersonId;

/**
 * A practitioner's note on an episode of work, held by the episode's organisation, about one or more
 * people of the family. It is never edited in place: a correction adds a version with its reason, and
 * every earlier version stays readable to those allowed to read the note.
 *
 * <p>Who reads it is the access policy's question, asked of {@link #held(CaseNoteVersion)}: the
 * holder, the people it is about, its category, and its original author.
 */
public final class CaseNote {

    public static final int MAX_REASON_LENGTH = 500;

    private final CaseNoteId id;
    private final EpisodeId episode;
    private final FamilyId family;
    private final OrganisationId organisation;
    private final List<CaseNoteVersion> versions;

    private CaseNote(
            CaseNoteId id,
            EpisodeId episode,
            FamilyId family,
            OrganisationId organisation,
            List<CaseNoteVersion> versions) {
        this.id = Objects.requireNonNull(id, "id");
        this.episode = Objects.requireNonNull(episode, "episode");
        this.family = Objects.requireNonNull(family, "family");
        this.organisation = Objects.requireNonNull(organisation, "organisation");
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("a case note has at least one version");
        }
        this.versions = new ArrayList<>(versions);
        this.versions.sort(Comparator.comparingInt(CaseNoteVersion::number));
    }

    /**
     * Writes a note on {@code episode}, held by the episode's organisation. Everyone it is about or
     * mentions must be a member of the episode's family.
     */
    public static CaseNote write(
            CaseNoteId id, Episode episode, Family family, NoteContent content, Actor author, Instant now) {
        requireFamilyOf(episode, family);
        requireMembers(family, content);
        return new CaseNote(
                id,
                episode.id(),
                family.id(),
                episode.organisation(),
                List.of(new CaseNoteVersion(1, content, author.subject(), now, null)));
    }

    /** A note as stored. */
    public static CaseNote reconstitute(
            CaseNoteId id,
            EpisodeId episode,
            FamilyId family,
            OrganisationId organisation,
            List<CaseNoteVersion> versions) {
        return new CaseNote(id, episode, family, organisation, versions);
    }

    /**
     * Corrects the note from {@code expectedVersion}, the version the corrector read: a new version
     * with the corrected content and the reason for the correction. The earlier versions are kept.
     */
    public CaseNoteVersion correct(
            int expectedVersion, NoteContent content, String reason, Family family, Actor by, Instant now) {
        if (expectedVersion != current().number()) {
            throw new StaleVersionException(
                    "case note", id, expectedVersion, current().number());
        }
        String why = Text.required("reason", reason, MAX_REASON_LENGTH);
        if (!family.id().equals(this.family)) {
            throw new IllegalArgumentException("family " + family.id() + " is not the note's family " + this.family);
        }
        requireMembers(family, content);
        if (content.equals(current().content())) {
            throw new RuleViolationException(
                    "nothing-corrected",
                    "The correction says exactly what version " + current().number() + " says: nothing to correct.");
        }
        CaseNoteVersion corrected = new CaseNoteVersion(current().number() + 1, content, by.subject(), now, why);
        versions.add(corrected);
        return corrected;
    }

    /** What the access policy needs to know of a version: the note's holder and original author, and the version's people and category. */
    public HeldRecord held(CaseNoteVersion version) {
        return HeldRecord.caseNote(organisation, version.about(), version.category(), author());
    }

    /** What the access policy needs to know of the note as it now reads. */
    public HeldRecord held() {
        return held(current());
    }

    private static void requireFamilyOf(Episode episode, Family family) {
        if (!episode.family().equals(family.id())) {
            throw new IllegalArgumentException("family " + family.id() + " is not episode " + episode.id() + "'s");
        }
    }

    private static void requireMembers(Family family, NoteContent content) {
        requireMembers(family, "about", content.about().stream().toList());
        requireMembers(family, "mentions", content.mentions().stream().toList());
    }

    private static void requireMembers(Family family, String field, List<PersonId> people) {
        for (int i = 0; i < people.size(); i++) {
            PersonId person = people.get(i);
            if (family.membershipOf(person).isEmpty()) {
                throw new RuleViolationException(
                        field + "[" + i + "]",
                        "not-a-member",
                        "Person " + person + " is not a member of family " + family.id()
                                + ": a case note is about, and mentions, members of the episode's family.");
            }
        }
    }

    public CaseNoteVersion current() {
        return versions.get(versions.size() - 1);
    }

    public Optional<CaseNoteVersion> version(int number) {
        return versions.stream().filter(v -> v.number() == number).findFirst();
    }

    public List<CaseNoteVersion> versions() {
        return List.copyOf(versions);
    }

    public CaseNoteId id() {
        return id;
    }

    public EpisodeId episode() {
        return episode;
    }

    public FamilyId family() {
        return family;
    }

    /** The organisation that holds the note: the episode's. */
    public OrganisationId organisation() {
        return organisation;
    }

    /** Who wrote the note first: they keep reading it, whatever its category becomes. */
    public String author() {
        return versions.get(0).author();
    }

    public Instant writtenAt() {
        return versions.get(0).writtenAt();
    }
}
