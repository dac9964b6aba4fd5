package org.regiosim.scenario;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/** Reads YAML files (scenarios, experiments) into SnakeYAML's node tree, which keeps line numbers. */
public final class YamlFiles {

    private YamlFiles() {
    }

    /** The file's node tree (null for an empty file); duplicate keys and malformed YAML are input errors. */
    public static Node compose(Path file) throws InputException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            return new Yaml(options).compose(r);
        } catch (NoSuchFileException e) {
            throw new InputException(file + ": file not found");
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            throw new InputException(file + " line " + line + ": malformed YAML: " + e.getProblem());
        } catch (YAMLException e) {
            throw new InputException(file + ": malformed YAML: " + e.getMessage());
        } catch (IOException e) {
            throw new InputException(file + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    /** The 1-based line a node starts on (0 if unknown). */
    public static int line(Node n) {
        return n.getStartMark() == null ? 0 : n.getStartMark().getLine() + 1;
    }
}
