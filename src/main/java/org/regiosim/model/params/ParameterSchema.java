package org.regiosim.model.params;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.regiosim.model.LeadMarket;
import org.regiosim.model.policy.PolicyMix;
import org.regiosim.model.policy.PolicySchedule;

/**
 * Every parameter of the model, each defined exactly once with its key, default, range, unit and
 * meaning. docs/ODD.md section 7 and scenarios/README.md explain the mechanisms; the table of
 * parameters is printed from here by {@code regiosim params}, so it cannot drift from the code.
 */
public final class ParameterSchema {

    private static final List<Param> ALL = new ArrayList<>();
    private static final Map<String, Param> BY_KEY = new LinkedHashMap<>();

    // ---- run --------------------------------------------------------------------------------
    public static final Param SCALE = real("scale", 1.0, 0.0005, 4.0, "factor",
            "Population scale: firms, university capacity, start-ups, spin-offs and the agency budget are multiplied by it (0.1 runs a tenth of the region).");
    public static final Param STEPS = integer("steps", 80, 1, 4000, "quarters",
            "Number of steps; one step is one quarter, so 80 steps are 20 years.");
    public static final Param SEED = integer("seed", 1, 0, 9.0e15, "-",
            "Seed of the run's MASON random generator; the same scenario and seed give identical output.");
    public static final Param POLICY = text("policy", "none",
            "Moderation policy or mix: a name (none, brokerage, cofunding, trust_building, smart_specialisation, platform) or a mix 'brokerage=0.5,cofunding=0.5' whose shares split the agency budget; the arms act each quarter in the order given.",
            text -> sharesProblem(text, PolicyMix.problemWith(text)), text -> PolicyMix.parse(text).toString());
    public static final Param POLICY_CHANGES = text("policy_changes", "",
            "Policy switches during the run: 'STEP:POLICY;STEP:POLICY', e.g. '40:brokerage' switches to brokerage at step 40. Steps count from 0, so a run of 80 steps ends with step 79; a switch at a step the run does not reach does not happen (the command line notes it).",
            text -> sharesProblem(text, PolicySchedule.problemWith(text)), text -> PolicySchedule.parse(text).toString());

    // ---- region -------------------------------------------------------------------------------
    public static final Param FIRMS = integer("region.firms", 155_000, 0, 2_000_000, "firms",
            "Firms at scale 1.0 (Ruhr 2015: about 155,000), spread over municipalities by population.");
    public static final Param UNIVERSITIES = integer("region.universities", 22, 0, 200, "institutions",
            "Institutions of higher education; the listed ones come from the data file, the rest are placed by population.");
    public static final Param TECHNOLOGIES_PER_MARKET = integer("region.technologies_per_market", 12, 2, 200, "technologies",
            "Initial technologies in each lead market's technology field.");

    // ---- markets ------------------------------------------------------------------------------
    public static final Param CROWDING = real("markets.crowding", 4.0, 0, 100, "-",
            "Rivalry: an innovation's value is divided by (1 + crowding x share of the market's firms that ran solo projects last quarter).");
    public static final Param MARKET_CREATION = real("markets.creation", 1.0, 0, 100, "demand index per cooperative innovation per firm",
            "Complementors create markets: each cooperative innovation raises its market's demand index by creation / firms in the market.");
    public static final Param DEMAND_REVERSION = real("markets.demand_reversion", 0.05, 0, 1, "1/quarter",
            "Share of the gap between a growth market's demand index and 1 that closes each quarter.");
    public static final Param LEGACY_DECLINE = real("markets.legacy_decline", 0.015, 0, 0.5, "1/quarter",
            "Relative loss of demand per quarter in the legacy markets (coal, steel).");

