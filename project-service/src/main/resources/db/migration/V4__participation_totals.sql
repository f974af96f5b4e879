-- What GET /stats/participation (across all projects) needs, without counting every row on each request.
--
-- Counting adopted plans and solutions in operation per county read every plan and solution each time (at bench
-- scale 30, 54 000 of each, and every participant: about 270 ms of PostgreSQL time). Now:
--   * adopted plans and solutions in operation are counted per municipality organisation in
--     municipality_output_total, kept by triggers in the same transaction as every write to service_plan and
--     service_solution (by the service or by plain SQL), so the figures are never stale. The county comes from
--     the organisation when reading, so a change of an organisation's county needs no trigger;
--   * municipalities taking part are found by one index probe each (at most the 290 municipalities), through a
--     partial index of the participants that have not withdrawn.
-- The statistics of one project (?projectId=) still count its own rows, through the project indexes.

create index participant_taking_part on participant (organisation_id) where status <> 'WITHDRAWN';

create table municipality_output_total (
    -- the municipality_organisation_id of the plans and solutions counted
    organisation_id        uuid   primary key,
    adopted_plans          bigint not null,
    solutions_in_operation bigint not null
);

-- Adds changes (rows of the table's own shape, holding differences) to the counts, in one order of
-- organisations for every writer, so that two transactions wait for each other instead of deadlocking.
create function municipality_output_apply(changes municipality_output_total[]) returns void
        language plpgsql as $$
begin
    insert into municipality_output_total as t (organisation_id, adopted_plans, solutions_in_operation)
    select c.organisation_id, sum(c.adopted_plans), sum(c.solutions_in_operation)
    from unnest(changes) c
    group by c.organisation_id
    having sum(c.adopted_plans) <> 0 or sum(c.solutions_in_operation) <> 0
    order by c.organisation_id
    on conflict (organisation_id) do update
        set adopted_plans = t.adopted_plans + excluded.adopted_plans,
            solutions_in_operation = t.solutions_in_operation + excluded.solutions_in_operation;
end $$;

-- Every count worked out again from all rows; locks writers out while it runs, so the counts match the rows.
create function municipality_output_rebuild() returns void language plpgsql as $$
begin
    lock table service_plan, service_solution in share mode;
    lock table municipality_output_total in exclusive mode;
    delete from municipality_output_total;
    perform municipality_output_apply(array(
        select row(municipality_organisation_id, 1, 0)::municipality_output_total
        from service_plan where status = 'ADOPTED'
        union all
        select row(municipality_organisation_id, 0, 1)::municipality_output_total
        from service_solution where status = 'IN_OPERATION'));
end $$;

-- Statement-level triggers with the rows before and after the statement (transition tables, which allow one
-- event per trigger: hence three triggers per table sharing one function). A statement that adopts nothing
-- and puts nothing into or out of operation writes no count. One function serves both tables: its arguments
-- say which status counts (ADOPTED, IN_OPERATION) and which count it goes to (plans, solutions).
create function municipality_output_on_change() returns trigger language plpgsql as $$
declare
    counted text := tg_argv[0];
    plans bigint := case tg_argv[1] when 'plans' then 1 else 0 end;
    changes municipality_output_total[] := '{}';
begin
    if tg_op in ('INSERT', 'UPDATE') then
        changes := changes || array(select row(n.municipality_organisation_id, plans, 1 - plans)::municipality_output_total
                                    from new_rows n where n.status = counted);
    end if;
    if tg_op in ('UPDATE', 'DELETE') then
        changes := changes || array(select row(o.municipality_organisation_id, -plans, plans - 1)::municipality_output_total
                                    from old_rows o where o.status = counted);
    end if;
    perform municipality_output_apply(changes);
    return null;
end $$;

create trigger municipality_output_plan_insert after insert on service_plan
    referencing new table as new_rows
    for each statement execute function municipality_output_on_change('ADOPTED', 'plans');
create trigger municipality_output_plan_update after update on service_plan
    referencing old table as old_rows new table as new_rows
    for each statement execute function municipality_output_on_change('ADOPTED', 'plans');
create trigger municipality_output_plan_delete after delete on service_plan
    referencing old table as old_rows
    for each statement execute function municipality_output_on_change('ADOPTED', 'plans');

create trigger municipality_output_solution_insert after insert on service_solution
    referencing new table as new_rows
    for each statement execute function municipality_output_on_change('IN_OPERATION', 'solutions');
create trigger municipality_output_solution_update after update on service_solution
    referencing old table as old_rows new table as new_rows
    for each statement execute function municipality_output_on_change('IN_OPERATION', 'solutions');
create trigger municipality_output_solution_delete after delete on service_solution
    referencing old table as old_rows
    for each statement execute function municipality_output_on_change('IN_OPERATION', 'solutions');

-- The counts of the rows already there.
select municipality_output_rebuild();
