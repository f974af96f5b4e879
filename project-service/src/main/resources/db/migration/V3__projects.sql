-- Projects and what belongs to them: participants, staff, service plans and solutions, activities, methods.
-- Rows of other tables refer to organisations and projects by id; the service answers a delete of a row that
-- others refer to with a 409 naming them, and the foreign keys keep that true under concurrency too.

create table project (
    id                    uuid          primary key,
    version               bigint        not null,
    code                  varchar(40)   not null unique,
    name                  varchar(200)  not null,
    description           varchar(4000),
    owner_organisation_id uuid          not null references organisation (id),
    start_date            date          not null,
    end_date              date          not null,
    status                varchar(20)   not null check (status in ('PIPELINE', 'IMPLEMENTATION', 'FINALISATION',
                              'CLOSED', 'CANCELLED', 'SUSPENDED')),
    total_budget          numeric(15,2) check (total_budget >= 0),
    created_at            timestamptz   not null,
    updated_at            timestamptz   not null,
    created_by            varchar(200)  not null,
    updated_by            varchar(200)  not null,
    check (end_date > start_date)
);
create index project_owner on project (owner_organisation_id);

create table project_objective (
    project_id uuid          not null references project (id) on delete cascade,
    ordinal    integer       not null,
    objective  varchar(1000) not null,
    primary key (project_id, ordinal)
);

create table participant (
    id              uuid         primary key,
    version         bigint       not null,
    project_id      uuid         not null references project (id),
    organisation_id uuid         not null references organisation (id),
    -- derived from the organisation's type; kept here so lists filter and count by it in SQL
    level           varchar(20)  not null check (level in ('LOCAL', 'MUNICIPAL', 'REGIONAL', 'NATIONAL')),
    status          varchar(20)  not null check (status in ('INVITED', 'INTERESTED', 'DECIDED', 'ACTIVE',
                        'COMPLETED', 'WITHDRAWN')),
    joined_on       date,
    left_on         date,
    created_at      timestamptz  not null,
    updated_at      timestamptz  not null,
    created_by      varchar(200) not null,
    updated_by      varchar(200) not null,
    unique (project_id, organisation_id),
    check (left_on is null or joined_on is null or left_on >= joined_on)
);
create index participant_organisation on participant (organisation_id);

create table participant_role (
    participant_id uuid        not null references participant (id) on delete cascade,
    ordinal        integer     not null,
    role           varchar(20) not null check (role in ('PROJECT_OWNER', 'BENEFICIARY', 'PARTNER')),
    primary key (participant_id, ordinal)
);

create table staff_assignment (
    id                        uuid         primary key,
    version                   bigint       not null,
    project_id                uuid         not null references project (id),
    person_name               varchar(200) not null,
    email                     varchar(254),
    -- lower-case e-mail, or the folded name when there is none: who "the same person" is for the FTE rule
    person_key                varchar(254) not null,
    role                      varchar(30)  not null check (role in ('PROCESS_LEADER', 'REGIONAL_COORDINATOR',
                                  'NATIONAL_COORDINATOR')),
    employer_organisation_id  uuid         not null references organisation (id),
    placed_at_organisation_id uuid         references organisation (id),
    fte_percent               integer      not null check (fte_percent between 1 and 100),
    start_date                date         not null,
    end_date                  date         not null,
    created_at                timestamptz  not null,
    updated_at                timestamptz  not null,
    created_by                varchar(200) not null,
    updated_by                varchar(200) not null,
    check (end_date >= start_date)
);
create index staff_assignment_project_person on staff_assignment (project_id, person_key);
create index staff_assignment_employer on staff_assignment (employer_organisation_id);
create index staff_assignment_placed_at on staff_assignment (placed_at_organisation_id);

create table service_plan (
    id                           uuid          primary key,
    version                      bigint        not null,
    project_id                   uuid          not null references project (id),
    municipality_organisation_id uuid          not null references organisation (id),
    title                        varchar(300)  not null,
    status                       varchar(20)   not null check (status in ('NOT_STARTED', 'DRAFTING', 'CONSULTATION',
                                     'ADOPTED')),
    adopted_on                   date,
    adopted_by                   varchar(200),
    document_url                 varchar(2000),
    created_at                   timestamptz   not null,
    updated_at                   timestamptz   not null,
    created_by                   varchar(200)  not null,
    updated_by                   varchar(200)  not null,
    unique (project_id, municipality_organisation_id),
    check ((status = 'ADOPTED') = (adopted_on is not null and adopted_by is not null))
);
create index service_plan_municipality on service_plan (municipality_organisation_id);

create table service_plan_rural_area (
    service_plan_id uuid         not null references service_plan (id) on delete cascade,
    ordinal         integer      not null,
    rural_area      varchar(200) not null,
    primary key (service_plan_id, ordinal)
);

create table service_solution (
    id                           uuid         primary key,
    version                      bigint       not null,
    project_id                   uuid         not null references project (id),
    municipality_organisation_id uuid         not null references organisation (id),
    locality                     varchar(200) not null,
    category                     varchar(30)  not null check (category in ('SERVICE_POINT', 'GROCERY_STORE', 'FUEL',
                                     'PARCEL_AND_MAIL', 'PHARMACY_AGENT', 'PUBLIC_TRANSPORT', 'DIGITAL_SERVICES',
                                     'HEALTH_CARE', 'OTHER')),
    status                       varchar(20)  not null check (status in ('IDEA', 'INITIATED', 'IN_OPERATION',
                                     'DISCONTINUED')),
    started_on                   date,
    created_at                   timestamptz  not null,
    updated_at                   timestamptz  not null,
    created_by                   varchar(200) not null,
    updated_by                   varchar(200) not null
);
create index service_solution_project on service_solution (project_id);
create index service_solution_municipality on service_solution (municipality_organisation_id);

create table service_solution_partner (
    service_solution_id     uuid    not null references service_solution (id) on delete cascade,
    ordinal                 integer not null,
    partner_organisation_id uuid    not null references organisation (id),
    primary key (service_solution_id, ordinal)
);
create index service_solution_partner_organisation on service_solution_partner (partner_organisation_id);

create table activity (
    id                   uuid          primary key,
    version              bigint        not null,
    project_id           uuid          not null references project (id),
    title                varchar(300)  not null,
    type                 varchar(30)   not null check (type in ('NETWORK_MEETING', 'WORKSHOP', 'STUDY_VISIT',
                             'CONFERENCE', 'WEBINAR', 'OTHER')),
    activity_date        date          not null,
    host_organisation_id uuid          references organisation (id),
    summary              varchar(4000),
    created_at           timestamptz   not null,
    updated_at           timestamptz   not null,
    created_by           varchar(200)  not null,
    updated_by           varchar(200)  not null
);
create index activity_project on activity (project_id);
create index activity_host on activity (host_organisation_id);

create table activity_participant (
    activity_id     uuid    not null references activity (id) on delete cascade,
    ordinal         integer not null,
    organisation_id uuid    not null references organisation (id),
    primary key (activity_id, ordinal)
);
create index activity_participant_organisation on activity_participant (organisation_id);

create table method (
    id           uuid          primary key,
    version      bigint        not null,
    project_id   uuid          not null references project (id),
    title        varchar(300)  not null,
    kind         varchar(20)   not null check (kind in ('METHOD', 'MODEL', 'WORKING_PRACTICE', 'GUIDE')),
    summary      varchar(4000),
    document_url varchar(2000),
    published_on date,
    created_at   timestamptz   not null,
    updated_at   timestamptz   not null,
    created_by   varchar(200)  not null,
    updated_by   varchar(200)  not null
);
create index method_project on method (project_id);
