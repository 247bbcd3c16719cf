-- Most events are about a family or a person, and then record_id is the family's or the person's id,
-- which audit_event_family and audit_event_person already index. Indexing it a second time in
-- audit_event_record doubled the random index writes of every read: each event lands on a random leaf
-- of an index as large as the trail, and after each checkpoint that leaf is written whole to the WAL
-- (measured on a 10-million-event trail: the record and family indexes made 250 MB of full-page images
-- per 40,000 events, everything else 0.1 MB). The record index now holds only the events the other two
-- do not answer; a search by record asks all three (PanacheAuditTrail.find).
drop index audit_event_record;
create index audit_event_record on audit_event (record_id, sequence)
    where record_id is distinct from family_id and record_id is distinct from person_id;
