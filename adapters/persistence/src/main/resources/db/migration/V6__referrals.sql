-- Referrals: an organisation working with a family refers it (the people named) to another, for a
-- purpose, with the information categories the receiving organisation may see of the referring
-- organisation's records. Accepting one adds a REFERRAL row to family_involvement; until then the
-- receiving organisation sees only the referral itself.
create table referral (
    id                uuid          primary key,
    family_id         uuid          not null references family (id) on delete cascade,
    from_organisation varchar(64)   not null,
    to_organisation   varchar(64)   not null,
    purpose           varchar(40)   not null,
    people            uuid[]        not null,
    categories        varchar(40)[] not null,
    note              varchar(2000),
    request_id        uuid,
    made_by           varchar(255)  not null,
    made_at           timestamptz   not null,
    status            varchar(16)   not null
        constraint referral_status check (status in ('PENDING', 'ACCEPTED', 'DECLINED')),
    answered_by       varchar(255),
    answered_at       timestamptz,
    decline_reason    varchar(2000),
    version           bigint        not null,
    constraint referral_between_two_organisations check (from_organisation <> to_organisation),
    constraint referral_names_someone check (cardinality(people) >= 1),
    constraint referral_never_anonymous check ('BASIC_DETAILS' = any (categories)),
    constraint referral_answer_shape check (
        (status = 'PENDING' and answered_by is null and answered_at is null and decline_reason is null)
        or (status = 'ACCEPTED' and answered_by is not null and answered_at is not null and decline_reason is null)
        or (status = 'DECLINED' and answered_by is not null and answered_at is not null and decline_reason is not null))
);
-- an organisation's inbox and outbox, most recent first
create index referral_inbox on referral (to_organisation, made_at desc, id desc);
create index referral_outbox on referral (from_organisation, made_at desc, id desc);
create index referral_family on referral (family_id);

-- A request for a referral: an organisation that found a person by NHS number asks one holding the
-- record of the person's family. The person is kept for the holder; the asker is never shown it.
create table referral_request (
    id             uuid          primary key,
    asker          varchar(64)   not null,
    nhs_number     varchar(10)   not null,
    person_id      uuid          not null references person (id) on delete cascade,
    holder         varchar(64)   not null,
    purpose        varchar(40)   not null,
    note           varchar(2000),
    asked_by       varchar(255)  not null,
    asked_at       timestamptz   not null,
    status         varchar(16)   not null
        constraint referral_request_status check (status in ('OPEN', 'ANSWERED', 'REFUSED')),
    referral_id    uuid,
    refusal_reason varchar(2000),
    answered_by    varchar(255),
    answered_at    timestamptz,
    version        bigint        not null,
    constraint referral_request_between_two_organisations check (asker <> holder),
    constraint referral_request_answer_shape check (
        (status = 'OPEN' and answered_by is null and answered_at is null and referral_id is null
            and refusal_reason is null)
        or (status = 'ANSWERED' and answered_by is not null and answered_at is not null and referral_id is not null
            and refusal_reason is null)
        or (status = 'REFUSED' and answered_by is not null and answered_at is not null and referral_id is null
            and refusal_reason is not null))
);
create index referral_request_inbox on referral_request (holder, asked_at desc, id desc);
create index referral_request_outbox on referral_request (asker, asked_at desc, id desc);
create index referral_request_person on referral_request (person_id);

