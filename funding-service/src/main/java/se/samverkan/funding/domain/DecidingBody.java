package se.samverkan.funding.domain;

/**
 * Who decides a case: the municipal board (kommunstyrelsen), or, for amounts above the municipality's threshold,
 * the municipal council (kommunfullmäktige) on the board's proposal.
 */
public enum DecidingBody {
    BOARD, COUNCIL
}
