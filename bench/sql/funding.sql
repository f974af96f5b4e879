-- Benchmark data for funding-service, written against its Flyway migrations V1__funding.sql and
-- V2__funding_totals.sql. It refers to project-service's rows by id only, so the co-funders come from the CSV that
-- projects.sql exported.
-- psql variable: scale; standard input: the co-funders CSV written by projects.sql.
\set ON_ERROR_STOP on
begin;

-- The dashboard totals (V2) are kept by triggers row set by row set; for a bulk load it is quicker to switch off
-- the two that the big inserts below would fire and add everything up once at the end (funding_total_rebuild).
-- The other tables' triggers stay on: their inserts change no total (commitments get their schedule later).
alter table co_funding_year disable trigger funding_total_co_funding_year_insert;
alter table application disable trigger funding_total_application_insert;

create temp table bench_cofunder (project_id uuid, organisation_id uuid, k int, start_year int);
-- the CSV arrives on psql's standard input (run.sh redirects cofunders.csv into psql)
\copy bench_cofunder from pstdin with (format csv)

-- One approved cash (k = 8: in-kind) commitment per co-funder, decided in a case of its own whose board
-- decision approved it, as the service's own flow would leave it.
create temp table bench_commitment as
    select c.*, gen_random_uuid() as id, gen_random_uuid() as case_id,
           (row_number() over (order by project_id, k))::int as n
    from bench_cofunder c;

insert into decision_case (id, version, organisation_id, case_number, subject, created_at, updated_at,
                           created_by, updated_by)
select case_id, 0, organisation_id, 'KS ' || start_year || '/' || n, 'Medfinansiering av projekt',
       now(), now(), 'bench', 'bench'
from bench_commitment;

insert into decision_step (decision_case_id, position, kind, date, body, recommendation, outcome, paragraph,
                           document_url, legal_basis, minutes_approved_on, public_notice_on)
select case_id, 0, 'BOARD_DECISION', make_date(start_year - 1, 11, 15), 'Kommunstyrelsen', null, 'APPROVED',
       '§ ' || (n % 200 + 1), null, null, make_date(start_year - 1, 11, 22), make_date(start_year - 1, 11, 23)
from bench_commitment;

-- total_amount is the sum of the schedule below (four years of 40 000 + 1 000 * k). Every appeal window ended
-- years ago, so each commitment is legally final, as the service's own flow (V4, LegallyFinalCheck) leaves it;
-- without that the scheduled check would find every one of them and rewrite them during the measurement.
insert into co_funding (id, version, project_id, funder_organisation_id, kind, budget_source, total_amount, status,
                        decision_case_id, appeal_window_ends_on, legally_final, created_at, updated_at, created_by,
                        updated_by)
select id, 0, project_id, organisation_id, case when k = 8 then 'IN_KIND' else 'CASH' end,
       'kommunstyrelsens medel', 4 * (40000 + 1000 * k), 'APPROVED', case_id, make_date(start_year - 1, 12, 14),
       make_date(start_year - 1, 12, 14) < (now() at time zone 'Europe/Stockholm')::date,
       now(), now(), 'bench', 'bench'
from bench_commitment;

insert into decision_case_co_funding (decision_case_id, co_funding_id)
select case_id, id from bench_commitment;

insert into co_funding_year (co_funding_id, year, amount)
select c.id, c.start_year + y, 40000 + 1000 * c.k
from bench_commitment c cross join generate_series(0, 3) y;

-- A few calls (3 per scale unit) of the national funder projects.sql created, open to municipalities, and a
-- granted application by the owner (k = 1) of every third project.
create temp table bench_call as
    select g, gen_random_uuid() as id from generate_series(0, 3 * :scale - 1) g;

insert into funding_call (id, version, funder_organisation_id, title, reference, description, opens_on, closes_on,
                          budget, cancelled, max_grant_rate, min_co_funding_rate, min_amount, max_amount,
                          created_at, updated_at, created_by, updated_by)
select id, 0, md5('bench-agency')::uuid, 'Utlysning ' || g, 'BENCH-' || g, null,
       make_date(2014 + g % 10, 1, 1), make_date(2014 + g % 10, 12, 31), 50000000, false, 0.5, 0.5, 100000,
       2000000, now(), now(), 'bench', 'bench'
from bench_call;

insert into funding_call_applicant_type (call_id, applicant_type)
select id, 'MUNICIPALITY' from bench_call;

insert into application (id, version, call_id, project_id, applicant_organisation_id, requested_amount,
                         granted_amount, status, submitted_on, decided_on, case_number, decision_reason,
                         created_at, updated_at, created_by, updated_by)
select gen_random_uuid(), 0, (select id from bench_call where g = (c.n / 8) % (3 * :scale)), c.project_id,
       c.organisation_id, 500000, 400000, 'GRANTED', make_date(c.start_year - 1, 3, 1),
       make_date(c.start_year - 1, 6, 1), 'Dnr ' || c.n, null, now(), now(), 'bench', 'bench'
from bench_commitment c where c.k = 1 and (c.n / 8) % 3 = 0;

alter table co_funding_year enable trigger funding_total_co_funding_year_insert;
alter table application enable trigger funding_total_application_insert;
do $$ begin perform funding_total_rebuild(); end $$;

commit;
analyze;
