package org.regiosim.model;

/**
 * Partner search (SKIN's order, bounded as there): a partner the agency brokers, then remembered
 * partners, then members of one's institution, then possibly a university, then random firms of
 * the own municipality or of the own lead market anywhere in the region, until {@code firms.max_candidates} have been screened.
 * Each screened candidate costs search; the best is asked if its score, trust_weight x trust +
 * (1 - trust_weight) x fit, passes the threshold. Fit is Nooteboom's inverted U in cognitive
 * distance, 4d(1-d). Cost per search is bounded, whatever the population.
 */
final class PartnerSearch {

    /**
     * The outcome of a search: the partner (null if none), what the search cost, trust each way as
     * judged for the agreement (remembered or generalised trust, plus structural trust within an
     * institution, plus the seeker's brokerage bonus), and the trust the seeker's ledger starts
     * from if the partner is new to it. The search fills in one object each time (about 590,000
     * searches in a full-scale run would otherwise be as many objects for the collector), so a
     * result is good until the next search.
     */
    static final class Result {
        private Agent partner;
        private double searchCost;
        private double leadTrust;
        private double partnerTrust;
        private double leadNewTieTrust;

        Result() {
        }

        Result(Agent partner, double searchCost, double leadTrust, double partnerTrust, double leadNewTieTrust) {
            set(partner, searchCost, leadTrust, partnerTrust, leadNewTieTrust);
        }

        private Result set(Agent partner, double searchCost, double leadTrust, double partnerTrust,
                           double leadNewTieTrust) {
            this.partner = partner;
            this.searchCost = searchCost;
            this.leadTrust = leadTrust;
            this.partnerTrust = partnerTrust;
            this.leadNewTieTrust = leadNewTieTrust;
            return this;
        }

        Agent partner() { return partner; }
        double searchCost() { return searchCost; }
        double leadTrust() { return leadTrust; }
        double partnerTrust() { return partnerTrust; }
        double leadNewTieTrust() { return leadNewTieTrust; }
    }

    private final Result result = new Result();

    private final int maxCandidates;
    private final double localShare;
    private final double universityProbability;
    private final double threshold;
    private final double trustWeight;
    private final double structuralTrust;
    private final double brokerageTrustBonus;
    private final double municipalCostFactor;

    // Scratch state of the search under way; one search runs at a time (the model is single-threaded).
    private Agent best;
    private double bestScore;
    private boolean bestBrokered;
    private double cost;
    private int screened;

    PartnerSearch(int maxCandidates, double localShare, double universityProbability, double threshold,
                  double trustWeight, double structuralTrust, double brokerageTrustBonus, double municipalCostFactor) {
        this.maxCandidates = maxCandidates;
        this.localShare = localShare;
        this.universityProbability = universityProbability;
        this.threshold = threshold;
        this.trustWeight = trustWeight;
        this.structuralTrust = structuralTrust;
        this.brokerageTrustBonus = brokerageTrustBonus;
        this.municipalCostFactor = municipalCostFactor;
    }

    /** Inverted U of cognitive distance: 0 for identical or unrelated knowledge, 1 at d = 0.5. */
    static double fit(double distance) {
        return 4.0 * distance * (1.0 - distance);
    }

