-- Break-glass reviews: the review list of the organisation holding a family finds the accesses on its
-- families, and each access shows how many audit events its practitioner made under it. Break-glass
-- events are few, so a partial index on them stays small however long the trail grows.
create index break_glass_access_family on break_glass_access (family_id, granted_at);
create index audit_event_break_glass on audit_event (family_id, actor_subject, occurred_at)
    where ground = 'BREAK_GLASS';
