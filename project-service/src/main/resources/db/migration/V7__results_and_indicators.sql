-- Results and indicators (issue 16), as IATI has them: a project's results (output, outcome…), each with indicators
-- (unit, whether higher is better, a baseline) and periods with a target and an actual. An indicator may be measured
-- from the project's own record (measured_by); its periods then hold no actual, which is counted when read.
create table project_result (
    id          uuid          primary key,
    version     bigint        not null,
    project_id  uuid          not null references project (id),
    type        varchar(10)   not null check (type in ('OUTPUT', 'OUTCOME', 'IMPACT', 'OTHER')),
    title       varchar(300)  not null,
    description varchar(4000),
    created_at  timestamptz   not null,
    updated_at  timestamptz   not null,
    created_by  varchar(200)  not null,
    updated_by  varchar(200)  not null
);
create index project_result_project on project_result (project_id);

create table result_indicator (
    id             uuid          primary key,
    result_id      uuid          not null references project_result (id) on delete cascade,
    position       integer       not null,
    title          varchar(300)  not null,
    description    varchar(2000),
    unit           varchar(50),
    ascending      boolean       not null default true,
    cumulative     boolean       not null default false,
    baseline_value numeric(15,2) check (baseline_value >= 0),
    baseline_year  integer       check (baseline_year between 1900 and 2200),
    measured_by    varchar(40)   check (measured_by in ('SERVICE_PLANS_ADOPTED', 'SERVICE_SOLUTIONS_IN_OPERATION',
                                     'PARTICIPATING_MUNICIPALITIES', 'METHODS_PUBLISHED'))
);
create index result_indicator_result on result_indicator (result_id);

create table indicator_period (
    indicator_id uuid          not null references result_indicator (id) on delete cascade,
    position     integer       not null,
    period_start date          not null,
    period_end   date          not null,
    target       numeric(15,2) check (target >= 0),
    actual       numeric(15,2) check (actual >= 0),
    comment      varchar(2000),
    primary key (indicator_id, position),
    check (period_end >= period_start)
);

-- The tables above are audited like every other: they get the actor's role and organisation beside created_by and
-- updated_by, as V6 gave the tables that existed before it (the same statement, for the tables it did not see).
do $$
declare
    audited record;
begin
    for audited in
        select c.table_name from information_schema.columns c
        join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
        where c.table_schema = current_schema() and c.column_name = 'created_by' and t.table_type = 'BASE TABLE'
    loop
        execute format('alter table %I
            add column if not exists created_by_role varchar(40),
            add column if not exists created_by_org  uuid,
            add column if not exists updated_by_role varchar(40),
            add column if not exists updated_by_org  uuid', audited.table_name);
    end loop;
end $$;
