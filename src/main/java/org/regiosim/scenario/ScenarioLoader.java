package org.regiosim.scenario;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.regiosim.model.params.Param;
import org.regiosim.model.params.ParameterSchema;
import org.regiosim.model.params.Parameters;
import org.regiosim.model.params.Suggest;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Loads a scenario file: YAML whose nested keys are the dotted parameter keys of
 * {@link ParameterSchema}, plus {@code name}, {@code description} and {@code data}. Every problem
 * is reported with the file, the line, the key and what is allowed.
 */
public final class ScenarioLoader {

    /** Keys that are not model parameters. */
    private static final List<String> META_KEYS = List.of("name", "description", "data.municipalities",
            "data.universities");
    /** A name becomes the default output directory (results/NAME): no path separators, no '..'. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]{0,99}");
    static final String DEFAULT_MUNICIPALITIES = "data/ruhr-municipalities.csv";
    static final String DEFAULT_UNIVERSITIES = "data/ruhr-universities.csv";

    private ScenarioLoader() {
    }

    /** Loads a scenario file and applies {@code --set key=value} overrides in order. */
    public static Scenario load(Path file, List<String> overrides) throws InputException {
        Node root = YamlFiles.compose(file);
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        if (root != null) {
            if (!(root instanceof MappingNode map)) {
                throw new InputException(file + " line " + YamlFiles.line(root) + ": a scenario must be a mapping of keys to values");
            }
            flatten(file, map, "", values, lines);
        }
        Parameters params = Parameters.defaults();
        for (Map.Entry<String, Object> e : values.entrySet()) {
            Param p = ParameterSchema.byKey(e.getKey());
            if (p == null) {
                continue; // a meta key
            }
            try {
                params = params.with(p, e.getValue());
            } catch (IllegalArgumentException ex) {
                throw new InputException(file + " line " + lines.get(e.getKey()) + ", key '" + e.getKey() + "': "
                        + ex.getMessage());
            }
        }
        for (String o : overrides) {
            params = applyOverride(params, o);
        }
        List<String> problems = params.crossProblems();
        if (!problems.isEmpty()) {
            // "key: message": named where the key was given, the last --set or else the file's line.
            String problem = problems.get(0);
            int colon = problem.indexOf(": ");
            String key = colon < 0 ? "" : problem.substring(0, colon);
            for (int i = overrides.size() - 1; i >= 0; i--) {
                String o = overrides.get(i);
                int eq = o.indexOf('=');
                if (!key.isEmpty() && eq > 0 && o.substring(0, eq).trim().equals(key)) {
                    throw new InputException("--set " + overrides.get(i) + ": " + file + ": " + problem);
                }
            }
            Integer line = lines.get(key);
            throw new InputException(line == null ? file + ": " + problem
                    : file + " line " + line + ", key '" + key + "'" + problem.substring(colon));
        }
        if (values.containsKey("name")) {
            checkName(file + " line " + lines.get("name") + ", key 'name'", values.get("name").toString());
        }
        Path municipalities = dataFile(file, values, lines, "data.municipalities", DEFAULT_MUNICIPALITIES);
        Path universities = dataFile(file, values, lines, "data.universities", DEFAULT_UNIVERSITIES);
        String name = textOr(values, "name", stripExtension(file.getFileName().toString()));
        String description = textOr(values, "description", "");
        return new Scenario(name, description, file, params, RegionDataReader.read(municipalities, universities),
                municipalities, universities);
    }

    /**
     * Checks a scenario's or experiment's name, which is also its default output directory
     * (results/NAME): it must not leave results/ or nest directories.
     *
     * @param where the file, line and key, e.g. "s.yaml line 1, key 'name'"
     */
    public static void checkName(String where, String name) throws InputException {
        if (!NAME.matcher(name).matches()) {
            throw new InputException(where + ": '" + name + "' is not a valid name; expected 1 to 100 letters (A-Z, a-z), "
                    + "digits, '-', '_' and '.', not starting with '.' (the name is the default output directory "
                    + "results/<name>)");
        }
    }

    /** Whether a key belongs to the scenario file itself (name, description, data.*), not to the parameters. */
    public static boolean isScenarioFileKey(String key) {
        return META_KEYS.contains(key) || key.equals("data");
    }

