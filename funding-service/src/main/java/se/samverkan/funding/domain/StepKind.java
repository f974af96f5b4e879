package se.samverkan.funding.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A step on the municipal path to a decision, with the name Swedish municipalities give it. */
@Schema(name = "StepKind", description = "A step on the municipal path to a decision (kommunallagen 2017:725): "
        + "OFFICIAL_MEMO — tjänsteskrivelse (the administration's memo); "
        + "COMMITTEE_PROPOSAL — arbetsutskottets förslag (the working committee's proposal to the board); "
        + "BOARD_DECISION — kommunstyrelsens beslut (the board's decision); "
        + "BOARD_PROPOSAL — kommunstyrelsens förslag till kommunfullmäktige (the board's proposal, when the council "
        + "decides); "
        + "COUNCIL_DECISION — kommunfullmäktiges beslut (the municipal council's decision); "
        + "REFERRAL_BACK — återremiss (the committee, board or council sends the matter back for more preparation).")
public enum StepKind {
    OFFICIAL_MEMO("tjänsteskrivelse"),
    COMMITTEE_PROPOSAL("arbetsutskottets förslag"),
    BOARD_DECISION("kommunstyrelsens beslut"),
    BOARD_PROPOSAL("kommunstyrelsens förslag till kommunfullmäktige"),
    COUNCIL_DECISION("kommunfullmäktiges beslut"),
    REFERRAL_BACK("återremiss");

    public final String swedishName;

    StepKind(String swedishName) {
        this.swedishName = swedishName;
    }

    /** The board's or the council's decision: it has an outcome, a §, a notice and an appeal window. */
    public boolean decides() {
        return this == BOARD_DECISION || this == COUNCIL_DECISION;
    }

    /** A memo's or a proposal's step: it carries a recommendation. */
    public boolean recommends() {
        return this == OFFICIAL_MEMO || this == COMMITTEE_PROPOSAL || this == BOARD_PROPOSAL;
    }
}
