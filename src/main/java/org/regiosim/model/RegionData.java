package org.regiosim.model;

import java.util.List;

/** The region the model is built on: its municipalities and its listed universities. */
public record RegionData(List<MunicipalitySpec> municipalities, List<UniversitySpec> universities) {

    public RegionData {
        municipalities = List.copyOf(municipalities);
        universities = List.copyOf(universities);
        if (municipalities.isEmpty()) {
            throw new IllegalArgumentException("a region needs at least one municipality");
        }
    }
}
