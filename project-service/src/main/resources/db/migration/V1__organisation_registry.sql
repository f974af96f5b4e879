-- The organisation registry and SCB's county and municipality codes it refers to.

create table county (
    code        varchar(2)      primary key check (code ~ '^[0-9]{2}$'),
    name        varchar(100) not null unique,
    region_name varchar(100) not null unique
);

create table municipality (
    code        varchar(4)      primary key check (code ~ '^[0-9]{4}$'),
    name        varchar(100) not null unique,
    county_code varchar(2)      not null references county (code),
    -- SCB: a municipality's code starts with its county's code
    check (substr(code, 1, 2) = county_code)
);

create table organisation (
    id                  uuid         primary key,
    version             bigint       not null,
    type                varchar(40)  not null check (type in ('MUNICIPALITY', 'REGION', 'COUNTY_ADMINISTRATIVE_BOARD',
                            'GOVERNMENT_AGENCY', 'NATIONAL_ORGANISATION', 'LOCAL_DEVELOPMENT_GROUP', 'BUSINESS')),
    name                varchar(200) not null,
    -- lower case without accents, for search (q=alvdalen finds Älvdalen); written by the service
    name_folded         varchar(200) not null,
    -- ten digits, no hyphen; shown as NNNNNN-NNNN and as org-id SE-ON-NNNNNNNNNN
    organisation_number varchar(10)    unique check (organisation_number ~ '^[0-9]{10}$'),
    municipality_code   varchar(4)      references municipality (code),
    county_code         varchar(2)      references county (code),
    reference_data      boolean      not null default false,
    created_at          timestamptz  not null,
    updated_at          timestamptz  not null,
    created_by          varchar(200) not null,
    updated_by          varchar(200) not null,
    check (municipality_code is null or county_code = substr(municipality_code, 1, 2)),
    check (type <> 'MUNICIPALITY' or municipality_code is not null),
    check (type not in ('REGION', 'COUNTY_ADMINISTRATIVE_BOARD') or (county_code is not null and municipality_code is null))
);

-- one organisation per municipality, and one regional body and one county administrative board per county
create unique index organisation_municipality_unique on organisation (municipality_code) where type = 'MUNICIPALITY';
create unique index organisation_region_unique on organisation (county_code) where type = 'REGION';
create unique index organisation_county_board_unique on organisation (county_code) where type = 'COUNTY_ADMINISTRATIVE_BOARD';
create index organisation_type_county on organisation (type, county_code);
create index organisation_county on organisation (county_code);
create index organisation_name_folded on organisation (name_folded);
