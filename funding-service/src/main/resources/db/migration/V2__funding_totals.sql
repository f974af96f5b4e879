-- The dashboard totals of GET /stats/funding, kept by PostgreSQL in the same transaction as every write.
--
-- Adding up every application, schedule year and disbursement on each request grew with the data (at 288 000
-- schedule years a request took 115 ms of PostgreSQL time alone, and 16 of them queued on two cores). The totals
-- here hold one row per group that the endpoint shows (each year, funder and call), so a request reads just those
-- rows. Triggers keep them exact: writes by the service and by plain SQL alike, committed or rolled back with
-- the write itself, so a dashboard never shows a stale or half-written figure.
--
-- What counts, as the endpoint documents it:
--   granted applications: the granted amount, by decision year, by the call's funder and by call;
--   approved co-funding:  each schedule year's amount, by that year and by the funder (no call);
--   disbursements:        the amount, by its year, by the funder of its commitment or of its grant's call,
--                         and, for disbursements of a grant, by call.
-- Each of these rows is a "contribution" to three (co-funding: two) groups. A group is shown while at least one
-- row contributes to it, even with a zero amount, as the query that added everything up did.
--
-- How a write updates the totals: a statement-level trigger of the table written gets the rows before and after
-- the statement (transition tables), works out what those rows contributed before and contribute now (the
-- functions funding_total_grants, _schedules and _disbursements, the one definition of what counts), and adds
-- the difference. A statement that changes nothing that counts (most updates, new PROPOSED commitments) leaves
-- the totals untouched and takes no lock on them.

create table funding_total (
    grouping            varchar(10) not null check (grouping in ('year', 'funder', 'call')),
    -- the year, the funder's organisation id or the call's id, as the endpoint shows it; null for granted
    -- applications without a decision date (the API always sets one; plain SQL might not)
    key                 text,
    -- plain numeric: a sum of numeric(15,2) amounts can outgrow 15 digits
    granted             numeric     not null,
    approved_co_funding numeric     not null,
    disbursed           numeric     not null,
    -- the rows that contribute to the group; the group is deleted when none is left. (No check constraint for
    -- >= 0: PostgreSQL checks the row an upsert proposes, a negative change, before it merges it.)
    contributions       bigint      not null,
    constraint funding_total_group unique nulls not distinct (grouping, key)
);
-- finds the groups that lost their last contribution (or, by a fault, more), without reading the others
create index funding_total_unsettled on funding_total (grouping) where contributions <= 0;

-- A change to one group: amounts and contribution count to add (negative to take away).
create type funding_total_delta as (
    grouping            varchar(10),
    key                 text,
    granted             numeric,
    approved_co_funding numeric,
    disbursed           numeric,
    contributions       bigint
);

-- What granted applications contribute (sign 1) or, with sign -1, the opposite. calls must hold the calls of
-- the applications.
create function funding_total_grants(apps application[], calls funding_call[], sign integer)
        returns setof funding_total_delta language sql stable as $$
    select g.grouping, g.key, sign * a.granted_amount, 0, 0, sign
    from unnest(apps) a
    join unnest(calls) c on c.id = a.call_id
    cross join lateral (values ('year', cast(cast(extract(year from a.decided_on) as integer) as text)),
                               ('funder', cast(c.funder_organisation_id as text)),
                               ('call', cast(c.id as text))) g (grouping, key)
    where a.status = 'GRANTED'
$$;

-- What schedule years of approved commitments contribute. commitments must hold the years' commitments.
create function funding_total_schedules(years co_funding_year[], commitments co_funding[], sign integer)
        returns setof funding_total_delta language sql stable as $$
    select g.grouping, g.key, 0, sign * y.amount, 0, sign
    from unnest(years) y
    join unnest(commitments) cf on cf.id = y.co_funding_id
    cross join lateral (values ('year', cast(y.year as text)),
                               ('funder', cast(cf.funder_organisation_id as text))) g (grouping, key)
    where cf.status = 'APPROVED'
$$;

-- What disbursements contribute. commitments, apps and calls must hold what the disbursements refer to.
create function funding_total_disbursements(payments disbursement[], commitments co_funding[], apps application[],
        calls funding_call[], sign integer) returns setof funding_total_delta language sql stable as $$
    select g.grouping, g.key, 0, 0, sign * d.amount, sign
    from unnest(payments) d
    left join unnest(commitments) cf on cf.id = d.co_funding_id
    left join unnest(apps) a on a.id = d.application_id
    left join unnest(calls) c on c.id = a.call_id
    cross join lateral (values ('year', cast(d.year as text)),
                               ('funder', cast(coalesce(cf.funder_organisation_id, c.funder_organisation_id) as text)),
                               ('call', cast(c.id as text))) g (grouping, key)
    where g.grouping <> 'call' or d.application_id is not null
$$;

