-- Reporting duties (issue 16): what a grant or a co-funding commitment must report, and when. A call may carry
-- rules from which a grant's schedule is made (a payment claim and a progress report a number of months after each
-- year, a final report a number of months after the project's end) and may hold each year's payment until that
-- year's claim is approved; every rule is nullable, and a call without them makes no schedule.
alter table funding_call add column payment_claim_months_after_year integer
    check (payment_claim_months_after_year between 0 and 24);
alter table funding_call add column progress_report_months_after_year integer
    check (progress_report_months_after_year between 0 and 24);
alter table funding_call add column final_report_months_after_end integer
    check (final_report_months_after_end between 0 and 24);
alter table funding_call add column payment_requires_approved_claim boolean;

-- one report due: against a granted application or a co-funding commitment (exactly one), with the project and the
-- funder copied from it so that the lists by project and by funder need no join
create table report (
    id                     uuid          primary key,
    version                bigint        not null,
    application_id         uuid          references application (id) on delete cascade,
    co_funding_id          uuid          references co_funding (id) on delete cascade,
    project_id             uuid          not null,
    funder_organisation_id uuid          not null,
    kind                   varchar(20)   not null check (kind in ('PROGRESS_REPORT', 'PAYMENT_CLAIM', 'FINAL_REPORT')),
    due_on                 date          not null,
    period_start           date          not null,
    period_end             date          not null,
    status                 varchar(20)   not null
                               check (status in ('DUE', 'OVERDUE', 'SUBMITTED', 'APPROVED', 'RETURNED')),
    overdue_since          date,
    submitted_on           date,
    document_url           varchar(1000),
    amount_claimed         numeric(15,2) check (amount_claimed >= 0),
    decided_on             date,
    return_reason          varchar(2000),
    from_call_rules        boolean       not null default false,
    created_at             timestamptz   not null,
    updated_at             timestamptz   not null,
    created_by             varchar(200)  not null,
    updated_by             varchar(200)  not null,
    check ((application_id is null) <> (co_funding_id is null)),
    check (period_end >= period_start),
    check (due_on >= period_start),
    check (amount_claimed is null or kind = 'PAYMENT_CLAIM'),
    check (status <> 'OVERDUE' or overdue_since is not null)
);

create index report_project on report (project_id, due_on);
create index report_funder on report (funder_organisation_id, due_on);
create index report_application on report (application_id);
create index report_co_funding on report (co_funding_id);
-- the overdue check's scan: reports still waiting for the recipient, by due date
create index report_waiting on report (due_on) where status in ('DUE', 'RETURNED');

-- The tables above are audited like every other: they get the actor's role and organisation beside created_by and
-- updated_by, as V8 gave the tables that existed before it (the same statement, for the tables it did not see).
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
