package org.cradle.domain.access;

import java.util.Objects;
import java.util.Set;
import org.cradle.domain.actor.Capability;
import org.cradle.domain.person.PersonId;

/** What an actor asks to do with a family's records, and the capability that asking takes. */
public sealed interface Need {

    Capability capability();

    /** Whether the need only reads: break-glass access is read-only. */
    boolean reads();

    /** See the family: its name, mode and the members the actor's organisation works with. */
    record SeeFamily(Capability capability) implements Need {
        public boolean reads() {
            return true;
        }
    }

    /** See one person's basic details. */
    record SeePerson(PersonId person, Capability capability) implements Need {
        public SeePerson {
            Objects.requireNonNull(person, "person");
        }

        public boolean reads() {
            return true;
        }
    }

    /** Change the family's shared record: its name, its members, a member's details. */
    record ChangeFamily(Capability capability) implements Need {
        public boolean reads() {
            return false;
        }
    }

    /** Take part in the work with the family: open an episode, ask the coverage question, refer. */
    record WorkWithFamily(Capability capability) implements Need {
        public boolean reads() {
            return false;
        }
    }

    /** Record something about a person in the family (a consent, a notice): needs an open episode. */
    record RecordAbout(PersonId person, Capability capability) implements Need {
        public RecordAbout {
            Objects.requireNonNull(person, "person");
        }

        public boolean reads() {
            return false;
        }
    }

    /** See a record that an organisation holds in the family. */
    record SeeRecord(HeldRecord record, Capability capability) implements Need {
        public SeeRecord {
            Objects.requireNonNull(record, "record");
        }

        public boolean reads() {
            return true;
        }
    }

    /**
     * Show a record to a member of the family: the families' own view, a subject-access export. Only a
     * record the actor may see, and nothing about a person whose consent excludes that member.
     */
    record ShowToFamilyMember(HeldRecord record, PersonId member, Capability capability) implements Need {
        public ShowToFamilyMember {
            Objects.requireNonNull(record, "record");
            Objects.requireNonNull(member, "member");
        }

        public boolean reads() {
            return true;
        }
    }

    /** Change, correct or add to a record: only the organisation that holds it may. */
    record ChangeRecord(HeldRecord record, Capability capability) implements Need {
        public ChangeRecord {
            Objects.requireNonNull(record, "record");
        }

        public boolean reads() {
            return false;
        }
    }

    /**
     * Name who is on the team around the family of an episode. Joining the team opens the family's case
     * notes, sensitive ones too, so it is not self-service.
     */
    record ManageTeam(HeldRecord episode) implements Need {
        public ManageTeam {
            Objects.requireNonNull(episode, "episode");
        }

        public Capability capability() {
            return Capability.MANAGE_TEAMS;
        }

        public boolean reads() {
            return false;
        }
    }

    /** See who saw a person's record. */
    record SeeAccessLog(PersonId person) implements Need {
        public SeeAccessLog {
            Objects.requireNonNull(person, "person");
        }

        public Capability capability() {
            return Capability.READ_ACCESS_LOG;
        }

        public boolean reads() {
            return true;
        }
    }

    /**
     * See how long a record is kept and why: its review date, the rules applied and their inputs (dates
     * of birth and death, the record's close), never its content. Only for the organisation that holds
     * the record: its records officers run its retention.
     */
    record SeeRetention(HeldRecord record) implements Need {
        public SeeRetention {
            Objects.requireNonNull(record, "record");
        }

        public Capability capability() {
            return Capability.MANAGE_RETENTION;
        }

        public boolean reads() {
            return true;
        }
    }

    /**
     * Answer a person's subject-access request: gather everything the organisation holds about them for
     * the person to have. Only an organisation working with them (break-glass never), and only someone
     * who sees all that it holds about them: a package prepared by anyone else would leave records out
     * without saying so.
     */
    record AnswerSubjectAccess(PersonId person) implements Need {
        public AnswerSubjectAccess {
            Objects.requireNonNull(person, "person");
        }

        public Capability capability() {
            return Capability.PREPARE_SUBJECT_ACCESS;
        }

        public boolean reads() {
            return true;
        }
    }

    /**
     * Play a session video for a use. {@code withoutConsent} names the adults appearing in it whose
     * consent in force does not cover the use (none for the work: the consent to record covers it).
     */
    record PlayVideo(HeldRecord video, VideoUse use, Set<PersonId> withoutConsent) implements Need {
        public PlayVideo {
            Objects.requireNonNull(video, "video");
            Objects.requireNonNull(use, "use");
            withoutConsent = Set.copyOf(withoutConsent);
        }

        public Capability capability() {
            return Capability.WATCH_VIDEOS;
        }

        public boolean reads() {
            return true;
        }
    }
}
