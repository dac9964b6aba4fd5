package org.regiosim.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

import org.regiosim.model.params.ParameterSchema;
import org.regiosim.model.params.Parameters;
import org.regiosim.model.policy.PolicyMix;

import ec.util.MersenneTwisterFast;
import sim.engine.RandomSequence;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * RegioSim: the regional innovation system as a MASON model. One step is one quarter. Each
 * quarter, in this order: the development agency allocates its budget and acts; universities open
 * for transfer or compete for grants; running projects are monitored and those due end;
 * municipalities decide on location marketing; idle firms with an opportunity choose to cooperate
 * or compete; firms exit and enter; the quarter's indicators are recorded (docs/ODD.md, section 3). Headless and pure: every
 * random draw comes from {@link #random}.
 */
public class RegioSim extends SimState {

    private static final long serialVersionUID = 1L;

    /**
     * The largest firm size drawn, in employees: about the largest employers of the Ruhr
     * (docs/ODD.md, Initialisation). Log-normal draws above it are set to it.
     */
    public static final int MAX_EMPLOYEES = 100_000;

    private final Parameters params;
    private final RegionData region;

    // Parameters the agents read in their hot paths, copied once.
    final double scale;
    final double firmOpportunityRate;
    final int projectDuration;
    final int campaignDuration;
    final double radicalProbability;
    final int hypothesisSize;
    final double projectCost;
    final double synergy;
    final double metaBonus;
    final double successMin;
    final double successMax;
    final double payoffScale;
    final double recency;
    final double experimentation;
    final double imitationShare;
    final double imitationIntensity;
    final double trustGain;
    final double trustSuccessGain;
    final double trustLoss;
    final double municipalCostFactor;
    final double municipalImpatienceDefection;
    final double municipalOpportunityRate;
    final double jointMarketingMultiplier;
    final double soloAcquisitionMultiplier;
    final double valuePerStartup;
    final double startupRate;
    final double overheadPerEmployee;
    /** The scenario's initial number of firms: start-ups are a share of it. */
    int initialFirms;
    final double transferMargin;
    final double spinoffRate;
    final double grantValue;
    final double grantSuccess;
    final int institutionThreshold;

    // World, rebuilt by start().
    StepTally tally;
    PeerOutcomes[] firmPeers;
    PeerOutcomes universityPeers;
    PeerOutcomes municipalityPeers;
    TransactionCosts costs;
    PartnerSearch partnerSearch;
    Projects projects;
    Demography demography;
    private Population population;
    private TechnologySpace technologies;
    private Markets markets;
    private Institutions institutions;
    private DevelopmentAgency agency;
    private Municipality[] municipalities;
    private University[] universities;
    private University[][] universitiesByMunicipality;
    private List<StepMetrics> history;
    private TrustLedger.Totals trustTotals;
    /**
     * The generator the agency's policies draw from, seeded from the run's generator when the
     * world is built. Policy arms of a comparison then leave the firms' own random stream as it
     * is until the policy changes what a firm does (common random numbers: smaller variance of
     * the differences between arms).
     */
    MersenneTwisterFast policyRandom;
    private int step;
    private int nextId;
    /** The first id given after the initial firms were built: start-ups have this id or a higher one. */
    private int firstEntrantId;

    public RegioSim(long seed, Parameters params, RegionData region) {
        super(seed);
        this.params = params;
        this.region = region;
        this.scale = params.real(ParameterSchema.SCALE);
        this.firmOpportunityRate = params.real(ParameterSchema.OPPORTUNITY_RATE);
        this.projectDuration = params.intValue(ParameterSchema.PROJECT_DURATION);
        this.campaignDuration = params.intValue(ParameterSchema.CAMPAIGN_DURATION);
        this.radicalProbability = params.real(ParameterSchema.RADICAL_PROBABILITY);
        this.hypothesisSize = params.intValue(ParameterSchema.HYPOTHESIS_SIZE);
        this.projectCost = params.real(ParameterSchema.PROJECT_COST);
        this.synergy = params.real(ParameterSchema.SYNERGY);
        this.metaBonus = params.real(ParameterSchema.META_BONUS);
        this.successMin = params.real(ParameterSchema.SUCCESS_MIN);
        this.successMax = params.real(ParameterSchema.SUCCESS_MAX);
        this.payoffScale = params.real(ParameterSchema.PAYOFF_SCALE);
        this.recency = params.real(ParameterSchema.RECENCY);
        this.experimentation = params.real(ParameterSchema.EXPERIMENTATION);
        this.imitationShare = params.real(ParameterSchema.IMITATION_SHARE);
        this.imitationIntensity = params.real(ParameterSchema.IMITATION_INTENSITY);
        this.trustGain = params.real(ParameterSchema.TRUST_GAIN);
        this.trustSuccessGain = params.real(ParameterSchema.TRUST_SUCCESS_GAIN);
        this.trustLoss = params.real(ParameterSchema.TRUST_LOSS);
        this.municipalCostFactor = params.real(ParameterSchema.MUNICIPAL_COST_FACTOR);
        this.municipalImpatienceDefection = params.real(ParameterSchema.MUNICIPAL_IMPATIENCE);
        this.municipalOpportunityRate = params.real(ParameterSchema.MUNICIPAL_OPPORTUNITY);
        this.jointMarketingMultiplier = params.real(ParameterSchema.JOINT_MULTIPLIER);
        this.soloAcquisitionMultiplier = params.real(ParameterSchema.SOLO_MULTIPLIER);
        this.valuePerStartup = params.real(ParameterSchema.VALUE_PER_STARTUP);
        this.startupRate = params.real(ParameterSchema.STARTUP_RATE);
        this.overheadPerEmployee = params.real(ParameterSchema.OVERHEAD);
        this.transferMargin = params.real(ParameterSchema.TRANSFER_MARGIN);
        this.spinoffRate = params.real(ParameterSchema.SPINOFF_RATE);
        this.grantValue = params.real(ParameterSchema.GRANT_VALUE);
        this.grantSuccess = params.real(ParameterSchema.GRANT_SUCCESS);
        this.institutionThreshold = params.intValue(ParameterSchema.INSTITUTION_THRESHOLD);
    }

    /**
     * Whether firm {@code f} was built at the start (the initial firms) rather than founded as a
     * start-up or spin-off; start-ups founded during quarter 0 have founding step 0 too. Ids are
     * given in order (municipalities, universities, initial firms, then entrants).
     */
    public boolean foundedAtStart(Firm f) {
        return f.getId() < firstEntrantId;
    }

    @Override
    public void start() {
        super.start();
        step = 0;
        nextId = 0;
        history = new ArrayList<>();
        trustTotals = new TrustLedger.Totals();
        policyRandom = new MersenneTwisterFast(random.nextLong());
        tally = new StepTally();
        int remembered = params.intValue(ParameterSchema.PEER_OUTCOMES);
        firmPeers = new PeerOutcomes[LeadMarket.count()];
        for (int m = 0; m < firmPeers.length; m++) {
            firmPeers[m] = new PeerOutcomes(remembered);
        }
        universityPeers = new PeerOutcomes(remembered);
        municipalityPeers = new PeerOutcomes(remembered);
        costs = new TransactionCosts(params);
        technologies = new TechnologySpace(params.intValue(ParameterSchema.TECHNOLOGIES_PER_MARKET),
                params.real(ParameterSchema.SPILLOVER_HALF_LIFE));
        markets = new Markets(params);
        institutions = new Institutions(params.intValue(ParameterSchema.INSTITUTION_MAX_MEMBERS));
        projects = new Projects(Math.max(projectDuration, campaignDuration));
        partnerSearch = new PartnerSearch(params.intValue(ParameterSchema.MAX_CANDIDATES),
                params.real(ParameterSchema.LOCAL_SEARCH_SHARE),
                params.real(ParameterSchema.UNIVERSITY_CANDIDATE_PROBABILITY),
                params.real(ParameterSchema.PARTNER_THRESHOLD), params.real(ParameterSchema.TRUST_WEIGHT),
                params.real(ParameterSchema.STRUCTURAL_TRUST), params.real(ParameterSchema.BROKERAGE_TRUST_BONUS),
                municipalCostFactor);
        demography = new Demography(region.municipalities().size());
        agency = new DevelopmentAgency(params, scale);

        buildMunicipalities();
        buildUniversities();
        population = new Population(municipalities.length);
        buildFirms();
        initialFirms = population.size();
        firstEntrantId = nextId;

        schedule.scheduleRepeating(agency, 0, 1.0);
        if (universities.length > 0) {
            schedule.scheduleRepeating(new RandomSequence(universities), 1, 1.0);
        }
        schedule.scheduleRepeating((Steppable) s -> {
            projects.progress(this);
            publishPeerOutcomes();
        }, 2, 1.0);
        // Municipalities and firms act after the projects ending this quarter have ended, so an
        // agent whose campaign or project ends can start the next one in the same quarter.
        schedule.scheduleRepeating(new RandomSequence(municipalities), 3, 1.0);
        schedule.scheduleRepeating(new FirmPhase(), 4, 1.0);
        schedule.scheduleRepeating(demography, 5, 1.0);
        schedule.scheduleRepeating((Steppable) s -> observe(), 6, 1.0);
    }

    /**
     * How many agents ahead of the one acting the firm phase and the projects read state
     * (Agent.readAhead): far enough for main memory to answer in time, near enough for the cache
     * to keep what was read. Measured in docs/PERFORMANCE.md; it changes no result.
     */
    static final int READ_AHEAD = 8;

    /**
     * The firms' quarter. Each firm has a project opportunity with probability
     * firms.opportunity_rate; the idle ones that have one decide, in a fresh random order so that
     * no firm is systematically first to find partners or subsidies. Opportunities are drawn by
     * geometric skipping (the gap to the next firm with an opportunity), which is the same
     * Bernoulli draw per firm but touches only the firms that get one.
     */
    private final class FirmPhase implements Steppable {
        private static final long serialVersionUID = 1L;
        /** Population indices of this quarter's deciders (ints: no reference stores, no GC barriers). */
        private int[] deciders = new int[0];
        /** Keeps the reads ahead from being optimised away (see Agent.readAhead). */
        private int readAheadSink;

        @Override
        public void step(SimState state) {
            int n = population.size();
            if (deciders.length < n) {
                deciders = new int[n + n / 4];
            }
            MersenneTwisterFast r = random;
            // First the firms that drew an opportunity, then of those the idle ones: the draws do
            // not depend on the firms, and the reads of a loop that only reads overlap.
            int drawn = 0;
            if (firmOpportunityRate >= 1.0) {
                for (int i = 0; i < n; i++) {
                    deciders[drawn++] = i;
                }
            } else if (firmOpportunityRate > 0.0) {
                double logMiss = Math.log1p(-firmOpportunityRate);
                for (long i = skip(r, logMiss); i < n; i += 1 + skip(r, logMiss)) {
                    deciders[drawn++] = (int) i;
                }
            }
            int k = 0;
            for (int d = 0; d < drawn; d++) {
                if (population.get(deciders[d]).project == null) {
                    deciders[k++] = deciders[d];
                }
            }
            for (int i = k - 1; i > 0; i--) {
                int j = r.nextInt(i + 1);
                int t = deciders[i];
                deciders[i] = deciders[j];
                deciders[j] = t;
            }
            // The population does not change during the firm phase (entry and exit come later).
            for (int i = 0; i < k; i++) {
                if (i % READ_AHEAD == 0) {
                    // Deciders are in random order, each a main-memory access away: read the
                    // next block while this one acts, so that their fetches overlap.
                    for (int j = i + READ_AHEAD, end = Math.min(k, i + 2 * READ_AHEAD); j < end; j++) {
                        readAheadSink += population.get(deciders[j]).readAhead();
                    }
                }
                population.get(deciders[i]).step(state);
            }
        }

        /** Firms without an opportunity before the next one that has one: geometric, P(0) = rate. */
        private long skip(MersenneTwisterFast r, double logMiss) {
            double u = 1.0 - r.nextDouble(); // in (0, 1]
            double gap = Math.floor(Math.log(u) / logMiss);
            return gap > Integer.MAX_VALUE ? Integer.MAX_VALUE : (long) gap;
        }
    }

    // ------------------------------------------------------------------ building the world

    private void buildMunicipalities() {
        List<MunicipalitySpec> specs = region.municipalities();
        double[] regionShares = params.normalisedMarketShares();
        double budgetPerInhabitant = params.real(ParameterSchema.MARKETING_BUDGET);
        double staffPer10000 = params.real(ParameterSchema.STAFF_PER_10000);
        municipalities = new Municipality[specs.size()];
        for (int i = 0; i < specs.size(); i++) {
            MunicipalitySpec s = specs.get(i);
            // Each place's firms lean toward some markets: the regional shares, perturbed and renormalised.
            double[] profile = new double[regionShares.length];
            double sum = 0;
            for (int m = 0; m < profile.length; m++) {
                profile[m] = regionShares[m] * (0.5 + random.nextDouble());
                sum += profile[m];
            }
            for (int m = 0; m < profile.length; m++) {
                profile[m] /= sum;
            }
            municipalities[i] = new Municipality(nextId++, i, s, budgetPerInhabitant * s.population(),
                    s.population() / 10_000.0 * staffPer10000, 0.3 + 0.7 * random.nextDouble(), random.nextDouble(),
                    profile, params.real(ParameterSchema.MUNICIPAL_PROPENSITY), newLedger(), drawGeneralisedTrust());
        }
        for (Municipality m : municipalities) {
            Municipality[] others = Arrays.stream(municipalities).filter(o -> o != m)
                    .sorted(Comparator.comparingDouble(m::distanceKm).thenComparingInt(Municipality::index))
                    .toArray(Municipality[]::new);
            m.neighboursByDistance = others;
        }
    }

    private void buildUniversities() {
        int count = params.intValue(ParameterSchema.UNIVERSITIES);
        List<UniversitySpec> listed = region.universities();
        int fields = params.intValue(ParameterSchema.UNIVERSITY_FIELDS);
        int distinctFields = Math.min(fields, technologies.technologiesPerField() * LeadMarket.count());
        double capacity = params.real(ParameterSchema.UNIVERSITY_CAPACITY) * scale;
        double orientation = params.real(ParameterSchema.TRANSFER_ORIENTATION);
        universities = new University[count];
        for (int i = 0; i < count; i++) {
            UniversitySpec spec;
            Municipality home;
            if (i < listed.size()) {
                spec = listed.get(i);
                home = municipalityNamed(spec.city());
            } else {
                // Institutions the data does not list are placed in proportion to population.
                home = municipalityByPopulation();
                spec = new UniversitySpec("Unlisted institution " + (i - listed.size() + 1), home.name(),
                        "university of applied sciences");
            }
            Knowledge k = new Knowledge(Math.max(fields, 1) + 4);
            // Distinct technologies: a draw the university already holds is drawn again (there
            // are never fewer technologies than asked for, see distinctFields).
            while (k.size() < distinctFields) {
                int field = random.nextInt(LeadMarket.count());
                int tech = technologies.initialTechnology(field, random.nextInt(technologies.technologiesPerField()));
                if (!k.holds(tech)) {
                    k.learn(tech, 0.6 + 0.4 * random.nextDouble(), 6 + random.nextInt(5));
                }
            }
            boolean applied = spec.isAppliedSciences();
            int cap = capacity <= 0 ? 0 : (int) Math.max(1, Math.round(capacity * (applied ? 0.6 : 1.0)));
            double o = clamp(orientation + (applied ? 0.15 : 0.0) + 0.2 * (random.nextDouble() - 0.5), 0.05, 0.95);
            // A university has room to remember as many firms as it can run projects with at once,
            // besides the partners any agent remembers: with firms.partner_memory alone, a
            // university running more projects than that forgot partners of running projects (and
            // more so the larger the scale, as its capacity grows with the scale). When the memory
            // is full the least trusted is still forgotten, running or not (TrustLedger).
            TrustLedger ties = new TrustLedger(params.intValue(ParameterSchema.PARTNER_MEMORY) + cap, trustTotals);
            universities[i] = new University(nextId++, spec.name(), home, spec.type(), k, cap, o, ties,
                    drawGeneralisedTrust());
        }
        universitiesByMunicipality = new University[municipalities.length][];
        for (Municipality m : municipalities) {
            universitiesByMunicipality[m.index()] = Arrays.stream(universities).filter(u -> u.home() == m)
                    .toArray(University[]::new);
        }
    }

    private void buildFirms() {
        long total = Math.round(params.integer(ParameterSchema.FIRMS) * scale);
        // Largest-remainder apportionment by population: deterministic, sums exactly to total.
        long inhabitants = 0;
        for (Municipality m : municipalities) {
            inhabitants += m.population();
        }
        long[] counts = new long[municipalities.length];
        double[] remainders = new double[municipalities.length];
        long assigned = 0;
        for (int i = 0; i < municipalities.length; i++) {
            double exact = inhabitants == 0 ? (double) total / municipalities.length
                    : (double) total * municipalities[i].population() / inhabitants;
            counts[i] = (long) Math.floor(exact);
            remainders[i] = exact - counts[i];
            assigned += counts[i];
        }
        Integer[] byRemainder = new Integer[municipalities.length];
        for (int i = 0; i < byRemainder.length; i++) {
            byRemainder[i] = i;
        }
        Arrays.sort(byRemainder, Comparator.comparingDouble((Integer i) -> -remainders[i]).thenComparingInt(i -> i));
        for (int k = 0; assigned < total; k++, assigned++) {
            counts[byRemainder[k % byRemainder.length]]++;
        }
        // Markets first, then the firms market by market: firms of one market, which search each
        // other most, then lie together in memory, which makes full-scale runs much faster.
        int[][] perMarket = new int[municipalities.length][LeadMarket.count()];
        for (int i = 0; i < municipalities.length; i++) {
            for (long k = 0; k < counts[i]; k++) {
                perMarket[i][drawMarket(municipalities[i]).ordinal()]++;
            }
        }
        for (int market = 0; market < LeadMarket.count(); market++) {
            for (int i = 0; i < municipalities.length; i++) {
                for (int k = 0; k < perMarket[i][market]; k++) {
                    population.add(newFirm(municipalities[i], LeadMarket.of(market), null));
                }
            }
        }
    }

    private Firm newFirm(Municipality home, LeadMarket market, University parent) {
        double median = params.real(ParameterSchema.EMPLOYEES_MEDIAN);
        double sigma = params.real(ParameterSchema.EMPLOYEES_SIGMA);
        // Capped, not only to stay a size a regional firm can have: an uncapped draw of the long tail
        // (sigma up to 4) could exceed an int and turn the firm's project scale into NaN.
        double drawn = Math.exp(Math.log(median) + sigma * random.nextGaussian());
        int employees = (int) Math.max(1, Math.min(MAX_EMPLOYEES, Math.round(drawn)));
        int capacity = params.intValue(ParameterSchema.KENE_CAPACITY);
        Knowledge k = new Knowledge(capacity);
        int kmin = params.intValue(ParameterSchema.KENE_MIN);
        int kmax = params.intValue(ParameterSchema.KENE_MAX);
        int size = kmin + random.nextInt(kmax - kmin + 1);
        double ownField = params.real(ParameterSchema.OWN_FIELD_SHARE);
        if (parent != null) {
            // A spin-off starts from its university's research.
            Knowledge pk = parent.knowledge();
            for (int i = 0; i < Math.min(size, pk.size()); i++) {
                k.learn(pk.randomTechnology(random), 0.4 + 0.3 * random.nextDouble(), 1 + random.nextInt(3));
            }
        }
        for (int attempts = 0; k.size() < size && attempts < size * 10; attempts++) {
            int field = random.nextDouble() < ownField ? market.ordinal() : random.nextInt(LeadMarket.count());
            int tech = technologies.initialTechnology(field, random.nextInt(technologies.technologiesPerField()));
            if (!k.holds(tech)) {
                k.learn(tech, 0.3 + 0.6 * random.nextDouble(), 1 + random.nextInt(8));
            }
        }
        double capital = params.real(ParameterSchema.CAPITAL_PER_EMPLOYEE) * employees;
        Firm f = new Firm(nextId++, home, market, employees, Math.sqrt(employees / median), k, capital,
                params.real(ParameterSchema.OPPORTUNISM_MAX) * random.nextDouble(),
                params.real(ParameterSchema.INITIAL_PROPENSITY), newLedger(), drawGeneralisedTrust(), step, parent);
        if (parent != null) {
            f.ties.remember(parent, Math.min(1.0, f.generalisedTrust + 0.3));
        }
        return f;
    }

    private TrustLedger newLedger() {
        return new TrustLedger(params.intValue(ParameterSchema.PARTNER_MEMORY), trustTotals);
    }

    private LeadMarket drawMarket(Municipality m) {
        double u = random.nextDouble();
        double[] profile = m.leadMarketProfile();
        for (int i = 0; i < profile.length; i++) {
            u -= profile[i];
            if (u < 0) {
                return LeadMarket.of(i);
            }
        }
        return LeadMarket.of(profile.length - 1);
    }

    private double drawGeneralisedTrust() {
        return clamp(params.real(ParameterSchema.INITIAL_TRUST) * (0.5 + random.nextDouble()), 0, 1);
    }

    private Municipality municipalityNamed(String name) {
        for (Municipality m : municipalities) {
            if (m.name().equals(name)) {
                return m;
            }
        }
        throw new IllegalArgumentException("no municipality named '" + name + "'");
    }

    private Municipality municipalityByPopulation() {
        long total = 0;
        for (Municipality m : municipalities) {
            total += m.population();
        }
        double u = random.nextDouble() * total;
        for (Municipality m : municipalities) {
            u -= m.population();
            if (u < 0) {
                return m;
            }
        }
        return municipalities[municipalities.length - 1];
    }

    // ------------------------------------------------------------------ entry and exit

    void foundStartup(Municipality m) {
        population.add(newFirm(m, drawMarket(m), null));
    }

    void foundSpinoff(University u) {
        LeadMarket market = LeadMarket.of(technologies.field(u.knowledge().randomTechnology(random)));
        population.add(newFirm(u.home(), market, u));
    }

    /** A firm leaves: its partners forget it, it forgets them, it leaves its institution and the indexes. */
    void removeFirm(Firm f) {
        f.active = false;
        TrustLedger ties = f.ties;
        for (int i = 0; i < ties.size(); i++) {
            ties.partner(i).ties.forget(f);
        }
        ties.clear();
        institutions.leave(f);
        population.remove(f);
    }

    // ------------------------------------------------------------------ observation

    private void observe() {
        double[] v = new double[Metric.count()];
        StepTally t = tally;
        double transactionCosts = t.searchCosts + t.negotiationCosts + t.monitoringCosts;
        int innovations = t.incremental + t.radical + t.meta;
        set(v, Metric.TRANSACTION_COSTS, transactionCosts);
        set(v, Metric.SEARCH_COSTS, t.searchCosts);
        set(v, Metric.NEGOTIATION_COSTS, t.negotiationCosts);
        set(v, Metric.MONITORING_COSTS, t.monitoringCosts);
        set(v, Metric.MUNICIPAL_TRANSACTION_COSTS, t.municipalCosts);
        set(v, Metric.INNOVATIONS, innovations);
        set(v, Metric.INCREMENTAL_INNOVATIONS, t.incremental);
        set(v, Metric.RADICAL_INNOVATIONS, t.radical);
        set(v, Metric.META_INNOVATIONS, t.meta);
        set(v, Metric.COOPERATIVE_INNOVATIONS, t.cooperativeInnovations);
        set(v, Metric.TRANSACTION_COSTS_PER_INNOVATION, innovations == 0 ? Double.NaN : transactionCosts / innovations);
        set(v, Metric.COOPERATION_RATE, t.overallRate());
        set(v, Metric.COOPERATION_RATE_FIRMS, t.rate(AgentKind.FIRM));
        set(v, Metric.COOPERATION_RATE_UNIVERSITIES, t.rate(AgentKind.UNIVERSITY));
        set(v, Metric.COOPERATION_RATE_MUNICIPALITIES, t.rate(AgentKind.MUNICIPALITY));
        set(v, Metric.MEAN_TRUST, trustTotals.mean());
        set(v, Metric.ACTIVE_COOPERATIONS, projects.runningCooperations());
        set(v, Metric.DEFECTIONS, t.defections);
        set(v, Metric.INSTITUTIONS, institutions.count());
        set(v, Metric.SOCIAL_INNOVATIONS, t.socialInnovations);
        set(v, Metric.FIRMS, population.size());
        set(v, Metric.STARTUPS, t.startups);
        set(v, Metric.SPINOFFS, t.spinoffs);
        set(v, Metric.EXITS, t.exits);
        set(v, Metric.TECHNOLOGIES, technologies.count());
        set(v, Metric.AGENCY_SPENDING, agency.spentThisQuarter());
        double moderation = agency.moderationCostsThisQuarter();
        set(v, Metric.AGENCY_SPENDING_ON_TRANSACTION_COSTS, t.agencyOnTransactionCosts);
        set(v, Metric.AGENCY_SPENDING_ON_PROJECTS, t.agencyOnProjects);
        set(v, Metric.MODERATION_COSTS, moderation);
        set(v, Metric.PROJECT_COSTS, t.projectCosts);
        set(v, Metric.COSTS_PER_INNOVATION_WITH_AGENCY,
                innovations == 0 ? Double.NaN : (transactionCosts + t.agencyOnProjects + moderation) / innovations);
        history.add(new StepMetrics(step, v));
        tally.reset();
        step++;
    }

    private static void set(double[] v, Metric m, double value) {
        v[m.ordinal()] = value;
    }

    // ------------------------------------------------------------------ public API

    /** The quarter being simulated (0-based); after a step, the number of quarters completed. */
    public int currentStep() { return step; }

    public Parameters parameters() { return params; }
    public RegionData region() { return region; }

    /** Indicators of every completed quarter, oldest first. */
    public List<StepMetrics> history() { return Collections.unmodifiableList(history); }

    /** Indicators of the last completed quarter, or null before the first. */
    public StepMetrics latest() { return history.isEmpty() ? null : history.get(history.size() - 1); }

    public Population population() { return population; }
    public TechnologySpace technologies() { return technologies; }
    public Markets markets() { return markets; }
    public Institutions institutions() { return institutions; }
    public DevelopmentAgency agency() { return agency; }
    public List<Municipality> municipalities() { return List.of(municipalities); }
    public List<University> universities() { return List.of(universities); }
    public List<Project> runningCooperations() { return projects.cooperations(); }
    Municipality[] municipalityArray() { return municipalities; }

    /**
     * The outcomes of this quarter (projects ended, defections, universities' last choices)
     * become known to the agents' peer groups, for imitation from now on (PeerOutcomes).
     */
    private void publishPeerOutcomes() {
        for (PeerOutcomes peers : firmPeers) {
            peers.publish(random);
        }
        universityPeers.publish(random);
        municipalityPeers.publish(random);
    }

    /** Switches the moderation policy now (an intervention during a run). */
    public void setPolicy(PolicyMix mix) { agency.setPolicy(mix); }

    int universityCount() { return universities.length; }


    /** A university for a firm's search: one in its own municipality if there is one (half the time), else any. */
    University randomUniversityFor(Firm f) {
        University[] local = universitiesByMunicipality[f.home().index()];
        if (local.length > 0 && random.nextBoolean()) {
            return local[random.nextInt(local.length)];
        }
        return universities[random.nextInt(universities.length)];
    }

    /** Inverted U of cognitive distance (Nooteboom): 4d(1-d). */
    public static double cognitiveFit(double distance) {
        return PartnerSearch.fit(distance);
    }

    /** A random firm, for the agency's policies (from the policy generator). */
    public Firm randomFirm() { return population.random(policyRandom); }

    /** Shuffles a list uniformly, for the agency's policies (from the policy generator). */
    public <T> void shuffleForPolicy(List<T> list) {
        for (int i = list.size() - 1; i > 0; i--) {
            java.util.Collections.swap(list, i, policyRandom.nextInt(i + 1));
        }
    }

    /** A random firm of a market, for the agency's policies (from the policy generator). */
    public Firm randomFirmInMarket(LeadMarket m) { return population.randomInMarket(m.ordinal(), policyRandom); }

    /** A uniformly random agent among firms, universities and municipalities, for the agency's policies. */
    public Agent randomAgent() {
        int n = population.size() + universities.length + municipalities.length;
        if (n == 0) {
            return null;
        }
        int i = policyRandom.nextInt(n);
        if (i < population.size()) {
            return population.get(i);
        }
        i -= population.size();
        return i < universities.length ? universities[i] : municipalities[i - universities.length];
    }

    /** A dialogue format: generalised trust and trust in remembered partners rise by effect x (1 - trust). */
    public void holdDialogue(Agent a, double effect) {
        a.generalisedTrust += effect * (1.0 - a.generalisedTrust);
        a.ties.raiseAll(effect);
    }

    public Institution competenceCentre(LeadMarket m) { return agency.competenceCentre(m); }

    /**
     * The university that would host the competence centre of a market: the one with most
     * capabilities in it among those in no institution (an agent belongs to at most one); ties go
     * to the university listed first; null if no free university has any.
     */
    public University competenceCentreHost(LeadMarket m) {
        University host = null;
        int bestCount = 0;
        for (University u : universities) {
            if (u.institution != null) {
                continue; // it belongs to a network or another centre: the next best hosts
            }
            int c = 0;
            Knowledge k = u.knowledge();
            for (int i = 0; i < k.size(); i++) {
                if (technologies.field(k.technology(i)) == m.ordinal()) {
                    c++;
                }
            }
            if (c > bestCount) {
                bestCount = c;
                host = u;
            }
        }
        return host;
    }

    /** Founds the competence centre of a market with the given host (null: none). */
    public Institution foundCompetenceCentre(LeadMarket m, University host) {
        Institution centre = institutions.foundCompetenceCentre(this, m, host);
        agency.registerCompetenceCentre(m, centre);
        return centre;
    }

    static double clamp(double v, double lo, double hi) {
        return v < lo ? lo : (v > hi ? hi : v);
    }
}