    // ---- firms --------------------------------------------------------------------------------
    public static final Param OPPORTUNITY_RATE = real("firms.opportunity_rate", 0.25, 0, 1, "1/quarter",
            "Probability per quarter that an idle firm has a project opportunity and must choose to cooperate or compete.");
    public static final Param PROJECT_COST = real("firms.project_cost", 40_000, 0, 1e8, "EUR",
            "Investment of one innovation project, split equally between firm partners.");
    public static final Param PROJECT_DURATION = integer("firms.project_duration", 4, 1, 40, "quarters",
            "Duration of a project, solo or cooperative.");
    public static final Param INNOVATION_VALUE = real("firms.innovation_value", 300_000, 0, 1e9, "EUR",
            "Value of a successful innovation before rivalry and demand; split equally between firm partners.");
    public static final Param SUCCESS_MIN = real("firms.success_min", 0.05, 0, 1, "probability",
            "Success probability of a project of zero quality (p_min, after Cowan et al. 2007).");
    public static final Param SUCCESS_MAX = real("firms.success_max", 0.65, 0, 1, "probability",
            "Success probability of a project of full quality (p_max).");
    public static final Param SYNERGY = real("firms.cooperation_synergy", 0.5, 0, 2, "quality",
            "Quality a cooperation adds at the optimal cognitive distance (Nooteboom's inverted U, 4d(1-d)).");
    public static final Param KENE_MIN = integer("firms.kene_min", 3, 1, 30, "capabilities",
            "Smallest initial kene (capabilities a firm holds).");
    public static final Param KENE_MAX = integer("firms.kene_max", 6, 1, 30, "capabilities",
            "Largest initial kene.");
    public static final Param KENE_CAPACITY = integer("firms.kene_capacity", 9, 2, 60, "capabilities",
            "Most capabilities a firm can hold; learning beyond it replaces the weakest.");
    public static final Param OWN_FIELD_SHARE = real("firms.own_field_share", 0.8, 0, 1, "probability",
            "Probability that an initial capability comes from the firm's own lead market.");
    public static final Param RADICAL_PROBABILITY = real("firms.radical_probability", 0.1, 0, 1, "probability",
            "Probability that a solo project is radical research: it swaps the weakest capability for a new one (SKIN).");
    public static final Param OPPORTUNISM_MAX = real("firms.opportunism_max", 0.1, 0, 1, "probability",
            "Opportunism is drawn uniformly from [0, max]; per quarter a partner defects with opportunism x (1 - trust).");
    public static final Param INITIAL_PROPENSITY = real("firms.initial_propensity", 0.3, 0.01, 0.99, "probability",
            "Initial probability that a firm chooses to cooperate.");
    public static final Param MAX_CANDIDATES = integer("firms.max_candidates", 5, 1, 50, "candidates",
            "Most partner candidates a firm screens per search (SKIN: 5).");
    public static final Param LOCAL_SEARCH_SHARE = real("firms.local_search_share", 0.5, 0, 1, "probability",
            "Probability that a random candidate is drawn from the firm's own municipality (any market) rather than from its own lead market (anywhere in the region).");
    public static final Param UNIVERSITY_CANDIDATE_PROBABILITY = real("firms.university_candidate_probability", 0.15, 0, 1, "probability",
            "Probability that a search also screens a university.");
    public static final Param PARTNER_THRESHOLD = real("firms.partner_threshold", 0.3, 0, 1, "score",
            "Lowest partner score a firm accepts; score = trust_weight x trust + (1 - trust_weight) x cognitive fit.");
    public static final Param TRUST_WEIGHT = real("firms.trust_weight", 0.5, 0, 1, "-",
            "Weight of trust against expected fit in the partner score (Klos and Nooteboom 2001).");
    public static final Param CAPITAL_PER_EMPLOYEE = real("firms.capital_per_employee", 20_000, 0, 1e7, "EUR",
            "Initial capital per employee; a firm whose capital falls below zero exits.");
    public static final Param EMPLOYEES_MEDIAN = real("firms.employees_median", 6, 1, 10_000, "employees",
            "Median firm size (log-normal; sizes drawn above 100,000 employees are set to 100,000).");
    public static final Param EMPLOYEES_SIGMA = real("firms.employees_sigma", 1.2, 0, 4, "-",
            "Log-normal shape of firm size.");
    public static final Param STARTUP_RATE = real("firms.startup_rate", 0.01, 0, 0.5, "start-ups per initial firm per quarter",
            "Start-ups per quarter, as a share of the scenario's initial number of firms, at the baseline attractiveness of the region.");
    public static final Param OVERHEAD = real("firms.overhead_per_employee", 400, 0, 1e6, "EUR per employee per quarter",
            "Cost of staying in business net of ordinary operating income: a firm that does not innovate slowly runs out of capital.");
    public static final Param PARTNER_MEMORY = integer("firms.partner_memory", 8, 1, 64, "partners",
            "Partners an agent remembers with their trust; the least trusted is forgotten first. A university remembers this many plus its capacity.");

