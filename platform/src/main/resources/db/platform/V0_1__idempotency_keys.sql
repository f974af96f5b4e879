-- Idempotency keys of create requests (platform module; shared by both services, each in its own database).
-- A key is claimed in the same transaction as the create it guards, so concurrent requests with one key
-- make one resource, on any replica.
create table idempotency_key (
    scope           varchar(200) not null,
    idempotency_key varchar(255) not null,
    request_hash    char(64)     not null,
    status          integer,
    location        text,
    version         bigint,
    response_body   text,
    created_at      timestamptz  not null,
    primary key (scope, idempotency_key)
);

create index idempotency_key_created_at on idempotency_key (created_at);
