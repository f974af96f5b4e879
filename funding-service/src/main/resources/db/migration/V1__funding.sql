-- funding-service: calls with their rules, applications, co-funding commitments with their yearly schedule,
-- municipal decision cases and their steps, disbursements. Organisations and projects live in project-service
-- and are referred to by id only.

create table funding_call (
    id                     uuid          primary key,
    version                bigint        not null,
    funder_organisation_id uuid          not null,
    title                  varchar(300)  not null,
    reference              varchar(100),
    description            varchar(4000),
    opens_on               date          not null,
    closes_on              date          not null,
    budget                 numeric(15,2) check (budget >= 0),
    cancelled              boolean       not null default false,
    max_grant_rate         numeric(5,4)  check (max_grant_rate between 0 and 1),
    min_co_funding_rate    numeric(5,4)  check (min_co_funding_rate between 0 and 1),
    min_amount             numeric(15,2) check (min_amount >= 0),
    max_amount             numeric(15,2) check (max_amount >= 0),
    created_at             timestamptz   not null,
    updated_at             timestamptz   not null,
    created_by             varchar(200)  not null,
    updated_by             varchar(200)  not null,
    check (closes_on >= opens_on),
    check (min_amount is null or max_amount is null or min_amount <= max_amount)
);

create index funding_call_funder on funding_call (funder_organisation_id);

create table funding_call_applicant_type (
    call_id        uuid        not null references funding_call (id) on delete cascade,
    applicant_type varchar(40) not null,
    primary key (call_id, applicant_type)
);

create table application (
    id                        uuid          primary key,
    version                   bigint        not null,
    call_id                   uuid          not null references funding_call (id),
    project_id                uuid          not null,
    applicant_organisation_id uuid          not null,
    requested_amount          numeric(15,2) not null check (requested_amount >= 0),
    granted_amount            numeric(15,2) check (granted_amount >= 0),
    status                    varchar(20)   not null
                                  check (status in ('DRAFT', 'SUBMITTED', 'GRANTED', 'REJECTED', 'WITHDRAWN')),
    submitted_on              date,
    decided_on                date,
    case_number               varchar(100),
    decision_reason           varchar(4000),
    created_at                timestamptz   not null,
    updated_at                timestamptz   not null,
    created_by                varchar(200)  not null,
    updated_by                varchar(200)  not null,
    check (granted_amount is null or granted_amount <= requested_amount),
    check ((status = 'GRANTED') = (granted_amount is not null))
);

create index application_project on application (project_id);
create index application_call on application (call_id);

create table co_funding (
    id                     uuid          primary key,
    version                bigint        not null,
    project_id             uuid          not null,
    funder_organisation_id uuid          not null,
    kind                   varchar(10)   not null check (kind in ('CASH', 'IN_KIND')),
    budget_source          varchar(500),
    total_amount           numeric(15,2) not null check (total_amount >= 0),
    status                 varchar(20)   not null check (status in ('PROPOSED', 'APPROVED', 'REJECTED', 'WITHDRAWN')),
    decision_case_id       uuid,
    appeal_window_ends_on  date,
    created_at             timestamptz   not null,
    updated_at             timestamptz   not null,
    created_by             varchar(200)  not null,
    updated_by             varchar(200)  not null
);

create index co_funding_project on co_funding (project_id);
create index co_funding_funder on co_funding (funder_organisation_id);

-- one amount per year and commitment
create table co_funding_year (
    co_funding_id uuid          not null references co_funding (id) on delete cascade,
    year          integer       not null check (year between 1900 and 2200),
    amount        numeric(15,2) not null check (amount >= 0),
    primary key (co_funding_id, year)
);

create table decision_case (
    id              uuid         primary key,
    version         bigint       not null,
    organisation_id uuid         not null,
    case_number     varchar(100) not null,
    subject         varchar(500) not null,
    created_at      timestamptz  not null,
    updated_at      timestamptz  not null,
    created_by      varchar(200) not null,
    updated_by      varchar(200) not null,
    unique (organisation_id, case_number)
);

create table decision_case_co_funding (
    decision_case_id uuid not null references decision_case (id) on delete cascade,
    co_funding_id    uuid not null references co_funding (id),
    primary key (decision_case_id, co_funding_id)
);

alter table co_funding add constraint co_funding_decision_case foreign key (decision_case_id) references decision_case (id);

create table decision_step (
    decision_case_id    uuid         not null references decision_case (id) on delete cascade,
    position            integer      not null,
    kind                varchar(30)  not null check (kind in ('OFFICIAL_MEMO', 'COMMITTEE_PROPOSAL', 'BOARD_DECISION')),
    date                date         not null,
    body                varchar(200) not null,
    recommendation      varchar(20),
    outcome             varchar(20),
    paragraph           varchar(50),
    document_url        varchar(1000),
    legal_basis         varchar(200),
    minutes_approved_on date,
    public_notice_on    date,
    primary key (decision_case_id, position)
);

create table disbursement (
    id             uuid          primary key,
    version        bigint        not null,
    co_funding_id  uuid          references co_funding (id),
    application_id uuid          references application (id),
    year           integer       not null check (year between 1900 and 2200),
    amount         numeric(15,2) not null check (amount > 0),
    paid_on        date          not null,
    reference      varchar(200),
    created_at     timestamptz   not null,
    updated_at     timestamptz   not null,
    created_by     varchar(200)  not null,
    updated_by     varchar(200)  not null,
    check ((co_funding_id is null) <> (application_id is null))
);

create index disbursement_co_funding on disbursement (co_funding_id, year);
create index disbursement_application on disbursement (application_id);