    Result findPartner(RegioSim sim, Firm seeker) {
        reset();
        Firm brokered = sim.agency().proposePartner(sim, seeker);
        if (brokered != null) {
            screenFirm(sim, seeker, brokered, 0.0, true);
        }
        TrustLedger ties = seeker.ties;
        for (int i = 0; i < ties.size() && screened < maxCandidates; i++) {
            Agent a = ties.partner(i);
            if (!a.isActive()) {
                // A partner that left without the seeker in its memory: forget it now.
                ties.forget(a);
                i--;
                continue;
            }
            if (a == brokered || a.kind() == AgentKind.MUNICIPALITY || !available(a)) {
                continue;
            }
            double c = sim.costs.search(true, sameInstitution(seeker, a), 1.0);
            if (a instanceof Firm f) {
                screenFirm(sim, seeker, f, c, false);
            } else {
                screen(sim, seeker, a, c, false);
            }
        }
        Institution inst = seeker.institution;
        if (inst != null && inst.size() > 1) {
            for (int k = 0; k < 2 && screened < maxCandidates; k++) {
                Agent a = inst.randomMember(sim.random);
                if (a != seeker && a.kind() != AgentKind.MUNICIPALITY && available(a) && a != best) {
                    screen(sim, seeker, a, sim.costs.search(false, true, 1.0), false);
                }
            }
        }
        if (screened < maxCandidates && sim.universityCount() > 0 && sim.random.nextDouble() < universityProbability) {
            University u = sim.randomUniversityFor(seeker);
            if (u.acceptsTransfer()) {
                screen(sim, seeker, u, sim.costs.search(seeker.ties.indexOf(u) >= 0, sameInstitution(seeker, u), 1.0), false);
            } else {
                cost += sim.costs.search(false, false, 1.0);
                screened++;
            }
        }
        while (screened < maxCandidates) {
            Firm f = sim.random.nextDouble() < localShare
                    ? sim.population().randomInMunicipality(seeker.home().index(), sim.random)
                    : sim.population().randomInMarket(seeker.market().ordinal(), sim.random);
            if (f == null || f == seeker) {
                screened++;
                continue;
            }
            double c = sim.costs.search(false, sameInstitution(seeker, f), 1.0);
            if (f.isBusy()) {
                cost += c;
                screened++;
                continue;
            }
            screenFirm(sim, seeker, f, c, false);
        }
        sim.tally.searchCosts += cost;
        if (best == null || bestScore < threshold || !willing(sim, best)) {
            return result.set(null, cost, 0, 0, 0);
        }
        // The agency vouches for the brokered firm to the seeker (not the other way round); a new
        // tie keeps that head start, but never structural trust, which is added whenever trust is
        // judged and would otherwise be counted twice.
        double bonus = bestBrokered ? brokerageTrustBonus : 0.0;
        return result.set(best, cost,
                Math.min(1.0, seeker.trustToward(best, structuralTrust) + bonus),
                best.trustToward(seeker, structuralTrust),
                Math.min(1.0, seeker.generalisedTrust + bonus));
    }

    Result findMunicipalPartner(RegioSim sim, Municipality seeker) {
        reset();
        int capacity = seeker.screeningCapacity(maxCandidates);
        TrustLedger ties = seeker.ties;
        for (int i = 0; i < ties.size() && screened < capacity; i++) {
            if (ties.partner(i) instanceof Municipality m && m.project == null) {
                screenMunicipality(sim, seeker, m, sim.costs.search(true, sameInstitution(seeker, m), municipalCostFactor));
            }
        }
        for (Municipality m : seeker.neighboursByDistance) {
            if (screened >= capacity) {
                break;
            }
            if (m.project == null && ties.indexOf(m) < 0) {
                screenMunicipality(sim, seeker, m, sim.costs.search(false, sameInstitution(seeker, m), municipalCostFactor));
            }
        }
        sim.tally.searchCosts += cost;
        sim.tally.municipalCosts += cost;
        if (best == null || bestScore < threshold || !willing(sim, best)) {
            return result.set(null, cost, 0, 0, 0);
        }
        return result.set(best, cost, seeker.trustToward(best, structuralTrust),
                best.trustToward(seeker, structuralTrust), seeker.generalisedTrust);
    }

    private void screenMunicipality(RegioSim sim, Municipality seeker, Municipality m, double c) {
        cost += c;
        screened++;
        // Proximity plays the part of fit: neighbours share labour markets and commuters.
        double proximity = 1.0 / (1.0 + seeker.distanceKm(m) / 20.0);
        double score = trustWeight * seeker.trustToward(m, structuralTrust) + (1 - trustWeight) * proximity;
        if (score > bestScore) {
            best = m;
            bestScore = score;
            bestBrokered = false;
        }
    }

    private void screenFirm(RegioSim sim, Firm seeker, Firm f, double c, boolean brokered) {
        if (f == seeker || f.isBusy()) {
            return;
        }
        screen(sim, seeker, f, c, brokered);
    }

    private void screen(RegioSim sim, Firm seeker, Agent a, double c, boolean brokered) {
        cost += c;
        screened++;
        double trust = seeker.trustToward(a, structuralTrust) + (brokered ? brokerageTrustBonus : 0.0);
        double score = trustWeight * Math.min(1.0, trust)
                + (1 - trustWeight) * fit(seeker.knowledge.distanceTo(a.knowledge()));
        if (score > bestScore) {
            best = a;
            bestScore = score;
            bestBrokered = brokered;
        }
    }

    /** The asked partner agrees with its own learned propensity to cooperate (a university if open). */
    private static boolean willing(RegioSim sim, Agent a) {
        if (a instanceof University u) {
            return u.acceptsTransfer();
        }
        return sim.random.nextDouble() < a.cooperationProbability();
    }

    private static boolean available(Agent a) {
        if (!a.isActive()) {
            return false;
        }
        return a instanceof University u ? u.acceptsTransfer() : !a.isBusy();
    }

    private static boolean sameInstitution(Agent a, Agent b) {
        return a.institution != null && a.institution == b.institution;
    }

    private void reset() {
        best = null;
        bestScore = -1;
        bestBrokered = false;
        cost = 0;
        screened = 0;
    }
}
