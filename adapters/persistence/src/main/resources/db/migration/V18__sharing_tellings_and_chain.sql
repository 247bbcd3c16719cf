-- Issue 11, continued.
--
-- 1. People told of a share after it was made (the decision itself is never edited): one row per person
--    and decision, the primary key making a second telling of the same person a no-op the service
--    reports as 409.
create table sharing_decision_telling (
    decision_id uuid          not null references sharing_decision (id),
    person_id   uuid          not null,
    told_on     date          not null,
    how         varchar(2000),
    recorded_by varchar(255)  not null,
    recorded_at timestamptz   not null,
    primary key (decision_id, person_id)
);
create trigger sharing_decision_telling_unchanging
    before update on sharing_decision_telling
    for each row execute function sharing_decision_is_unchanging();

-- The reminder list reads the shares each organisation made without telling the people they were about.
create index sharing_decision_untold on sharing_decision (organisation, decided_at, id)
    where choice = 'SHARE' and not subjects_told;

-- 2. A referral is a sharing decision: the decision names the referral it made. The referral, once
--    accepted, is what opens the referrer's records to the organisation referred to, so the access
--    policy's reading of decisions as shares leaves referrals' decisions out.
alter table sharing_decision add column referral_id uuid references referral (id);
create unique index sharing_decision_of_referral on sharing_decision (referral_id) where referral_id is not null;
drop index sharing_decision_shared;
create index sharing_decision_shared on sharing_decision (family_id, recipient_organisation)
    where choice = 'SHARE' and referral_id is null;

-- 3. What a share carried, item by item, fact kept apart from opinion: a case note by id and version, or
--    information described. One array per attribute, in item order, like the flowchart's path.
alter table sharing_decision
    add column content_kinds         varchar(8)[]  not null default '{}',
    add column content_categories    varchar(40)[] not null default '{}',
    add column content_descriptions  text[]        not null default '{}',
    add column content_note_ids      uuid[]        not null default '{}',
    add column content_note_versions int[]         not null default '{}';

-- 4. Sharing decisions join the chain (ADR 16): a sequence in commit-independent order, sealed like the
--    audit trail's. Existing rows are numbered as the column is added.
alter table sharing_decision add column sequence bigserial;
create unique index sharing_decision_by_sequence on sharing_decision (sequence);
insert into chain_seal (kind, sealed_through) values ('SHARING_DECISION', 0);

-- A list in the canonical form: its length, then each element on its own line, escaped by chain_value
-- (so no element can contain the separator).
create function chain_list(a text[]) returns text
    language sql immutable as
$$
select case when a is null then '~'
            else '[' || cardinality(a) || ']'
                || coalesce((select string_agg(E'\n  ' || chain_value(x), '' order by o)
                             from unnest(a) with ordinality as t(x, o)), '')
       end
$$;

-- The canonical form v1 of a sharing decision: every column, in this order, as a contract (ADR 16).
create function sharing_decision_canonical(d sharing_decision) returns text
    language sql immutable as
$$
select 'sharing-decision v1' || E'\n'
    || 'sequence=' || chain_value(d.sequence::text) || E'\n'
    || 'id=' || chain_value(d.id::text) || E'\n'
    || 'familyId=' || chain_value(d.family_id::text) || E'\n'
    || 'organisation=' || chain_value(d.organisation) || E'\n'
    || 'decidedBy=' || chain_value(d.decided_by) || E'\n'
    || 'decidedByKind=' || chain_value(d.decided_by_kind) || E'\n'
    || 'decidedAt=' || chain_value(to_char(d.decided_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')) || E'\n'
    || 'choice=' || chain_value(d.choice) || E'\n'
    || 'outcome=' || chain_value(d.outcome) || E'\n'
    || 'purpose=' || chain_value(d.purpose) || E'\n'
    || 'purposeStatement=' || chain_value(d.purpose_statement) || E'\n'
    || 'subjectIds=' || chain_list(d.subject_ids::text[]) || E'\n'
    || 'categories=' || chain_list(d.categories::text[]) || E'\n'
    || 'recipientOrganisation=' || chain_value(d.recipient_organisation) || E'\n'
    || 'recipientRole=' || chain_value(d.recipient_role) || E'\n'
    || 'recipientPractitioner=' || chain_value(d.recipient_practitioner) || E'\n'
    || 'recipientPerson=' || chain_value(d.recipient_person::text) || E'\n'
    || 'identifying=' || chain_value(d.identifying::text) || E'\n'
    || 'confidential=' || chain_value(d.confidential::text) || E'\n'
    || 'lawfulBasis=' || chain_value(d.lawful_basis) || E'\n'
    || 'rationale=' || chain_value(d.rationale) || E'\n'
    || 'proportionality=' || chain_value(d.proportionality) || E'\n'
    || 'pathQuestions=' || chain_list(d.path_questions::text[]) || E'\n'
    || 'pathAnswers=' || chain_list(d.path_answers::text[]) || E'\n'
    || 'pathReasons=' || chain_list(d.path_reasons) || E'\n'
    || 'reliedOnConsents=' || chain_list(d.relied_on_consents::text[]) || E'\n'
    || 'reliedOnVersions=' || chain_list(d.relied_on_versions::text[]) || E'\n'
    || 'note=' || chain_value(d.note) || E'\n'
    || 'urgency=' || chain_value(d.urgency) || E'\n'
    || 'subjectsTold=' || chain_value(d.subjects_told::text) || E'\n'
    || 'notToldReason=' || chain_value(d.not_told_reason) || E'\n'
    || 'consultedRoles=' || chain_list(d.consulted_roles::text[]) || E'\n'
    || 'consultedNames=' || chain_list(d.consulted_names::text[]) || E'\n'
    || 'consultedAdvice=' || chain_list(d.consulted_advice) || E'\n'
    || 'corrects=' || chain_value(d.corrects::text) || E'\n'
    || 'referralId=' || chain_value(d.referral_id::text) || E'\n'
    || 'contentKinds=' || chain_list(d.content_kinds::text[]) || E'\n'
    || 'contentCategories=' || chain_list(d.content_categories::text[]) || E'\n'
    || 'contentDescriptions=' || chain_list(d.content_descriptions) || E'\n'
    || 'contentNoteIds=' || chain_list(d.content_note_ids::text[]) || E'\n'
    || 'contentNoteVersions=' || chain_list(d.content_note_versions::text[]) || E'\n'
$$;
