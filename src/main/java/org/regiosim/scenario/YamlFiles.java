package org.regiosim.scenario;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Set;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Reads YAML files (scenarios, experiments) into SnakeYAML's node tree, which keeps line numbers. */
public final class YamlFiles {

    private YamlFiles() {
    }

    /** The file's node tree (null for an empty file); duplicate keys and malformed YAML are input errors. */
    public static Node compose(Path file) throws InputException {
        String text = TextFiles.readUtf8(file, "a YAML file");
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            Node root = new Yaml(options).compose(new StringReader(text));
            rejectDuplicateKeys(file, root, "", Collections.newSetFromMap(new IdentityHashMap<>()));
            return root;
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            throw new InputException(file + " line " + line + ": malformed YAML: " + e.getProblem());
        } catch (ReaderException e) {
            // SnakeYAML gives only the character's index in the text, not its line.
            throw new InputException(file + " " + lineAndColumn(text, e.getPosition()) + ": the character "
                    + String.format("U+%04X", e.getCodePoint()) + " is not allowed in YAML (a control character, "
                    + "perhaps pasted from another program); delete it");
        } catch (YAMLException e) {
            throw new InputException(file + ": malformed YAML: " + e.getMessage());
        }
    }

    /** "line L, column C" (both from 1) of the code point at {@code index} of {@code text}. */
    static String lineAndColumn(String text, int index) {
        int line = 1;
        int column = 1;
        int i = 0;
        for (int cp = 0; cp < index && i < text.length(); cp++) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return "line " + line + ", column " + column;
    }

    /**
     * SnakeYAML's duplicate-key check applies only when it constructs Java objects, not to the
     * node tree, so a mapping that gives a key twice is caught here (the later value would
     * otherwise silently win). The message names the key by its dotted path.
     */
    private static void rejectDuplicateKeys(Path file, Node node, String path, Set<Node> visited) throws InputException {
        if (!visited.add(node)) {
            return; // an alias of a node already checked
        }
        if (node instanceof MappingNode m) {
            Set<String> seen = new HashSet<>();
            for (NodeTuple t : m.getValue()) {
                String key = t.getKeyNode() instanceof ScalarNode k ? k.getValue() : null;
                String child = key == null ? path : path.isEmpty() ? key : path + "." + key;
                if (key != null && !seen.add(key)) {
                    throw new InputException(file + " line " + line(t.getKeyNode()) + ": key '" + child + "' is given twice");
                }
                rejectDuplicateKeys(file, t.getValueNode(), child, visited);
            }
        } else if (node instanceof SequenceNode s) {
            for (Node item : s.getValue()) {
                rejectDuplicateKeys(file, item, path, visited);
            }
        }
    }

    /** The 1-based line a node starts on (0 if unknown). */
    public static int line(Node n) {
        return n.getStartMark() == null ? 0 : n.getStartMark().getLine() + 1;
    }
}
