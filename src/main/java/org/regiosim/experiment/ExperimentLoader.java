package org.regiosim.experiment;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.regiosim.model.Metric;
import org.regiosim.model.params.Param;
import org.regiosim.model.params.ParameterSchema;
import org.regiosim.model.params.Parameters;
import org.regiosim.model.params.PlainNumber;
import org.regiosim.model.params.Suggest;
import org.regiosim.scenario.InputException;
import org.regiosim.scenario.YamlFiles;
import org.regiosim.scenario.Scenario;
import org.regiosim.scenario.ScenarioLoader;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Loads and validates an experiment file (docs/EXPERIMENTS.md describes the format). Every
 * problem is reported with the file, the line, the key and what is allowed.
 */
public final class ExperimentLoader {

    static final List<String> TOP_KEYS = List.of("name", "description", "scenario", "set", "seed", "replications",
            "design", "parameters", "metrics");
    static final List<String> DESIGN_KEYS = List.of("type", "samples", "bootstrap");
    static final List<String> RANGE_KEYS = List.of("min", "max", "levels");
    /** Most runs a sweep may have (a guard against typos such as samples: 1000000). */
    public static final long MAX_RUNS = 1_000_000;

    private ExperimentLoader() {
    }

    public static ExperimentSpec load(Path file) throws InputException {
        Node root = YamlFiles.compose(file);
        if (!(root instanceof MappingNode map)) {
            throw new InputException(file + (root == null ? ": empty file;" : " line " + YamlFiles.line(root) + ":")
                    + " an experiment must be a mapping with the keys " + String.join(", ", TOP_KEYS));
        }
        Map<String, NodeTuple> top = new LinkedHashMap<>();
        for (NodeTuple t : map.getValue()) {
            String k = scalarText(file, "", t.getKeyNode());
            if (!TOP_KEYS.contains(k)) {
                // A scenario file given where an experiment is expected has parameter keys at the top.
                boolean scenarioKey = ParameterSchema.byKey(k) != null || k.equals("data")
                        || ParameterSchema.all().stream().anyMatch(p -> p.key().startsWith(k + "."));
                throw new InputException(file + " line " + YamlFiles.line(t.getKeyNode()) + ": unknown key '" + k + "'"
                        + Suggest.nearestHint(k, TOP_KEYS) + "; allowed: " + String.join(", ", TOP_KEYS)
                        + (scenarioKey ? " (this looks like a scenario file: an experiment names its scenario under "
                        + "'scenario'; examples in scenarios/experiments/)" : ""));
            }
            if (top.put(k, t) != null) {
                throw new InputException(file + " line " + YamlFiles.line(t.getKeyNode()) + ": key '" + k + "' is given twice");
            }
        }
        String defaultName = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        String name = defaultName;
        if (top.containsKey("name")) {
            Node n = top.get("name").getValueNode();
            name = scalarText(file, "name", n);
            ScenarioLoader.checkName(file + " line " + YamlFiles.line(n) + ", key 'name'", name);
        }
        String description = top.containsKey("description")
                ? scalarText(file, "description", top.get("description").getValueNode()) : "";

        // base scenario
        NodeTuple sc = require(file, top, "scenario", "the base scenario file, relative to this file, e.g. ../ruhr-baseline.yaml");
        Path scenarioFile = file.toAbsolutePath().getParent().resolve(scalarText(file, "scenario", sc.getValueNode())).normalize();
        if (!Files.exists(scenarioFile)) {
            throw new InputException(file + " line " + YamlFiles.line(sc.getValueNode()) + ", key 'scenario': file " + scenarioFile
                    + " not found (paths are relative to the experiment file)");
        }
        if (Files.isDirectory(scenarioFile)) {
            throw new InputException(file + " line " + YamlFiles.line(sc.getValueNode()) + ", key 'scenario': " + scenarioFile
                    + " is a directory, expected a scenario YAML file");
        }
        Scenario base = ScenarioLoader.load(scenarioFile, List.of());
        Parameters params = base.parameters();
        Set<String> setKeys = new HashSet<>();
        if (top.containsKey("set")) {
            Node setNode = top.get("set").getValueNode();
            if (!(setNode instanceof MappingNode sm)) {
                throw new InputException(file + " line " + YamlFiles.line(setNode) + ", key 'set': expected a mapping of parameter "
                        + "keys to values, e.g. set: {scale: 0.02, steps: 40}");
            }
            params = applySet(file, sm, "", params, setKeys);
        }
        List<String> problems = params.crossProblems();
        if (!problems.isEmpty()) {
            throw new InputException(file + ", key 'set': " + problems.get(0));
        }
        base = base.withParameters(params);

        long seed = top.containsKey("seed") ? integer(file, "seed", top.get("seed").getValueNode(), 0, 9e15) : 1;
        int replications = top.containsKey("replications")
                ? (int) integer(file, "replications", top.get("replications").getValueNode(), 1, 10_000) : 1;

        // design
        NodeTuple dt = require(file, top, "design", "a mapping with type (" + String.join(", ", Design.Type.keys())
                + ") and, for latin_hypercube and sobol, samples");
        if (!(dt.getValueNode() instanceof MappingNode dm)) {
            throw new InputException(file + " line " + YamlFiles.line(dt.getValueNode()) + ", key 'design': expected a mapping with "
                    + "type and samples, e.g. design: {type: sobol, samples: 64}");
        }
        Map<String, Node> d = new LinkedHashMap<>();
        for (NodeTuple t : dm.getValue()) {
            String k = scalarText(file, "design", t.getKeyNode());
            if (!DESIGN_KEYS.contains(k)) {
                throw new InputException(file + " line " + YamlFiles.line(t.getKeyNode()) + ": unknown key 'design." + k + "'"
                        + Suggest.nearestHint(k, DESIGN_KEYS) + "; allowed: " + String.join(", ", DESIGN_KEYS));
            }
            d.put(k, t.getValueNode());
        }
        if (!d.containsKey("type")) {
            throw new InputException(file + " line " + YamlFiles.line(dm) + ", key 'design': type is missing; expected one of "
                    + String.join(", ", Design.Type.keys()));
        }
        String typeText = scalarText(file, "design.type", d.get("type"));
        Design.Type type = Design.Type.fromKey(typeText);
        if (type == null) {
            throw new InputException(file + " line " + YamlFiles.line(d.get("type")) + ", key 'design.type': '" + typeText
                    + "' is not a design; expected one of " + String.join(", ", Design.Type.keys())
                    + Suggest.nearestHint(typeText, Design.Type.keys()));
        }
        int samples = 0;
        if (type == Design.Type.FULL_FACTORIAL) {
            if (d.containsKey("samples")) {
                throw new InputException(file + " line " + YamlFiles.line(d.get("samples")) + ", key 'design.samples': a full "
                        + "factorial design has no samples (it takes every combination); remove the key");
            }
        } else {
            if (!d.containsKey("samples")) {
                throw new InputException(file + " line " + YamlFiles.line(dm) + ", key 'design.samples': required for " + type.key()
                        + "; a whole number from 2 to 1000000" + (type == Design.Type.SOBOL ? " (a power of 2 such as 64 "
                        + "is best)" : ""));
            }
            samples = (int) integer(file, "design.samples", d.get("samples"), 2, 1_000_000);
        }
        int bootstrap = 0;
        if (d.containsKey("bootstrap")) {
            if (type != Design.Type.SOBOL) {
                throw new InputException(file + " line " + YamlFiles.line(d.get("bootstrap")) + ", key 'design.bootstrap': only a "
                        + "sobol design has bootstrap intervals");
            }
            bootstrap = (int) integer(file, "design.bootstrap", d.get("bootstrap"), 0, 100_000);
        } else if (type == Design.Type.SOBOL) {
            bootstrap = 1000;
        }

        // factors
        NodeTuple pt = require(file, top, "parameters", "a mapping of parameter keys to lists [a, b] or ranges {min: a, max: b}");
        if (!(pt.getValueNode() instanceof MappingNode pm) || pm.getValue().isEmpty()) {
            throw new InputException(file + " line " + YamlFiles.line(pt.getValueNode()) + ", key 'parameters': expected a mapping of "
                    + "parameter keys to lists [a, b] or ranges {min: a, max: b}");
        }
        List<Factor> factors = new ArrayList<>();
        for (NodeTuple t : pm.getValue()) {
            Factor f = factor(file, t, type, params);
            if (setKeys.contains(f.param().key())) {
                // The sweep's values would replace the one under 'set' without a word.
                throw new InputException(file + " line " + YamlFiles.line(t.getKeyNode()) + ", key 'parameters."
                        + f.param().key() + "': also given under 'set'; a swept parameter takes its values from "
                        + "'parameters' only, so remove it from 'set'");
            }
            factors.add(f);
        }

        // outputs
        List<ExperimentSpec.Output> outputs = new ArrayList<>();
        if (top.containsKey("metrics")) {
            Node mn = top.get("metrics").getValueNode();
            if (!(mn instanceof MappingNode mm) || mm.getValue().isEmpty()) {
                throw new InputException(file + " line " + YamlFiles.line(mn) + ", key 'metrics': expected a mapping of metric to "
                        + "measure, e.g. metrics: {innovations: total, mean_trust: final}");
            }
            for (NodeTuple t : mm.getValue()) {
                outputs.add(output(file, t));
            }
        } else {
            outputs.add(new ExperimentSpec.Output(Metric.INNOVATIONS, Measure.TOTAL));
            outputs.add(new ExperimentSpec.Output(Metric.TRANSACTION_COSTS, Measure.TOTAL));
            outputs.add(new ExperimentSpec.Output(Metric.COOPERATION_RATE, Measure.AVERAGE));
        }

        // Replication i runs with the base scenario's seed + i, which must stay a valid seed.
        long maxSeed = (long) ParameterSchema.SEED.max();
        if (base.seed() > maxSeed - (replications - 1)) {
            throw new InputException(file + ", key 'replications': " + replications + " replications run with seeds "
                    + base.seed() + " to " + (base.seed() + replications - 1) + " (the scenario's seed, from "
                    + scenarioFile + (top.containsKey("set") ? " or 'set'" : "") + ", plus 0, 1, ...); seeds go up to "
                    + maxSeed + ": set the scenario's seed to at most " + (maxSeed - (replications - 1)));
        }
        long points = Design.pointCount(type, factors, samples);
        if (points * replications > MAX_RUNS) {
            throw new InputException(file + ": the design has " + points + " points x " + replications
                    + " replications = " + points * replications + " runs; at most " + MAX_RUNS + " are allowed");
        }
        Design design = Design.create(type, factors, samples, seed);
        if (type == Design.Type.SOBOL) {
            int flat = design.factorSameInAandB();
            if (flat >= 0) {
                throw new InputException(file + ", key 'design.samples': with " + samples + " base samples the design "
                        + "gives '" + factors.get(flat).param().key() + "' the same values in A and B, so its indices "
                        + "cannot be estimated; use more samples" + (samples < 256 ? " (256 or more is advised, a power of 2)" : ""));
            }
        }
        for (int i = 0; i < design.size(); i++) {
            Parameters p = pointParameters(base.parameters(), design, i);
            List<String> pr = p.crossProblems();
            if (!pr.isEmpty()) {
                throw new InputException(file + ", key 'parameters': design point " + i + " " + describe(design, i)
                        + " is inconsistent: " + pr.get(0) + "; narrow the ranges");
            }
        }
        return new ExperimentSpec(name, description, file, base, design, replications, seed, bootstrap, outputs);
    }

