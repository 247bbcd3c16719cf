package org.cradle.domain.episode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.cradle.domain.Dates;
import org.cradle.domain.InvalidValueException;
import org.cradle.domain.RuleViolationException;
import org.cradle.domain.Text;
import org.cradle.domain.actor.Actor;

/**
 * A practitioner's place on the team around the family of one episode, from the day they joined until
 * the day they left (they are on the team on the days in between, not on the day they left). Being on
 * the team opens the family's case notes to them; the history of who was on it is kept.
 *
 * @param addedBy who named them, as the identity provider names them
 */
public record TeamMembership(
        EpisodeId episode,
        PractitionerRef practitioner,
        LocalDate joinedOn,
        LocalDate leftOn,
        String addedBy,
        Instant addedAt) {

    public TeamMembership {
        Objects.requireNonNull(episode, "episode");
        if (practitioner == null) {
            throw new InvalidValueException("practitioner", "required", "practitioner is required.");
        }
        if (joinedOn == null) {
            throw new InvalidValueException("joinedOn", "required", "joinedOn is required.");
        }
        Dates.within("joinedOn", joinedOn);
        if (leftOn != null && Dates.within("leftOn", leftOn).isBefore(joinedOn)) {
            throw new InvalidValueException(
                    "leftOn",
                    "not-before-joined-on",
                    "leftOn must not be before the practitioner joined (" + joinedOn + ").");
        }
        addedBy = Text.required("addedBy", addedBy, Actor.MAX_SUBJECT_LENGTH);
        Objects.requireNonNull(addedAt, "addedAt");
    }

    /** Names a practitioner on the team of an open episode, from a day not yet to come. */
    public static TeamMembership join(
            Episode episode, PractitionerRef practitioner, LocalDate joinedOn, LocalDate today, String by, Instant at) {
        if (!episode.isOpen()) {
            throw new RuleViolationException(
                    "episode-not-open", "Episode " + episode.id() + " is closed: its team cannot change.");
        }
        if (joinedOn != null && joinedOn.isAfter(today)) {
            throw new InvalidValueException("joinedOn", "not-in-future", "joinedOn must not be in the future.");
        }
        return new TeamMembership(episode.id(), practitioner, joinedOn, null, by, at);
    }

    /** The same membership, ended: the practitioner leaves the team on {@code day}. */
    public TeamMembership leave(LocalDate day, LocalDate today) {
        if (leftOn != null) {
            throw new RuleViolationException(
                    "not-on-the-team", practitioner + " already left the team on " + leftOn + ".");
        }
        if (day == null) {
            throw new InvalidValueException("leftOn", "required", "leftOn is required.");
        }
        if (day.isAfter(today)) {
            throw new InvalidValueException("leftOn", "not-in-future", "leftOn must not be in the future.");
        }
        return new TeamMembership(episode, practitioner, joinedOn, day, addedBy, addedAt);
    }

    public boolean onTheTeamOn(LocalDate day) {
        return !day.isBefore(joinedOn) && (leftOn == null || day.isBefore(leftOn));
    }

    public Optional<LocalDate> left() {
        return Optional.ofNullable(leftOn);
    }
}
