package org.regiosim.experiment;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

import org.regiosim.scenario.Scenario;

/**
 * The SHA-256 of everything that determines an experiment's runs, written as key=value lines. A
 * journal is continued only by an experiment with the same fingerprint, so runs of two different
 * experiments are never mixed in one set of results.
 */
final class Fingerprint {

    private final StringBuilder text = new StringBuilder();

    Fingerprint(String toolVersion) {
        add("tool", toolVersion);
        add("model_code", ModelCode.sha256());
    }

    Fingerprint add(String key, Object value) {
        text.append(key).append('=').append(value).append('\n');
        return this;
    }

    /**
     * Every parameter of a scenario and its region's data by content (every municipality and
     * university with all its fields), not by file name: a moved checkout still continues its
     * journal, and an edited data file does not.
     */
    Fingerprint addScenario(Scenario s) {
        for (Map.Entry<String, Object> e : s.parameters().asMap().entrySet()) {
            add(e.getKey(), e.getValue());
        }
        return add("region", s.region());
    }

    String sha256() {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
