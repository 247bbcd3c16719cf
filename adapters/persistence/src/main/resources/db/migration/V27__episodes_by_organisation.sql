-- An organisation's families in id order, for its recomputation of retention dates a batch at a time
-- (RecomputeRetention, 500 families per transaction): without it each batch read the episodes of every
-- organisation from the first family on.
create index episode_of_organisation on episode (organisation, family_id);