    // ---- trust ----------------------------------------------------------------------------------
    public static final Param INITIAL_TRUST = real("trust.initial", 0.25, 0, 1, "trust (0..1)",
            "Mean generalised trust at the start: the trust an agent places in a new partner.");
    public static final Param TRUST_GAIN = real("trust.gain", 0.1, 0, 1, "share of distance to 1",
            "Per honoured quarter of a cooperation, trust rises by gain x (1 - trust): slowly.");
    public static final Param TRUST_SUCCESS_GAIN = real("trust.success_gain", 0.2, 0, 1, "share of distance to 1",
            "After a jointly successful project, trust rises by success_gain x (1 - trust).");
    public static final Param TRUST_LOSS = real("trust.loss", 0.6, 0, 1, "share of trust",
            "After a betrayal, trust in the defector falls by loss x trust: fast.");
    public static final Param STRUCTURAL_TRUST = real("trust.structural", 0.2, 0, 1, "trust",
            "Trust added toward members of one's own institution (structural credit, Cowan et al. 2007).");

    // ---- transaction costs --------------------------------------------------------------------
    public static final Param SEARCH_COST = real("costs.search_per_candidate", 1_500, 0, 1e7, "EUR",
            "Search cost of screening one unknown candidate.");
    public static final Param KNOWN_PARTNER_SEARCH_FACTOR = real("costs.known_partner_factor", 0.2, 0, 1, "-",
            "Share of the search cost paid to screen a remembered partner (existing ties).");
    public static final Param NEGOTIATION_COST = real("costs.negotiation", 8_000, 0, 1e8, "EUR",
            "Negotiation cost of one agreement for each partner at zero trust.");
    public static final Param MONITORING_COST = real("costs.monitoring", 3_000, 0, 1e8, "EUR per quarter",
            "Monitoring cost per partner per quarter of a running cooperation at zero trust.");
    public static final Param TRUST_DISCOUNT = real("costs.trust_discount", 0.8, 0, 1, "-",
            "Share of negotiation and monitoring cost that full trust removes.");
    public static final Param INSTITUTION_DISCOUNT = real("costs.institution_discount", 0.4, 0, 1, "-",
            "Share of all three transaction cost parts removed when both partners belong to the same institution.");

