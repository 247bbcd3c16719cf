-- The access policy reads recorded decisions to share (ADR 15): for each family and organisation asked
-- about, whether any decision shared with that organisation. One index probe on every access check,
-- the details read only when there is one.
create index sharing_decision_shared on sharing_decision (family_id, recipient_organisation)
    where choice = 'SHARE';