    /**
     * The override for a command-line option that sets one parameter (--seed, --steps, --scales):
     * a bad value is reported under the option the user gave, not as a --set.
     */
    public static String optionOverride(String option, Param p, Object value) throws InputException {
        String text = String.valueOf(value);
        try {
            Parameters.defaults().with(p, text);
        } catch (IllegalArgumentException ex) {
            throw new InputException(option + " " + text + ": " + ex.getMessage());
        }
        return p.key() + "=" + text;
    }

    /** Applies one {@code key=value} override. */
    public static Parameters applyOverride(Parameters params, String override) throws InputException {
        int eq = override.indexOf('=');
        if (eq <= 0) {
            throw new InputException("--set " + override + ": expected key=value, e.g. --set scale=0.1");
        }
        String key = override.substring(0, eq).trim();
        String value = override.substring(eq + 1).trim();
        Param p = ParameterSchema.byKey(key);
        if (p == null && isScenarioFileKey(key)) {
            throw new InputException("--set " + override + ": key '" + key + "' can only be given in the scenario file, "
                    + "not with --set (--set takes the parameters that 'regiosim params' lists)");
        }
        if (p == null) {
            throw new InputException("--set " + override + ": unknown key '" + key + "'" + suggestion(key)
                    + "; 'regiosim params' lists all keys");
        }
        try {
            return params.with(p, value);
        } catch (IllegalArgumentException ex) {
            throw new InputException("--set " + override + ": key '" + key + "': " + ex.getMessage());
        }
    }


