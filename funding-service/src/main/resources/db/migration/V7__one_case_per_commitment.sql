-- A commitment belongs to at most one decision case that still holds it (issue 13): a second case cannot decide an
-- APPROVED, legally final or partly paid commitment again. A case lets go of its commitments when the court quashes
-- its decision (they are PROPOSED again, to be decided in a new case); DecisionCaseRepository.release sets the flag.
alter table decision_case_co_funding add column released boolean not null default false;

-- cases already quashed have let go
update decision_case_co_funding x set released = true
 where exists (select 1 from decision_appeal a where a.decision_case_id = x.decision_case_id and a.outcome = 'QUASHED');

-- a commitment that another case decided again is that case's: the earlier case lets go
update decision_case_co_funding x set released = true
  from co_funding c
 where c.id = x.co_funding_id and c.decision_case_id is not null and c.decision_case_id <> x.decision_case_id
   and not x.released;

create unique index decision_case_co_funding_one_case on decision_case_co_funding (co_funding_id) where not released;
