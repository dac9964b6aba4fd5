package org.regiosim.scenario;

import java.nio.file.Path;

import org.regiosim.model.RegionData;
import org.regiosim.model.params.ParameterSchema;
import org.regiosim.model.params.Parameters;

/**
 * A loaded, validated scenario: its name and description, the file it came from, the resolved
 * parameters (defaults, then the file, then any --set overrides) and the region data.
 */
public record Scenario(String name, String description, Path file, Parameters parameters, RegionData region,
                       Path municipalitiesFile, Path universitiesFile) {

    public long seed() { return parameters.integer(ParameterSchema.SEED); }

    public int steps() { return parameters.intValue(ParameterSchema.STEPS); }

    public String policy() { return parameters.text(ParameterSchema.POLICY); }

    /** The same scenario with other parameters (for sweeps and policy arms). */
    public Scenario withParameters(Parameters p) {
        return new Scenario(name, description, file, p, region, municipalitiesFile, universitiesFile);
    }
}
