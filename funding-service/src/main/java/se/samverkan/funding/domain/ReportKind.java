package se.samverkan.funding.domain;

/** What a recipient reports to its funder: progress (lägesrapport), a payment claim (ansökan om utbetalning), the end. */
public enum ReportKind {
    PROGRESS_REPORT, PAYMENT_CLAIM, FINAL_REPORT
}
