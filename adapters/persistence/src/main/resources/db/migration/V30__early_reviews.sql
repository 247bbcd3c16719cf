-- Early reviews (issue 21): a child's health record where the child died keeps its date (NHS-CHILD,
-- DOB+25y) and also raises an early review eight years after the death (NHS-DEATH-CHILD, 2006 Code), for
-- a records officer to appraise. The record is kept with the first early review still to be done, and
-- due_on (the earlier of the two days) is what the review queue and the sweeper read by; an early review
-- is done by a records officer's decision made on or after its day, and then the record is due on its
-- own date again.
alter table retention_record
    add column early_review_on           date,
    add column early_review_rule         varchar(40),
    add column early_review_rule_version int,
    add constraint retention_record_early_review check (
        (early_review_on is null) = (early_review_rule is null)
        and (early_review_on is null) = (early_review_rule_version is null)
        and (early_review_on is null or (status = 'DATED' and early_review_on < review_on)));

alter table retention_record
    add column due_on date generated always as (least(review_on, early_review_on)) stored;

-- The queue and the sweeper read a range of (organisation, due_on): replaces V24's (organisation, review_on).
drop index retention_record_due;
create index retention_record_due on retention_record (organisation, due_on, record_id) where status = 'DATED';
