-- ?caseNumber= ignores case and spaces (ks 2017/412 finds KS 2017/412): DecisionCaseRepository compares this form
create index decision_case_number_key on decision_case (upper(replace(case_number, ' ', '')));

-- ?updatedSince= on the collections that grow with use, for partner systems that keep a copy in sync
create index application_updated_at on application (updated_at);
create index co_funding_updated_at on co_funding (updated_at);
create index disbursement_updated_at on disbursement (updated_at);
