-- What partner systems hear about (platform module; both services, each in its own database): the transactional
-- outbox that is also the event feed, the webhook subscriptions and their deliveries.

-- One row per event, inserted in the transaction of the write that caused it. The columns id, aggregatetype,
-- aggregateid, type and payload are the ones Debezium's outbox event router reads (README, "Events into Kafka").
-- xid is the writing transaction's id: the feed returns only events of transactions older than every transaction
-- still running, ordered by (xid, seq), so no event can later appear before a position a reader has passed.
create table event_outbox (
    seq           bigint generated always as identity,
    id            uuid         primary key,
    xid           bigint       not null default (pg_current_xact_id()::text::bigint),
    aggregatetype varchar(60)  not null,
    aggregateid   varchar(60)  not null,
    type          varchar(100) not null,
    -- the whole CloudEvent as JSON text (json, not jsonb: kept byte for byte, so the feed, the webhook body and
    -- the Kafka message are the same document with its keys in the order written)
    payload       json         not null,
    created_at    timestamptz  not null
);

create unique index event_outbox_position on event_outbox (xid, seq);

create table webhook_subscription (
    id          uuid          primary key,
    version     bigint        not null,
    url         varchar(2000) not null,
    description varchar(500),
    -- the Standard Webhooks signing secret (whsec_ + base64 of 32 random bytes); shown once, at creation
    secret      varchar(100)  not null,
    -- the position in the feed up to which events have been turned into deliveries (read and moved by the
    -- delivery worker only, so it is not part of the subscription's version)
    feed_xid    bigint        not null default 0,
    feed_seq    bigint        not null default 0,
    created_at  timestamptz   not null,
    updated_at  timestamptz   not null,
    created_by  varchar(200)  not null,
    updated_by  varchar(200)  not null
);

-- The event types a subscription wants; none means all.
create table webhook_subscription_event_type (
    subscription_id uuid         not null references webhook_subscription (id) on delete cascade,
    event_type      varchar(100) not null,
    primary key (subscription_id, event_type)
);

-- One event for one subscription: attempted until the receiver answers 2xx or the retry period is over.
create table webhook_delivery (
    id               uuid         primary key,
    subscription_id  uuid         not null references webhook_subscription (id) on delete cascade,
    event_id         uuid         not null references event_outbox (id),
    event_type       varchar(100) not null,
    status           varchar(10)  not null check (status in ('PENDING', 'DELIVERED', 'FAILED')),
    attempts         integer      not null,
    -- when the next attempt is due; while an attempt is under way, when it may be taken over (its lease)
    next_attempt_at  timestamptz,
    last_attempt_at  timestamptz,
    last_status_code integer,
    last_error       varchar(500),
    delivered_at     timestamptz,
    created_at       timestamptz  not null,
    unique (subscription_id, event_id)
);

create index webhook_delivery_due on webhook_delivery (next_attempt_at) where status = 'PENDING';
create index webhook_delivery_of_subscription on webhook_delivery (subscription_id, created_at);