    // ---- learning -----------------------------------------------------------------------------
    public static final Param RECENCY = real("learning.recency", 0.1, 0, 1, "-",
            "Roth-Erev recency (forgetting) parameter.");
    public static final Param EXPERIMENTATION = real("learning.experimentation", 0.2, 0, 1, "-",
            "Roth-Erev experimentation parameter: the share of reinforcement given to the action not taken.");
    public static final Param IMITATION_SHARE = real("learning.imitation_share", 0.5, 0, 1, "probability",
            "Probability that a decision imitates a peer (Fermi rule, comparing with a recent outcome of its peer group) rather than following the agent's own reinforced propensities; agents learn from others' experience as well as their own.");
    public static final Param IMITATION_INTENSITY = real("learning.imitation_intensity", 5.0, 0, 1000, "1/payoff unit",
            "Selection intensity s of the Fermi rule: a peer's action is adopted with probability 1 / (1 + exp(-s x (peer's payoff - own payoff))).");
    public static final Param PEER_OUTCOMES = integer("learning.peer_outcomes", 64, 1, 100_000, "outcomes",
            "Recent outcomes a peer group (firms of one lead market, universities, municipalities) keeps for imitation: agents compare with one of these.");
    public static final Param PAYOFF_SCALE = real("learning.payoff_scale", 100_000, 1, 1e9, "EUR",
            "Payoff that counts as one unit of reinforcement.");

    // ---- innovation ---------------------------------------------------------------------------
    public static final Param HYPOTHESIS_SIZE = integer("innovation.hypothesis_size", 3, 2, 10, "capabilities",
            "Capabilities an innovation hypothesis combines (SKIN: 2 to 10).");
    public static final Param META_BONUS = real("innovation.meta_bonus", 0.2, 0, 2, "quality",
            "Quality bonus from the spillover stock of a project's technologies: bonus x (1 - exp(-stock)).");
    public static final Param SPILLOVER_HALF_LIFE = real("innovation.spillover_half_life", 20, 1, 1000, "quarters",
            "Half-life of the spillover stock that a meta-innovation leaves on its technologies.");
    public static final Param INSTITUTION_THRESHOLD = integer("innovation.institution_threshold", 3, 1, 100, "joint successes",
            "Joint successes of a pair after which their cooperation becomes an institution (a network: a social innovation).");
    public static final Param INSTITUTION_MAX_MEMBERS = integer("innovation.institution_max_members", 30, 2, 10_000, "members",
            "Most members of one network or municipal association (competence centres have no limit).");

    // ---- universities -------------------------------------------------------------------------
    public static final Param UNIVERSITY_CAPACITY = real("universities.capacity", 150, 0, 100_000, "projects at scale 1.0",
            "Concurrent transfer projects a university can run at scale 1.0 (universities of applied sciences have 60%).");
    public static final Param UNIVERSITY_FIELDS = integer("universities.research_fields", 10, 1, 60, "capabilities",
            "Capabilities (research fields) a university holds.");
    public static final Param TRANSFER_ORIENTATION = real("universities.transfer_orientation", 0.5, 0, 1, "probability",
            "Mean initial probability that a university opens for transfer (cooperates) in a quarter.");
    public static final Param SPINOFF_RATE = real("universities.spinoff_rate", 2.0, 0, 1_000, "spin-offs per quarter at scale 1.0",
            "Expected spin-offs of a university in transfer mode per quarter, times its transfer orientation.");
    public static final Param GRANT_VALUE = real("universities.grant_value", 200_000, 0, 1e9, "EUR",
            "Value of a competitive research grant won when a university competes.");
    public static final Param GRANT_SUCCESS = real("universities.grant_success", 0.25, 0, 1, "probability",
            "Probability per quarter that a competing university wins a grant.");
    public static final Param TRANSFER_MARGIN = real("universities.transfer_margin", 0.5, 0, 5, "share of project cost",
            "A university partner earns this share of the project cost as transfer income.");

