-- ?asOf= on a project's financing rebuilds its ledger from the history: these find the commitments and applications
-- that named the project in any version, and the disbursements against them, without reading every history row.
create index resource_history_project_ref on resource_history ((state ->> 'projectId'))
    where resource_type in ('co-funding', 'application');
create index resource_history_co_funding_ref on resource_history ((state ->> 'coFundingId'))
    where resource_type = 'disbursement';
create index resource_history_application_ref on resource_history ((state ->> 'applicationId'))
    where resource_type = 'disbursement';
