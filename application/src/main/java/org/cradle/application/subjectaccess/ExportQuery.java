package org.cradle.application.subjectaccess;

import org.cradle.domain.person.PersonId;
import org.cradle.domain.subjectaccess.ExportStatus;

/**
 * Which of an organisation's exports to list; each filter is optional and they combine with AND.
 *
 * @param person exports of this person's information
 * @param status exports in this state (awaiting review, ready, released)
 */
public record ExportQuery(PersonId person, ExportStatus status) {}
