package se.samverkan.funding.rest.mapping;

import jakarta.enterprise.context.ApplicationScoped;

import se.samverkan.funding.domain.Disbursement;
import se.samverkan.funding.rest.DisbursementRequest;
import se.samverkan.funding.rest.DisbursementResponse;

@ApplicationScoped
public class DisbursementMapper {

    public Disbursement toEntity(DisbursementRequest request) {
        Disbursement disbursement = new Disbursement();
        apply(request, disbursement);
        return disbursement;
    }

    public void apply(DisbursementRequest request, Disbursement disbursement) {
        disbursement.coFundingId = request.coFundingId();
        disbursement.applicationId = request.applicationId();
        disbursement.year = request.year();
        disbursement.amount = Amounts.sek(request.amount());
        disbursement.paidOn = request.paidOn();
        disbursement.reference = request.reference() == null || request.reference().isBlank() ? null
                : request.reference().strip();
    }

    public DisbursementResponse toResponse(Disbursement d) {
        return new DisbursementResponse(d.id, d.coFundingId, d.applicationId, d.year, d.amount, d.paidOn, d.reference,
                d.version, d.createdAt, d.updatedAt, d.createdByActor(), d.updatedByActor());
    }
}
