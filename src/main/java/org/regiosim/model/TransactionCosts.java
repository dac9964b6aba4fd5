package org.regiosim.model;

import org.regiosim.model.params.ParameterSchema;
import org.regiosim.model.params.Parameters;

/**
 * Transaction costs in Dahlman's three parts (EUR): search (screening candidates), negotiation
 * (per agreement and partner) and monitoring (per quarter and partner of a running cooperation).
 * Each falls with trust, with existing ties (a remembered partner is cheap to screen) and with
 * shared institutions; moderation acts through these (brokered candidates cost the firm no search,
 * trust-building raises trust, platforms create institutions).
 */
public final class TransactionCosts {

    private final double searchPerCandidate;
    private final double knownPartnerFactor;
    private final double negotiation;
    private final double monitoring;
    private final double trustDiscount;
    private final double institutionDiscount;

    public TransactionCosts(Parameters p) {
        this.searchPerCandidate = p.real(ParameterSchema.SEARCH_COST);
        this.knownPartnerFactor = p.real(ParameterSchema.KNOWN_PARTNER_SEARCH_FACTOR);
        this.negotiation = p.real(ParameterSchema.NEGOTIATION_COST);
        this.monitoring = p.real(ParameterSchema.MONITORING_COST);
        this.trustDiscount = p.real(ParameterSchema.TRUST_DISCOUNT);
        this.institutionDiscount = p.real(ParameterSchema.INSTITUTION_DISCOUNT);
    }

    /** Cost of screening one candidate. */
    public double search(boolean remembered, boolean sameInstitution, double kindFactor) {
        double c = searchPerCandidate * kindFactor * (remembered ? knownPartnerFactor : 1.0);
        return sameInstitution ? c * (1.0 - institutionDiscount) : c;
    }

    /** Negotiation cost of one agreement for one partner, given its trust in the other. */
    public double negotiation(double trust, boolean sameInstitution, double kindFactor) {
        return negotiation * kindFactor * trustFactor(trust) * (sameInstitution ? 1.0 - institutionDiscount : 1.0);
    }

    /** Monitoring cost of one quarter for one partner, given its trust in the other. */
    public double monitoring(double trust, boolean sameInstitution, double kindFactor) {
        return monitoring * kindFactor * trustFactor(trust) * (sameInstitution ? 1.0 - institutionDiscount : 1.0);
    }

    private double trustFactor(double trust) {
        return 1.0 - trustDiscount * trust;
    }
}
