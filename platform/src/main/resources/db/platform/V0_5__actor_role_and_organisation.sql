-- Who made a change is personal data (the token's subject: with a real identity provider, a person's e-mail address).
-- Beside it each change now records the role and the organisation the actor acted in, which is what callers who may
-- not see persons are shown instead. Rows written before this have none (null: unknown).
alter table resource_history
    add column changed_by_role varchar(40),
    add column changed_by_org  uuid;

alter table webhook_subscription
    add column if not exists created_by_role varchar(40),
    add column if not exists created_by_org  uuid,
    add column if not exists updated_by_role varchar(40),
    add column if not exists updated_by_org  uuid;
