package se.samverkan.funding.domain;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One step of a decision case: the memo, the committee's proposal or the board's decision. */
@Embeddable
public class DecisionStep {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public StepKind kind;

    @Column(nullable = false)
    public LocalDate date;

    /** Who wrote or decided it, e.g. kommunledningsförvaltningen, arbetsutskottet, kommunstyrelsen. */
    @Column(nullable = false)
    public String body;

    @Enumerated(EnumType.STRING)
    public Verdict recommendation;

    @Enumerated(EnumType.STRING)
    public Verdict outcome;

    public String paragraph;

    @Column(name = "document_url")
    public String documentUrl;

    @Column(name = "legal_basis")
    public String legalBasis;

    @Column(name = "minutes_approved_on")
    public LocalDate minutesApprovedOn;

    @Column(name = "public_notice_on")
    public LocalDate publicNoticeOn;
}
