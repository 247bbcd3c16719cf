-- Which families each organisation sees, with the family's name as searches order it: a read model of
-- family_involvement, so that an organisation's family list and name search read its own index range
-- (organisation, name) instead of filtering every family in the service. One row per organisation and
-- family, however many referrals brought the organisation in. Kept by triggers, so that every way a
-- family or an involvement is written (the service, a data load) keeps it true.
create table family_visibility (
    organisation varchar(64)  not null,
    family_id    uuid         not null references family (id) on delete cascade,
    name_key     varchar(200) not null,
    primary key (organisation, family_id)
);
create index family_visibility_by_name on family_visibility (organisation, name_key, family_id);
create index family_visibility_family on family_visibility (family_id);

insert into family_visibility (organisation, family_id, name_key)
select distinct i.organisation, i.family_id, lower(f.name)
  from family_involvement i
  join family f on f.id = i.family_id;

create function family_visibility_on_involvement() returns trigger
    language plpgsql as
$$
begin
    insert into family_visibility (organisation, family_id, name_key)
    select new.organisation, new.family_id, lower(f.name) from family f where f.id = new.family_id
    on conflict do nothing;
    return new;
end;
$$;

create trigger family_visibility_on_involvement
    after insert on family_involvement
    for each row execute function family_visibility_on_involvement();

create function family_visibility_on_rename() returns trigger
    language plpgsql as
$$
begin
    update family_visibility set name_key = lower(new.name) where family_id = new.id;
    return new;
end;
$$;

create trigger family_visibility_on_rename
    after update of name on family
    for each row when (old.name is distinct from new.name)
    execute function family_visibility_on_rename();

analyze family_visibility;
