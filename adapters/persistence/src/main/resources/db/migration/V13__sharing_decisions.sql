-- Sharing decisions (issue 11, ADR 15): every decision to share or not to share, recorded when made and
-- never edited (a correction is a new decision naming the one it corrects). The proposal, the flowchart's
-- path and the consent versions relied on are kept as the decider saw them, in arrays rather than JSON so
-- that every value keeps a column type. Destruction is retention's act (a later migration), so only
-- updates are refused here.
create table sharing_decision (
    id                     uuid          primary key,
    family_id              uuid          not null references family (id),
    organisation           varchar(64)   not null,
    decided_by             varchar(255)  not null,
    decided_by_kind        varchar(24)   not null,
    decided_at             timestamptz   not null,
    choice                 varchar(16)   not null constraint sharing_decision_choice check (choice in ('SHARE', 'DO_NOT_SHARE')),
    outcome                varchar(24)   not null,
    purpose                varchar(32)   not null,
    purpose_statement      varchar(4000),
    subject_ids            uuid[]        not null,
    categories             varchar(40)[] not null,
    recipient_organisation varchar(64),
    recipient_role         varchar(32),
    recipient_practitioner varchar(255),
    recipient_person       uuid,
    identifying            boolean       not null,
    confidential           boolean       not null,
    lawful_basis           varchar(48),
    rationale              varchar(4000),
    proportionality        varchar(4000),
    path_questions         varchar(16)[] not null,
    path_answers           boolean[]     not null,
    path_reasons           text[]        not null,
    relied_on_consents     uuid[]        not null,
    relied_on_versions     int[]         not null,
    note                   varchar(4000),
    urgency                varchar(16)   not null,
    subjects_told          boolean       not null,
    not_told_reason        varchar(4000),
    consulted_roles        varchar(24)[] not null,
    consulted_names        varchar(200)[] not null,
    consulted_advice       text[]        not null,
    corrects               uuid          references sharing_decision (id),
    constraint sharing_decision_one_recipient check ((recipient_organisation is null) <> (recipient_person is null))
);
create index sharing_decision_family on sharing_decision (family_id, decided_at);
create index sharing_decision_organisation on sharing_decision (organisation, decided_at);
create index sharing_decision_recipient on sharing_decision (recipient_organisation, decided_at)
    where recipient_organisation is not null;

-- Who each decision is about, for the disclosure log of a person, newest first.
create table sharing_decision_subject (
    person_id   uuid        not null,
    decided_at  timestamptz not null,
    decision_id uuid        not null references sharing_decision (id),
    primary key (person_id, decided_at, decision_id)
);

create function sharing_decision_is_unchanging() returns trigger
    language plpgsql as
$$
begin
    raise exception 'a sharing decision is never changed: record a new decision that corrects it';
end;
$$;

create trigger sharing_decision_unchanging
    before update on sharing_decision
    for each row execute function sharing_decision_is_unchanging();
create trigger sharing_decision_subject_unchanging
    before update on sharing_decision_subject
    for each row execute function sharing_decision_is_unchanging();
