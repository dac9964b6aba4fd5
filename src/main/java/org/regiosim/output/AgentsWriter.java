package org.regiosim.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.regiosim.model.Agent;
import org.regiosim.model.Firm;
import org.regiosim.model.Institution;
import org.regiosim.model.Municipality;
import org.regiosim.model.RegioSim;
import org.regiosim.model.TrustLedger;
import org.regiosim.model.University;

/**
 * agents.csv: one row per active agent at the end of a run (agent-level data beside the
 * model-level timeseries.csv): municipalities, then universities, then firms, each by id.
 * Columns that do not apply to an agent's kind are NA.
 */
public final class AgentsWriter {

    public static final String HEADER = "agent_id,kind,name,municipality,lead_market,employees,capital,founded_step,"
            + "cooperation_probability,generalised_trust,remembered_partners,mean_trust_in_partners,institution_id,"
            + "institution_kind,last_decision_step,last_choice";

    private AgentsWriter() {
    }

    public static void write(Path file, RegioSim sim) throws IOException {
        List<Agent> agents = new ArrayList<>(sim.municipalities());
        agents.addAll(sim.universities());
        List<Firm> firms = new ArrayList<>();
        for (int i = 0; i < sim.population().size(); i++) {
            firms.add(sim.population().get(i));
        }
        firms.sort(Comparator.comparingInt(Firm::getId));
        agents.addAll(firms);
        try (StreamingCsv csv = new StreamingCsv(file, HEADER)) {
            for (Agent a : agents) {
                csv.row(row(sim, a));
            }
            csv.commit();
        }
    }

    static String row(RegioSim sim, Agent a) {
        List<String> f = new ArrayList<>();
        f.add(Integer.toString(a.getId()));
        f.add(a.kind().name().toLowerCase(java.util.Locale.ROOT));
        Firm firm = a instanceof Firm x ? x : null;
        f.add(a instanceof Municipality m ? Csv.text(m.name()) : a instanceof University u ? Csv.text(u.name()) : "NA");
        f.add(Csv.text(a.home().name()));
        f.add(firm == null ? "NA" : firm.market().key());
        f.add(firm == null ? "NA" : Integer.toString(firm.employees()));
        f.add(firm == null ? "NA" : Csv.num(firm.capitalNow(sim)));
        f.add(firm == null ? "NA" : Integer.toString(firm.getFounded()));
        f.add(Csv.num(a.getCooperationProbability()));
        f.add(Csv.num(a.getGeneralisedTrust()));
        TrustLedger ties = a.ties();
        f.add(Integer.toString(ties.size()));
        double sum = 0;
        for (int i = 0; i < ties.size(); i++) {
            sum += ties.trust(i);
        }
        f.add(ties.size() == 0 ? "NA" : Csv.num(sum / ties.size()));
        Institution inst = a.institution();
        f.add(inst == null ? "NA" : Integer.toString(inst.id()));
        f.add(inst == null ? "NA" : inst.kind().name().toLowerCase(java.util.Locale.ROOT));
        int last = a.getLastDecisionStep();
        f.add(last < 0 ? "NA" : Integer.toString(last));
        f.add(last < 0 ? "NA" : a.getChoseCooperate() ? "cooperate" : "compete");
        return Csv.row(f);
    }
}