    /** The base parameters with a design point's values. */
    public static Parameters pointParameters(Parameters base, Design design, int point) {
        Object[] v = design.point(point);
        Parameters p = base;
        for (int i = 0; i < v.length; i++) {
            p = p.with(design.factors().get(i).param(), v[i]);
        }
        return p;
    }

    static String describe(Design design, int point) {
        Object[] v = design.point(point);
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < v.length; i++) {
            parts.add(design.factors().get(i).key() + "=" + v[i]);
        }
        return "(" + String.join(", ", parts) + ")";
    }

    private static Factor factor(Path file, NodeTuple t, Design.Type type, Parameters base) throws InputException {
        String key = scalarText(file, "parameters", t.getKeyNode());
        String where = file + " line " + YamlFiles.line(t.getKeyNode()) + ", key 'parameters." + key + "'";
        Param p = ParameterSchema.byKey(key);
        if (p == null) {
            List<String> keys = ParameterSchema.all().stream().map(Param::key).toList();
            throw new InputException(where + ": unknown parameter" + Suggest.nearestHint(key, keys)
                    + "; write dotted keys such as firms.opportunity_rate ('regiosim params' lists them)");
        }
        if (p == ParameterSchema.SEED) {
            throw new InputException(where + ": the seed is not swept; each replication has its own seed (use replications)");
        }
        String schedule = base.text(ParameterSchema.POLICY_CHANGES);
        if (p == ParameterSchema.POLICY && !schedule.isBlank()) {
            // The schedule would switch every point to the same policies part-way through.
            throw new InputException(where + ": the scenario schedules policy changes (policy_changes: " + schedule
                    + ") that would replace the swept policy during the run; add policy_changes: '' under 'set'");
        }
        Node v = t.getValueNode();
        if (v instanceof SequenceNode seq) {
            if (seq.getValue().isEmpty()) {
                throw new InputException(where + ": the list of values is empty");
            }
            List<Object> values = new ArrayList<>();
            Map<Object, String> firstText = new LinkedHashMap<>(); // by the level's meaning
            for (Node item : seq.getValue()) {
                String text = scalarText(file, "parameters." + key, item);
                try {
                    base.with(p, text);
                } catch (IllegalArgumentException e) {
                    throw new InputException(file + " line " + YamlFiles.line(item) + ", key 'parameters." + key + "': value '"
                            + text + "': " + e.getMessage());
                }
                // Text levels in their canonical form (a mix 'brokerage,cofunding' is recorded as
                // brokerage=0.5,cofunding=0.5), as the run's parameters record them.
                Object value = p.type() == Param.Type.REAL ? (Object) PlainNumber.parse(text)
                        : p.type() == Param.Type.INTEGER ? (Object) Math.round(PlainNumber.parse(text))
                        : p.canonical(text.trim());
                // Levels that mean the same (0.1 and 1e-1; brokerage and brokerage=1) would run twice
                // under two labels. A mix in another order is another level: the agency asks its
                // policies in the order given.
                String earlier = firstText.putIfAbsent(value, text);
                if (earlier != null) {
                    throw new InputException(file + " line " + YamlFiles.line(item) + ", key 'parameters." + key + "': value '"
                            + text + "' is listed twice" + (earlier.equals(text) ? "" : " (it means the same as '" + earlier + "')"));
                }
                values.add(value);
            }
            return Factor.list(p, values);
        }
        if (v instanceof MappingNode m) {
            if (p.type() != Param.Type.REAL && p.type() != Param.Type.INTEGER) {
                throw new InputException(where + ": a range {min, max} needs a numeric parameter; " + key
                        + " takes " + p.allowed() + ", so give a list of values [a, b, ...]");
            }
            Map<String, Node> r = new LinkedHashMap<>();
            for (NodeTuple rt : m.getValue()) {
                String rk = scalarText(file, "parameters." + key, rt.getKeyNode());
                if (!RANGE_KEYS.contains(rk)) {
                    throw new InputException(file + " line " + YamlFiles.line(rt.getKeyNode()) + ", key 'parameters." + key + "."
                            + rk + "': unknown; a range has min, max and (for full_factorial) levels");
                }
                r.put(rk, rt.getValueNode());
            }
            if (!r.containsKey("min") || !r.containsKey("max")) {
                throw new InputException(where + ": a range needs both min and max, e.g. {min: 0.1, max: 0.4}");
            }
            double min = bound(file, key, p, base, r.get("min"));
            double max = bound(file, key, p, base, r.get("max"));
            if (!(min < max)) {
                throw new InputException(where + ": min (" + min + ") must be below max (" + max + ")");
            }
            int levels = 0;
            if (r.containsKey("levels")) {
                if (type != Design.Type.FULL_FACTORIAL) {
                    throw new InputException(file + " line " + YamlFiles.line(r.get("levels")) + ", key 'parameters." + key
                            + ".levels': levels are only used by full_factorial; " + type.key() + " samples the range");
                }
                levels = (int) integer(file, "parameters." + key + ".levels", r.get("levels"), 2, 10_000);
            } else if (type == Design.Type.FULL_FACTORIAL) {
                throw new InputException(where + ": a full factorial design needs levels for a range, e.g. "
                        + "{min: 0.1, max: 0.4, levels: 4}, or a list of values");
            }
            return Factor.range(p, min, max, levels);
        }
        throw new InputException(where + ": expected a list [a, b, ...] or a range {min: a, max: b}; got a single value "
                + "(fixed values belong under 'set')");
    }

    private static double bound(Path file, String key, Param p, Parameters base, Node n) throws InputException {
        String text = scalarText(file, "parameters." + key, n);
        try {
            base.with(p, text);
            return PlainNumber.parse(text);
        } catch (IllegalArgumentException e) {
            throw new InputException(file + " line " + YamlFiles.line(n) + ", key 'parameters." + key + "': '" + text + "': "
                    + e.getMessage());
        }
    }

    private static ExperimentSpec.Output output(Path file, NodeTuple t) throws InputException {
        String name = scalarText(file, "metrics", t.getKeyNode());
        List<String> columns = new ArrayList<>();
        Metric metric = null;
        for (Metric m : Metric.values()) {
            columns.add(m.column());
            if (m.column().equals(name)) {
                metric = m;
            }
        }
        if (metric == null) {
            throw new InputException(file + " line " + YamlFiles.line(t.getKeyNode()) + ", key 'metrics." + name + "': unknown metric"
                    + Suggest.nearestHint(name, columns) + "; 'regiosim metrics' lists them");
        }
        String mt = scalarText(file, "metrics." + name, t.getValueNode());
        Measure measure = Measure.fromKey(mt);
        if (measure == null) {
            throw new InputException(file + " line " + YamlFiles.line(t.getValueNode()) + ", key 'metrics." + name + "': '" + mt
                    + "' is not a measure; expected final, total or average");
        }
        if (!measure.appliesTo(metric)) {
            throw new InputException(file + " line " + YamlFiles.line(t.getValueNode()) + ", key 'metrics." + name + "': total is "
                    + "only defined for flow metrics (unit '... per quarter') and costs per innovation; " + name + " is in " + metric.unit()
                    + ", use final or average");
        }
        return new ExperimentSpec.Output(metric, measure);
    }

    private static Parameters applySet(Path file, MappingNode m, String prefix, Parameters params, Set<String> given)
            throws InputException {
        for (NodeTuple t : m.getValue()) {
            String key = prefix + scalarText(file, "set", t.getKeyNode());
            Param p = ParameterSchema.byKey(key);
            Node v = t.getValueNode();
            if (p == null && v instanceof MappingNode nested) {
                params = applySet(file, nested, key + ".", params, given);
                continue;
            }
            // A dotted key and the nested form of the same key (trust.gain, trust: {gain}) are one key.
            if (p != null && !given.add(key)) {
                throw new InputException(file + " line " + YamlFiles.line(t.getKeyNode()) + ": key 'set." + key
                        + "' is given twice");
            }
            if (p == null && ScenarioLoader.isScenarioFileKey(key)) {
                throw new InputException(file + " line " + YamlFiles.line(t.getKeyNode()) + ", key 'set." + key
                        + "': not a parameter; " + key + " can only be given in the scenario file"
                        + (key.equals("name") || key.equals("description") ? " (the experiment's own " + key
                        + " is the top-level key '" + key + "')" : ""));
            }
            if (p == null) {
                List<String> keys = ParameterSchema.all().stream().map(Param::key).toList();
                throw new InputException(file + " line " + YamlFiles.line(t.getKeyNode()) + ", key 'set." + key
                        + "': unknown parameter" + Suggest.nearestHint(key, keys) + "; 'regiosim params' lists them");
            }
            Object raw;
            if (p == ParameterSchema.POLICY && v instanceof MappingNode pm) {
                // policy: {brokerage: 0.5, cofunding: 0.5}, as in scenario files
                List<String> parts = new ArrayList<>();
                for (NodeTuple pt : pm.getValue()) {
                    parts.add(scalarText(file, "set.policy", pt.getKeyNode()) + "="
                            + scalarText(file, "set.policy", pt.getValueNode()));
                }
                raw = String.join(",", parts);
            } else if (v instanceof SequenceNode seq) {
                List<String> items = new ArrayList<>();
                for (Node item : seq.getValue()) {
                    items.add(scalarText(file, "set." + key, item));
                }
                raw = items;
            } else {
                raw = scalarText(file, "set." + key, v);
            }
            try {
                params = params.with(p, raw);
            } catch (IllegalArgumentException e) {
                throw new InputException(file + " line " + YamlFiles.line(t.getKeyNode()) + ", key 'set." + key + "': "
                        + e.getMessage());
            }
        }
        return params;
    }

    private static NodeTuple require(Path file, Map<String, NodeTuple> top, String key, String what) throws InputException {
        NodeTuple t = top.get(key);
        if (t == null) {
            throw new InputException(file + ": key '" + key + "' is required: " + what);
        }
        return t;
    }

    private static long integer(Path file, String key, Node n, double min, double max) throws InputException {
        String text = scalarText(file, key, n);
        Double parsed = PlainNumber.parse(text);
        double v = parsed == null ? Double.NaN : parsed;
        if (!(v >= min && v <= max) || v != Math.rint(v)) {
            throw new InputException(file + " line " + YamlFiles.line(n) + ", key '" + key + "': '" + text + "' is not a whole number"
                    + " from " + (long) min + " to " + (long) max);
        }
        return (long) v;
    }

    private static String scalarText(Path file, String key, Node n) throws InputException {
        if (n instanceof ScalarNode s) {
            return s.getValue().trim();
        }
        throw new InputException(file + " line " + YamlFiles.line(n) + (key.isEmpty() ? "" : ", key '" + key + "'")
                + ": expected a plain value here, got a " + (n instanceof MappingNode ? "mapping" : "list"));
    }


}
