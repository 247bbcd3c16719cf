-- A practitioner is on an episode's team at most once at a time: two requests naming them together
-- cannot both add a membership (the second is refused as a conflict).
create unique index episode_team_member_current on episode_team_member (episode_id, practitioner)
    where left_on is null;
