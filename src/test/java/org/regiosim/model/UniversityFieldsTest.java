package org.regiosim.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.regiosim.TestRegions;
import org.regiosim.model.params.ParameterSchema;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class UniversityFieldsTest {

    /** Before, fields were drawn with replacement and about 31% of universities held fewer. */
    @Property(tries = 25)
    void everyUniversityHoldsAsManyDistinctFieldsAsAskedOrAllThereAre(
            @ForAll @IntRange(min = 1, max = 60) int fields, @ForAll @IntRange(min = 2, max = 20) int perMarket) {
        RegioSim sim = new RegioSim(3, TestRegions.small(0.001)
                .with(ParameterSchema.UNIVERSITY_FIELDS, (long) fields)
                .with(ParameterSchema.TECHNOLOGIES_PER_MARKET, (long) perMarket), TestRegions.ruhr());
        sim.start();
        int expected = Math.min(fields, perMarket * LeadMarket.count());
        for (University u : sim.universities()) {
            assertThat(u.knowledge().size()).as(u.name()).isEqualTo(expected);
        }
    }
}
