-- An Idempotency-Key belongs to the caller that sent it (the token's subject): another caller sending the same
-- key gets no replay of someone else's answer, its request runs with its own access rules. Keys made before
-- this migration belong to nobody ('') and are purged after the retention like every other key.
alter table idempotency_key add column caller text not null default '';
alter table idempotency_key alter column caller drop default;
alter table idempotency_key drop constraint idempotency_key_pkey;
alter table idempotency_key add primary key (caller, scope, idempotency_key);
