-- Who made a change is personal data (the token's subject: with a real identity provider, a person's e-mail address).
-- Beside created_by and updated_by, every audited table now records the role and the organisation the actor acted in
-- (platform/audit/AuditListener), which is what callers who may not see persons are shown instead. Rows written
-- before this have none (null: unknown). Every table with a created_by column is audited (platform AuditedEntity).
do $$
declare
    audited record;
begin
    for audited in
        select c.table_name from information_schema.columns c
        join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
        where c.table_schema = current_schema() and c.column_name = 'created_by' and t.table_type = 'BASE TABLE'
    loop
        execute format('alter table %I
            add column if not exists created_by_role varchar(40),
            add column if not exists created_by_org  uuid,
            add column if not exists updated_by_role varchar(40),
            add column if not exists updated_by_org  uuid', audited.table_name);
    end loop;
end $$;