    // ---- municipalities -----------------------------------------------------------------------
    public static final Param MARKETING_BUDGET = real("municipalities.budget_per_inhabitant", 1.5, 0, 1_000, "EUR per inhabitant per quarter",
            "Economic development and location marketing budget.");
    public static final Param JOINT_MULTIPLIER = real("municipalities.joint_marketing_multiplier", 1.6, 0, 10, "-",
            "Attraction of one euro in joint location marketing relative to one euro spent alone.");
    public static final Param SOLO_MULTIPLIER = real("municipalities.solo_acquisition_multiplier", 1.0, 1, 10, "-",
            "How many times the share of the region's start-ups that one euro of a municipality not campaigning wins, one euro of a solo campaign wins. Above 1, solo acquisition takes start-ups from the other municipalities without bringing more to the region (only joint marketing does); 1: no rivalry.");
    public static final Param MUNICIPAL_OPPORTUNITY = real("municipalities.opportunity_rate", 0.5, 0, 1, "1/quarter",
            "Probability per quarter that a municipality without a campaign decides anew, times its political attention.");
    public static final Param MUNICIPAL_PROPENSITY = real("municipalities.initial_propensity", 0.25, 0.01, 0.99, "probability",
            "Initial probability that a municipality chooses joint marketing.");
    public static final Param CAMPAIGN_DURATION = integer("municipalities.campaign_duration", 4, 1, 40, "quarters",
            "Duration of a municipality's location-marketing campaign, joint or alone. A campaign's budget, which its payoff is judged against (learning and imitation), is this many quarters of the municipality's budget.");
    public static final Param MUNICIPAL_COST_FACTOR = real("municipalities.cost_factor", 3.0, 0, 100, "-",
            "Municipal transaction costs relative to firms' (administrations negotiate more formally).");
    public static final Param MUNICIPAL_IMPATIENCE = real("municipalities.impatience_defection", 0.1, 0, 1, "probability per quarter",
            "Per-quarter probability that a fully impatient municipality leaves a joint campaign at zero trust; scaled by (1 - patience) x (1 - trust).");
    public static final Param STAFF_PER_10000 = real("municipalities.staff_per_10000", 1.0, 0, 100, "FTE per 10,000 inhabitants",
            "Economic development staff; a municipality screens one partner per two staff (at least one).");
    public static final Param VALUE_PER_STARTUP = real("municipalities.value_per_startup", 20_000, 0, 1e9, "EUR (full-region equivalent)",
            "Value a municipality puts on one start-up settling in it; start-ups are counted as at scale 1.0 so that learning does not depend on scale.");

    // ---- agency -------------------------------------------------------------------------------
    public static final Param AGENCY_BUDGET = real("agency.budget", 10_000_000, 0, 1e11, "EUR per quarter at scale 1.0",
            "Budget of the regional development agency for moderation (an assumption of the order of the region's structural funds for innovation); unspent money lapses at the end of the quarter.");
    public static final Param BROKERAGE_COST = real("agency.brokerage_cost", 1_500, 0, 1e7, "EUR per match",
            "Cost to the agency of brokering one partner proposal.");
    public static final Param BROKERAGE_SAMPLE = integer("agency.brokerage_sample", 12, 1, 200, "candidates",
            "Firms the broker draws from its register for a search; it screens those not busy with a project and proposes the best complementary one.");
    public static final Param BROKERAGE_TRUST_BONUS = real("agency.brokerage_trust_bonus", 0.15, 0, 1, "trust",
            "Trust added toward a partner the agency vouches for.");
    public static final Param COFUNDING_RATE = real("agency.cofunding_rate", 0.5, 0, 1, "share",
            "Share of a cooperative project's cost and negotiation cost the agency pays.");
    public static final Param TRUST_EVENT_COST = real("agency.trust_building_cost", 800, 1, 1e7, "EUR per participant",
            "Cost of one participant in a dialogue format (at least 1 EUR: the budget decides how many are invited).");
    public static final Param TRUST_EVENT_EFFECT = real("agency.trust_building_effect", 0.1, 0, 1, "share of distance to 1",
            "A participant's generalised trust rises by effect x (1 - trust); also applied to its remembered ties.");
    public static final Param FOCUS_MARKETS = choiceList("agency.focus_markets",
            List.of("health", "resource_efficiency", "mobility", "digital_communication"),
            "Lead markets that smart specialisation and the competence centres focus on; these two policies need at least one.");
    public static final Param SMART_RATE = real("agency.smart_specialisation_rate", 0.4, 0, 1, "share",
            "Share of project cost paid for projects led by a firm of a focus market, solo or cooperative (cooperative projects joining two focus markets get 1.5 times, capped at 1).");
    public static final Param PLATFORM_SETUP = real("agency.platform_setup_cost", 400_000, 0, 1e10, "EUR per centre at scale 1.0",
            "One-off cost of founding a competence centre (scaled with the population, like the budget).");
    public static final Param PLATFORM_MEMBER_COST = real("agency.platform_member_cost", 300, 0, 1e7, "EUR per member per quarter",
            "Running cost of a competence centre per member.");
    public static final Param PLATFORM_RECRUITS = integer("agency.platform_recruits", 200, 0, 100_000, "firms per quarter at scale 1.0",
            "Firms a competence centre invites per quarter.");

