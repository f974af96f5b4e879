-- Municipal decisions as the law has them (issue 21): the council decides larger amounts on the board's proposal,
-- any body may refer a matter back (återremiss), a decision can be appealed to the administrative court
-- (laglighetsprövning, KL 13 kap.), and a recorded step can be corrected with the reason kept.

alter table decision_step drop constraint decision_step_kind_check;
alter table decision_step add constraint decision_step_kind_check check (kind in ('OFFICIAL_MEMO',
    'COMMITTEE_PROPOSAL', 'BOARD_DECISION', 'BOARD_PROPOSAL', 'COUNCIL_DECISION', 'REFERRAL_BACK'));

-- BOARD, or COUNCIL when the case's co-funding totals more than the threshold (samverkan.decision-cases.council-threshold)
alter table decision_case add column deciding_body varchar(20) not null default 'BOARD'
    check (deciding_body in ('BOARD', 'COUNCIL'));

create table decision_appeal (
    decision_case_id  uuid         not null references decision_case (id) on delete cascade,
    position          integer      not null,
    lodged_on         date         not null,
    court             varchar(200) not null,
    court_case_number varchar(100) not null,
    outcome           varchar(20)  check (outcome in ('REJECTED', 'QUASHED')),
    decided_on        date,
    primary key (decision_case_id, position),
    check ((outcome is null) = (decided_on is null))
);

create table decision_step_correction (
    decision_case_id uuid          not null references decision_case (id) on delete cascade,
    position         integer       not null,
    step_number      integer       not null check (step_number > 0),
    changed_fields   varchar(300)  not null,
    reason           varchar(1000) not null,
    corrected_by     varchar(200)  not null,
    corrected_at     timestamptz   not null,
    primary key (decision_case_id, position)
);
