-- How many families each organisation sees, so that the total of an unfiltered family list is one row
-- read rather than a count of the organisation's whole range of family_visibility on every request.
-- Kept by a trigger on family_visibility, like family_visibility itself (ADR 13).
create table family_visibility_count (
    organisation varchar(64) primary key,
    families     bigint      not null check (families >= 0)
);

insert into family_visibility_count (organisation, families)
select organisation, count(*) from family_visibility group by organisation;

create function family_visibility_counted() returns trigger
    language plpgsql as
$$
begin
    if tg_op = 'INSERT' then
        insert into family_visibility_count (organisation, families) values (new.organisation, 1)
        on conflict (organisation) do update set families = family_visibility_count.families + 1;
        return new;
    end if;
    update family_visibility_count set families = families - 1 where organisation = old.organisation;
    return old;
end;
$$;

create trigger family_visibility_counted
    after insert or delete on family_visibility
    for each row execute function family_visibility_counted();