    private static void flatten(Path file, MappingNode map, String prefix, Map<String, Object> values,
                                Map<String, Integer> lines) throws InputException {
        for (NodeTuple t : map.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode k)) {
                throw new InputException(file + " line " + YamlFiles.line(t.getKeyNode()) + ": keys must be plain names");
            }
            String key = prefix + k.getValue();
            // Across levels: a dotted key and the nested form of the same key are the same key.
            if (values.containsKey(key)) {
                throw new InputException(file + " line " + YamlFiles.line(k) + ": key '" + key + "' is given twice");
            }
            Node v = t.getValueNode();
            Param p = ParameterSchema.byKey(key);
            if (p != null || META_KEYS.contains(key)) {
                values.put(key, convert(file, key, p, v));
                lines.put(key, YamlFiles.line(k));
            } else if (v instanceof MappingNode nested && isPrefix(key + ".")) {
                flatten(file, nested, key + ".", values, lines);
            } else if (isPrefix(key + ".")) {
                // A section (data, firms, markets.health, ...) given a value instead of its keys.
                String[] expected = section(key);
                throw new InputException(file + " line " + YamlFiles.line(k) + ", key '" + key + "': expected a mapping "
                        + expected[0] + ", got " + (v instanceof ScalarNode s ? "'" + s.getValue() + "'" : "a list") + "; e.g. "
                        + expected[1]);
            } else {
                // An experiment file given where a scenario is expected has these keys at the top.
                boolean experimentKey = prefix.isEmpty() && (key.equals("scenario") || key.equals("design")
                        || key.equals("parameters") || key.equals("replications"));
                throw new InputException(file + " line " + YamlFiles.line(k) + ": unknown key '" + key + "'" + suggestion(key)
                        + "; 'regiosim params' lists all keys"
                        + (experimentKey ? " (this looks like an experiment file: run it with 'regiosim sweep')" : ""));
            }
        }
    }

    /** Turns a YAML node into the raw value a parameter takes (scalars, lists, policy forms). */
    private static Object convert(Path file, String key, Param p, Node v) throws InputException {
        if (v instanceof ScalarNode s) {
            return s.getValue();
        }
        if (p == ParameterSchema.POLICY && v instanceof MappingNode m) {
            // policy: {brokerage: 0.5, cofunding: 0.5}
            List<String> parts = new ArrayList<>();
            for (NodeTuple t : m.getValue()) {
                parts.add(scalar(file, key, t.getKeyNode()) + "=" + scalar(file, key, t.getValueNode()));
            }
            return String.join(",", parts);
        }
        if (p == ParameterSchema.POLICY_CHANGES && v instanceof SequenceNode seq) {
            // policy_changes: [{step: 40, policy: brokerage}, ...]
            List<String> parts = new ArrayList<>();
            for (Node item : seq.getValue()) {
                if (!(item instanceof MappingNode m)) {
                    throw new InputException(file + " line " + YamlFiles.line(item) + ", key '" + key
                            + "': each change needs the keys step and policy");
                }
                String step = null;
                String policy = null;
                for (NodeTuple t : m.getValue()) {
                    String k = scalar(file, key, t.getKeyNode());
                    if (k.equals("step")) {
                        step = scalar(file, key, t.getValueNode());
                    } else if (k.equals("policy")) {
                        policy = t.getValueNode() instanceof MappingNode pm
                                ? (String) convert(file, "policy", ParameterSchema.POLICY, pm)
                                : scalar(file, key, t.getValueNode());
                    } else {
                        throw new InputException(file + " line " + YamlFiles.line(t.getKeyNode()) + ", key '" + key
                                + "': unknown key '" + k + "' in a change; expected step and policy");
                    }
                }
                if (step == null || policy == null) {
                    throw new InputException(file + " line " + YamlFiles.line(item) + ", key '" + key
                            + "': each change needs the keys step and policy");
                }
                parts.add(step + ":" + policy);
            }
            return String.join(";", parts);
        }
        if (v instanceof SequenceNode seq && p != null && p.type() == Param.Type.CHOICE_LIST) {
            List<String> items = new ArrayList<>();
            for (Node item : seq.getValue()) {
                items.add(scalar(file, key, item));
            }
            return items;
        }
        throw new InputException(file + " line " + YamlFiles.line(v) + ", key '" + key + "': expected "
                + (p == null ? "text" : p.allowed()) + ", got a " + (v instanceof MappingNode ? "mapping" : "list"));
    }

    private static String scalar(Path file, String key, Node n) throws InputException {
        if (n instanceof ScalarNode s) {
            return s.getValue();
        }
        throw new InputException(file + " line " + YamlFiles.line(n) + ", key '" + key + "': expected a plain value here");
    }

    /** What a section holds, and an example. */
    private static String[] section(String section) {
        if (section.equals("data")) {
            return new String[] {"with the keys municipalities and universities (CSV files, relative to the scenario file)",
                "data: {municipalities: " + DEFAULT_MUNICIPALITIES + ", universities: " + DEFAULT_UNIVERSITIES + "}"};
        }
        for (Param p : ParameterSchema.all()) {
            if (p.key().startsWith(section + ".")) {
                return new String[] {"of the keys under " + section, section + ": {" + p.key().substring(section.length() + 1)
                        + ": " + p.defaultValue() + "} ('regiosim params' lists the keys)"};
            }
        }
        return new String[] {"of keys", "'regiosim params'"};
    }

    private static boolean isPrefix(String prefix) {
        for (Param p : ParameterSchema.all()) {
            if (p.key().startsWith(prefix)) {
                return true;
            }
        }
        return META_KEYS.stream().anyMatch(k -> k.startsWith(prefix));
    }

    private static String suggestion(String key) {
        List<String> keys = new ArrayList<>(META_KEYS);
        for (Param p : ParameterSchema.all()) {
            keys.add(p.key());
        }
        String hint = Suggest.nearestHint(key, keys);
        if (hint.isEmpty()) {
            // A misspelt last part of a nested key: compare within the same section.
            int dot = key.lastIndexOf('.');
            if (dot > 0) {
                String section = key.substring(0, dot + 1);
                List<String> same = keys.stream().filter(k -> k.startsWith(section)).toList();
                hint = Suggest.nearestHint(key, same);
            }
        }
        return hint;
    }

    /**
     * A region data file, relative to the scenario file. A missing one is reported with the
     * scenario file and the key it comes from (or whose default it is), not only its path.
     */
    private static Path dataFile(Path file, Map<String, Object> values, Map<String, Integer> lines, String key,
                                 String fallback) throws InputException {
        Path dir = file.toAbsolutePath().getParent();
        Path data = dir.resolve(textOr(values, key, fallback)).normalize();
        if (!Files.exists(data)) {
            if (values.containsKey(key)) {
                throw new InputException(file + " line " + lines.get(key) + ", key '" + key + "': " + data
                        + ": file not found (paths are relative to the scenario file)");
            }
            throw new InputException(file + ", key '" + key + "': " + data + ": file not found (the key is not given, so "
                    + "its default " + fallback + ", relative to the scenario file, is used; set " + key
                    + " to the CSV file's path)");
        }
        return data;
    }

    private static String textOr(Map<String, Object> values, String key, String fallback) {
        Object v = values.get(key);
        return v == null ? fallback : v.toString();
    }

    private static String stripExtension(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

}