-- Adds the changes to the totals. Groups are written in one order (grouping, key) by every writer, so two
-- transactions that touch the same groups wait for each other instead of deadlocking within a statement.
create function funding_total_apply(deltas funding_total_delta[]) returns void language plpgsql as $$
begin
    if cardinality(deltas) = 0 then
        return;
    end if;
    insert into funding_total as t (grouping, key, granted, approved_co_funding, disbursed, contributions)
    select d.grouping, d.key, sum(d.granted), sum(d.approved_co_funding), sum(d.disbursed), sum(d.contributions)
    from unnest(deltas) d
    group by d.grouping, d.key
    having sum(d.contributions) <> 0 or sum(d.granted) <> 0 or sum(d.approved_co_funding) <> 0
        or sum(d.disbursed) <> 0
    order by d.grouping, d.key
    on conflict on constraint funding_total_group do update
        set granted = t.granted + excluded.granted,
            approved_co_funding = t.approved_co_funding + excluded.approved_co_funding,
            disbursed = t.disbursed + excluded.disbursed,
            contributions = t.contributions + excluded.contributions;
    delete from funding_total where contributions = 0;
    -- more taken away than was added: the totals no longer match the rows; fail the write rather than show it
    if exists (select 1 from funding_total where contributions < 0) then
        raise exception 'funding_total is out of step with the rows it adds up; run funding_total_rebuild()';
    end if;
end $$;

-- Every total worked out again from all rows, e.g. after loading data with the triggers disabled. Takes locks
-- that keep writers out while it runs, so the totals it writes match the rows.
create function funding_total_rebuild() returns void language plpgsql as $$
declare
    calls funding_call[];
    apps application[];
    commitments co_funding[];
begin
    lock table funding_call, application, co_funding, co_funding_year, disbursement in share mode;
    lock table funding_total in exclusive mode;
    calls := array(select c from funding_call c);
    apps := array(select a from application a);
    commitments := array(select cf from co_funding cf);
    delete from funding_total;
    perform funding_total_apply(array(
        select d from funding_total_grants(apps, calls, 1) d
        union all
        select d from funding_total_schedules(array(select y from co_funding_year y), commitments, 1) d
        union all
        select d from funding_total_disbursements(array(select p from disbursement p), commitments, apps, calls, 1) d));
end $$;

-- The triggers. Each reads the rows its table's rows refer to FOR SHARE: a concurrent change of those (a
-- commitment's status, a call's funder) then waits for this transaction, and its own trigger sees these rows.
-- Transition tables allow one event per trigger, hence one trigger per event, sharing one function.

-- applications: granted amounts, and the call (so the funder) of their disbursements
create function funding_total_on_application() returns trigger language plpgsql as $$
declare
    before application[] := '{}';
    after application[] := '{}';
    calls funding_call[];
    payments disbursement[];
begin
    if tg_op in ('UPDATE', 'DELETE') then
        before := array(select o from old_rows o);
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        after := array(select n from new_rows n);
    end if;
    calls := array(select c from funding_call c
                   where c.id in (select call_id from unnest(before) union select call_id from unnest(after))
                   order by c.id for share);
    payments := array(select p from disbursement p
                      where p.application_id in (select id from unnest(before) union select id from unnest(after)));
    perform funding_total_apply(array(
        select d from funding_total_grants(after, calls, 1) d
        union all select d from funding_total_grants(before, calls, -1) d
        union all select d from funding_total_disbursements(payments, '{}', after, calls, 1) d
        union all select d from funding_total_disbursements(payments, '{}', before, calls, -1) d));
    return null;
end $$;

create trigger funding_total_application_insert after insert on application
    referencing new table as new_rows for each statement execute function funding_total_on_application();
create trigger funding_total_application_update after update on application
    referencing old table as old_rows new table as new_rows
    for each statement execute function funding_total_on_application();
create trigger funding_total_application_delete after delete on application
    referencing old table as old_rows for each statement execute function funding_total_on_application();

-- calls: a new funder moves the call's grants and grant disbursements to it (a new call has no applications
-- yet, and one with applications cannot be deleted)
create function funding_total_on_call_update() returns trigger language plpgsql as $$
declare
    before funding_call[];
    after funding_call[];
    apps application[];
    payments disbursement[];
begin
    if not exists (select 1 from old_rows o join new_rows n on n.id = o.id
                   where n.funder_organisation_id is distinct from o.funder_organisation_id) then
        return null;
    end if;
    before := array(select o from old_rows o);
    after := array(select n from new_rows n);
    apps := array(select a from application a where a.call_id in (select id from new_rows));
    payments := array(select p from disbursement p where p.application_id in (select id from unnest(apps)));
    perform funding_total_apply(array(
        select d from funding_total_grants(apps, after, 1) d
        union all select d from funding_total_grants(apps, before, -1) d
        union all select d from funding_total_disbursements(payments, '{}', apps, after, 1) d
        union all select d from funding_total_disbursements(payments, '{}', apps, before, -1) d));
    return null;
end $$;

