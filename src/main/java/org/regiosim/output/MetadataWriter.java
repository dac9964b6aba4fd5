package org.regiosim.output;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.regiosim.experiment.ModelCode;
import org.regiosim.scenario.Scenario;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** metadata.json: provenance of a result directory, beside its data. */
public final class MetadataWriter {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private MetadataWriter() {
    }

    /** The common part: tool, version, commit, Java, scenario with all resolved parameters. */
    public static Map<String, Object> base(String command, Scenario scenario) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("tool", "regiosim");
        m.put("version", Provenance.toolVersion());
        m.put("git_commit", Provenance.gitCommit());
        m.put("model_code_sha256", ModelCode.sha256());
        m.put("java_version", Provenance.javaVersion());
        m.put("garbage_collector", Provenance.garbageCollector());
        m.put("command", command);
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("name", scenario.name());
        s.put("description", scenario.description());
        s.put("file", scenario.file().toString());
        s.put("municipalities_file", scenario.municipalitiesFile().toString());
        s.put("universities_file", scenario.universitiesFile().toString());
        s.put("parameters", scenario.parameters().asMap());
        m.put("scenario", s);
        return m;
    }

    public static void write(Path file, Map<String, Object> metadata) throws IOException {
        AtomicFiles.write(file, out -> JSON.writeValue(out, metadata));
    }

    public static String now() {
        return Instant.now().toString();
    }
}
