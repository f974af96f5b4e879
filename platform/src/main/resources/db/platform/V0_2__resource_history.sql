-- The audit trail of both services (platform module): every version of a resource, who made it, when.
create table resource_history (
    id            bigint generated always as identity primary key,
    resource_type varchar(60)  not null,
    resource_id   uuid         not null,
    version       bigint       not null,
    action        varchar(10)  not null check (action in ('CREATED', 'UPDATED', 'DELETED')),
    changed_at    timestamptz  not null,
    changed_by    varchar(200) not null,
    state         jsonb        not null
);

create index resource_history_resource on resource_history (resource_type, resource_id, changed_at);
