-- GET /projects?q= searches the name as organisations do: lower case without accents, written by the service
-- (Text.fold). Existing rows are folded here for the letters Swedish names use.
alter table project add column name_folded varchar(200);
update project set name_folded = translate(lower(name), 'åäöéèëêüúùáàâïîíóòôçñ', 'aaoeeeeuuuaaaiiiooocn');
alter table project alter column name_folded set not null;

-- ?updatedSince= on the collections that grow with use, for partner systems that keep a copy in sync
create index organisation_updated_at on organisation (updated_at);
create index participant_updated_at on participant (updated_at);
create index staff_assignment_updated_at on staff_assignment (updated_at);
create index activity_updated_at on activity (updated_at);
