package org.cradle.domain.casenote;

/**
 * Whether a note records what was seen, heard or done, or the practitioner's judgement of it. Records
 * must keep the two apart: an opinion shared as if it were a fact misleads whoever reads it next.
 */
public enum NoteKind {
    FACT,
    OPINION
}
