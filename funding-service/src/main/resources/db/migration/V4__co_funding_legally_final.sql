-- Legally final (laga kraft) becomes a stored fact of a co-funding commitment instead of a comparison with today's
-- date: its passing is then a recorded change (a new version and ETag, a history entry, an event), made once by
-- the board decision or by the scheduled check (LegallyFinalCheck). Commitments whose window had already passed
-- before this migration are final as they stand.
alter table co_funding add column legally_final boolean not null default false;

update co_funding set legally_final = true
where status = 'APPROVED' and appeal_window_ends_on < (now() at time zone 'Europe/Stockholm')::date;
