// Compiled with tsc --strict against the types openapi-typescript generates from the committed documents
// (./check): a change of the documents that breaks what a dashboard reads breaks this file.
import type { components as ProjectService, paths as ProjectPaths } from "./generated/project-service";
import type { components as FundingService, paths as FundingPaths } from "./generated/funding-service";

type Project = ProjectService["schemas"]["Project"];
type Overview = ProjectPaths["/projects/{id}/overview"]["get"]["responses"]["200"]["content"]["application/json"];
type CoFunding = FundingService["schemas"]["CoFunding"];
type Financing = FundingPaths["/projects/{projectId}/financing"]["get"]["responses"]["200"]["content"]["application/json"];
type Problem = ProjectService["schemas"]["Problem"];

export function describe(project: Project, overview: Overview): string {
    return `${project.code}: ${project.name} (${overview.project?.status ?? "okänd status"})`;
}

export function yearlyTotal(commitment: CoFunding, year: number): number {
    return (commitment.schedule ?? []).filter((entry) => entry.year === year)
        .reduce((sum, entry) => sum + (entry.amount ?? 0), 0);
}

export function funders(financing: Financing): string[] {
    return (financing.funders ?? []).map((funder) => funder.funderName ?? funder.funderOrganisationId ?? "");
}

export function explain(problem: Problem): string {
    return `${problem.status} ${problem.title}: ${problem.detail ?? ""}`;
}