    private ParameterSchema() {
    }

    private static final java.util.regex.Pattern SHARE = java.util.regex.Pattern.compile("([^,;:=]*)=([^,;]*)");

    /**
     * A policy's shares are numbers as everywhere else: plain decimal or scientific notation
     * (PolicyMix reads them with Double.parseDouble, which also takes 0.5d or 0x1p-1).
     */
    private static String sharesProblem(String text, String otherwise) {
        java.util.regex.Matcher m = SHARE.matcher(text);
        while (m.find()) {
            String share = m.group(2).trim();
            if (!PlainNumber.hint(share).isEmpty()) {
                return "share of '" + m.group(1).trim() + "' is not a number: '" + share + "'" + PlainNumber.hint(share);
            }
        }
        return otherwise;
    }

    /** All parameters in definition order. */
    public static List<Param> all() {
        return Collections.unmodifiableList(ALL);
    }

    /** The parameter with this key, or null. */
    public static Param byKey(String key) {
        return BY_KEY.get(key);
    }

    /** Market firm shares are defined per market; see {@link #marketShare(LeadMarket)}. */
    private static final Map<LeadMarket, Param> MARKET_SHARES = new LinkedHashMap<>();

    static {
        // Assumed shares of the region's firms by main lead market: no official breakdown exists
        // (docs/ODD.md section 6); legacy industries are kept small but present.
        double[] shares = {0.14, 0.10, 0.10, 0.14, 0.12, 0.10, 0.08, 0.10, 0.04, 0.08};
        for (LeadMarket m : LeadMarket.values()) {
            MARKET_SHARES.put(m, real("markets." + m.key() + ".firm_share", shares[m.ordinal()], 0, 1, "share of firms",
                    "Share of firms whose main lead market is " + m.key() + " (all shares are normalised to sum 1)."));
        }
    }

    public static Param marketShare(LeadMarket market) {
        return MARKET_SHARES.get(market);
    }

    private static Param register(Param p) {
        if (BY_KEY.put(p.key(), p) != null) {
            throw new IllegalStateException("duplicate parameter " + p.key());
        }
        ALL.add(p);
        return p;
    }

    private static Param real(String key, double def, double min, double max, String unit, String text) {
        return register(new Param(key, Param.Type.REAL, def, min, max, unit, text, null, null, null));
    }

    private static Param integer(String key, long def, double min, double max, String unit, String text) {
        return register(new Param(key, Param.Type.INTEGER, def, min, max, unit, text, null, null, null));
    }

    private static Param text(String key, String def, String text, Param.TextRule rule,
                              UnaryOperator<String> canonicalForm) {
        return register(new Param(key, Param.Type.TEXT, def, 0, 0, "-", text, null, rule, canonicalForm));
    }

    private static Param choiceList(String key, List<String> def, String text) {
        List<String> names = new ArrayList<>();
        for (LeadMarket m : LeadMarket.values()) {
            names.add(m.key());
        }
        return register(new Param(key, Param.Type.CHOICE_LIST, List.copyOf(def), 0, 0, "-", text, names, null, null));
    }
}
