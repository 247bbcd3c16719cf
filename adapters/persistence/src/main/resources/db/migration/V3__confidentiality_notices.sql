-- Confidentiality notices: that an adult of a family was told what stays confidential and its limits,
-- when, how, by whom, and when to go over it again.
--
-- Notices are added, never changed: telling the person again is a new row, and the newest notice an
-- organisation gave a person in a family is the one due for revisit. Deleting a family (at the end of
-- its retention period) deletes its notices. The person is referenced on its own, not through
-- family_member, whose rows Hibernate rewrites when a family's members change.

create table confidentiality_notice (
    id           uuid         primary key,
    family_id    uuid         not null references family (id) on delete cascade,
    person_id    uuid         not null references person (id),
    given_on     date         not null,
    method       varchar(20)  not null
        constraint confidentiality_notice_method check (method in ('WRITTEN', 'VERBAL', 'WRITTEN_AND_VERBAL')),
    -- the practitioner who told the person, as the identity provider names them
    given_by     varchar(255) not null,
    revisit_on   date         not null,
    -- the organisation whose confidentiality the person was told about
    organisation varchar(64)  not null,
    recorded_by  varchar(255) not null,
    recorded_at  timestamptz  not null,
    constraint confidentiality_notice_revisit_after_given check (revisit_on > given_on)
);
-- a family's notices, newest first
create index confidentiality_notice_family_order
    on confidentiality_notice (family_id, given_on desc, recorded_at desc, id desc);
-- an organisation's notices due for revisit, and the newest one per person and family
create index confidentiality_notice_due on confidentiality_notice (organisation, revisit_on, id);
create index confidentiality_notice_person
    on confidentiality_notice (family_id, person_id, organisation, given_on, recorded_at);

-- Audit events name confidentiality notices: CONFIDENTIALITY_NOTICE does not fit in 16 characters.
alter table audit_event alter column record_type type varchar(32);