create trigger funding_total_call_update after update on funding_call
    referencing old table as old_rows new table as new_rows
    for each statement execute function funding_total_on_call_update();

-- commitments: approving (or un-approving) one adds (takes away) its schedule; a new funder moves its schedule and
-- disbursements. A new commitment has no schedule years yet: they follow, and their own trigger counts them.
create function funding_total_on_co_funding_update() returns trigger language plpgsql as $$
declare
    before co_funding[];
    after co_funding[];
    years co_funding_year[];
    payments disbursement[];
begin
    if not exists (select 1 from old_rows o join new_rows n on n.id = o.id
                   where n.status is distinct from o.status
                      or n.funder_organisation_id is distinct from o.funder_organisation_id) then
        return null;
    end if;
    before := array(select o from old_rows o);
    after := array(select n from new_rows n);
    years := array(select y from co_funding_year y where y.co_funding_id in (select id from new_rows));
    payments := array(select p from disbursement p where p.co_funding_id in (select id from new_rows));
    perform funding_total_apply(array(
        select d from funding_total_schedules(years, after, 1) d
        union all select d from funding_total_schedules(years, before, -1) d
        union all select d from funding_total_disbursements(payments, after, '{}', '{}', 1) d
        union all select d from funding_total_disbursements(payments, before, '{}', '{}', -1) d));
    return null;
end $$;

create trigger funding_total_co_funding_update after update on co_funding
    referencing old table as old_rows new table as new_rows
    for each statement execute function funding_total_on_co_funding_update();

-- A deleted commitment's schedule years go with it (on delete cascade), after the commitment row is gone, when
-- their own trigger can no longer tell whether it was approved; so its schedule is taken away here, before.
create function funding_total_on_co_funding_delete() returns trigger language plpgsql as $$
begin
    perform funding_total_apply(array(
        select d from funding_total_schedules(
            array(select y from co_funding_year y where y.co_funding_id = old.id), array[old], -1) d));
    return old;
end $$;

create trigger funding_total_co_funding_delete before delete on co_funding
    for each row execute function funding_total_on_co_funding_delete();

-- schedule years: what they add while their commitment is approved
create function funding_total_on_co_funding_year() returns trigger language plpgsql as $$
declare
    before co_funding_year[] := '{}';
    after co_funding_year[] := '{}';
    commitments co_funding[];
begin
    if tg_op in ('UPDATE', 'DELETE') then
        before := array(select o from old_rows o);
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        after := array(select n from new_rows n);
    end if;
    -- a commitment deleted in this statement is not found: its schedule was taken away before it went
    commitments := array(select cf from co_funding cf
                         where cf.id in (select co_funding_id from unnest(before)
                                         union select co_funding_id from unnest(after))
                         order by cf.id for share);
    perform funding_total_apply(array(
        select d from funding_total_schedules(after, commitments, 1) d
        union all select d from funding_total_schedules(before, commitments, -1) d));
    return null;
end $$;

create trigger funding_total_co_funding_year_insert after insert on co_funding_year
    referencing new table as new_rows for each statement execute function funding_total_on_co_funding_year();
create trigger funding_total_co_funding_year_update after update on co_funding_year
    referencing old table as old_rows new table as new_rows
    for each statement execute function funding_total_on_co_funding_year();
create trigger funding_total_co_funding_year_delete after delete on co_funding_year
    referencing old table as old_rows for each statement execute function funding_total_on_co_funding_year();

-- disbursements: their amount, keyed by what they pay against
create function funding_total_on_disbursement() returns trigger language plpgsql as $$
declare
    before disbursement[] := '{}';
    after disbursement[] := '{}';
    commitments co_funding[];
    apps application[];
    calls funding_call[];
begin
    if tg_op in ('UPDATE', 'DELETE') then
        before := array(select o from old_rows o);
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        after := array(select n from new_rows n);
    end if;
    commitments := array(select cf from co_funding cf
                         where cf.id in (select co_funding_id from unnest(before)
                                         union select co_funding_id from unnest(after))
                         order by cf.id for share);
    apps := array(select a from application a
                  where a.id in (select application_id from unnest(before) union select application_id from unnest(after))
                  order by a.id for share);
    calls := array(select c from funding_call c where c.id in (select call_id from unnest(apps))
                   order by c.id for share);
    perform funding_total_apply(array(
        select d from funding_total_disbursements(after, commitments, apps, calls, 1) d
        union all select d from funding_total_disbursements(before, commitments, apps, calls, -1) d));
    return null;
end $$;

create trigger funding_total_disbursement_insert after insert on disbursement
    referencing new table as new_rows for each statement execute function funding_total_on_disbursement();
create trigger funding_total_disbursement_update after update on disbursement
    referencing old table as old_rows new table as new_rows
    for each statement execute function funding_total_on_disbursement();
create trigger funding_total_disbursement_delete after delete on disbursement
    referencing old table as old_rows for each statement execute function funding_total_on_disbursement();

-- The totals of the rows already there.
select funding_total_rebuild();
