package org.regiosim.model;

import sim.engine.SimState;

/**
 * A municipality. When its political attention allows it to decide, it chooses between joint
 * location marketing with a neighbour (cooperate) and acquiring firms alone (compete) for one
 * campaign. Joint euros attract more start-ups to the region than solo euros (complementors
 * create the market); a solo campaign's euros win a larger share of the region's start-ups
 * (municipalities.solo_acquisition_multiplier) without adding to them, so that a municipality
 * gains by going it alone and the region by joint marketing (docs/ODD.md 7.6).
 */
public final class Municipality extends Agent {

    private static final long serialVersionUID = 1L;

    private final int index;
    private final String name;
    private final String district;
    private final int population;
    private final double lat;
    private final double lon;
    /** Economic development budget, EUR per quarter. */
    private final double budget;
    /** Economic development staff, full-time equivalents: bounds how many partners it screens. */
    private final double staff;
    /** 0..1: multiplies its opportunity to take a decision each quarter. */
    private final double politicalAttention;
    /** 0..1: an impatient municipality (low patience) is more likely to leave a joint campaign. */
    private final double patience;
    /** Shares of its firms by lead market (sum 1): where its start-ups are active. */
    private final double[] leadMarketProfile;
    /** Other municipalities by increasing distance. */
    Municipality[] neighboursByDistance;
    int startupsAttracted;

    Municipality(int id, int index, MunicipalitySpec spec, double budget, double staff, double politicalAttention,
                 double patience, double[] leadMarketProfile, double propensity, TrustLedger ties, double trust) {
        super(id, AgentKind.MUNICIPALITY, propensity, ties, trust);
        this.index = index;
        this.name = spec.name();
        this.district = spec.district();
        this.population = spec.population();
        this.lat = spec.lat();
        this.lon = spec.lon();
        this.budget = budget;
        this.staff = staff;
        this.politicalAttention = politicalAttention;
        this.patience = patience;
        this.leadMarketProfile = leadMarketProfile.clone();
    }

    @Override
    public void step(SimState state) {
        if (project != null) {
            return;
        }
        RegioSim sim = (RegioSim) state;
        if (state.random.nextDouble() >= sim.municipalOpportunityRate * politicalAttention) {
            return;
        }
        choseCooperate = decide(sim);
        lastDecisionStep = sim.currentStep();
        sim.tally.decision(AgentKind.MUNICIPALITY, choseCooperate);
        if (choseCooperate) {
            PartnerSearch.Result found = sim.partnerSearch.findMunicipalPartner(sim, this);
            if (found.partner() != null) {
                sim.projects.startCampaign(sim, this, (Municipality) found.partner(), found);
                return;
            }
            sim.projects.startSoloCampaign(sim, this, true, found.searchCost());
        } else {
            sim.projects.startSoloCampaign(sim, this, false, 0.0);
        }
    }

    /** Distance in km between centres (equirectangular; fine at regional scale). */
    public double distanceKm(Municipality other) {
        double meanLat = Math.toRadians((lat + other.lat) / 2);
        double dx = Math.toRadians(other.lon - lon) * Math.cos(meanLat);
        double dy = Math.toRadians(other.lat - lat);
        return 6371.0 * Math.sqrt(dx * dx + dy * dy);
    }

    /** Partners it can screen in one search: one per two staff, at least one. */
    int screeningCapacity(int max) {
        return (int) Math.max(1, Math.min(max, Math.round(staff / 2.0)));
    }

    double patience() { return patience; }
    double[] leadMarketProfile() { return leadMarketProfile; }

    @Override
    PeerOutcomes peerGroup(RegioSim sim) {
        return sim.municipalityPeers;
    }

    @Override
    public Knowledge knowledge() { return null; }
    @Override
    public Municipality home() { return this; }
    public int index() { return index; }
    public String name() { return name; }
    public int population() { return population; }
    public double lat() { return lat; }
    public double lon() { return lon; }
    public double budget() { return budget; }

    // inspector properties
    public String getName() { return name; }
    public String getDistrict() { return district; }
    public int getPopulation() { return population; }
    public double getBudget() { return budget; }
    public double getStaff() { return staff; }
    public double getPoliticalAttention() { return politicalAttention; }
    public double getPatience() { return patience; }
    public int getStartupsAttracted() { return startupsAttracted; }

    @Override
    public String toString() { return name; }
}
