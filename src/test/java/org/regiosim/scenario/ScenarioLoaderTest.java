package org.regiosim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regiosim.model.params.ParameterSchema;

class ScenarioLoaderTest {

    @TempDir
    Path dir;

    private Path scenario(String yaml) throws IOException {
        Files.createDirectories(dir.resolve("data"));
        Files.copy(Path.of("scenarios/data/ruhr-municipalities.csv"), dir.resolve("data/ruhr-municipalities.csv"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.copy(Path.of("scenarios/data/ruhr-universities.csv"), dir.resolve("data/ruhr-universities.csv"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Path f = dir.resolve("s.yaml");
        Files.writeString(f, yaml);
        return f;
    }

    @Test
    void loadsNestedKeysPolicyMixAndChanges() throws Exception {
        Scenario s = ScenarioLoader.load(scenario("""
                name: test
                scale: 0.1
                firms:
                  opportunity_rate: 0.3
                markets:
                  health:
                    firm_share: 0.2
                policy: {brokerage: 0.5, cofunding: 0.5}
                policy_changes:
                  - step: 40
                    policy: platform
                agency:
                  focus_markets: [health, mobility]
                """), List.of("seed=9"));
        assertThat(s.name()).isEqualTo("test");
        assertThat(s.parameters().real(ParameterSchema.SCALE)).isEqualTo(0.1);
        assertThat(s.parameters().real(ParameterSchema.OPPORTUNITY_RATE)).isEqualTo(0.3);
        assertThat(s.parameters().text(ParameterSchema.POLICY)).isEqualTo("brokerage=0.5,cofunding=0.5");
        assertThat(s.parameters().text(ParameterSchema.POLICY_CHANGES)).isEqualTo("40:platform");
        assertThat(s.parameters().list(ParameterSchema.FOCUS_MARKETS)).containsExactly("health", "mobility");
        assertThat(s.seed()).isEqualTo(9);
        assertThat(s.region().municipalities()).hasSize(53);
        assertThat(s.region().universities()).hasSize(20);
    }

    @Test
    void unknownKeyNamesLineAndNearestValidKey() throws Exception {
        Path f = scenario("name: x\nfirms:\n  oportunity_rate: 0.2\n");
        assertThatThrownBy(() -> ScenarioLoader.load(f, List.of()))
                .isInstanceOf(InputException.class)
                .hasMessageContaining(f.toString())
                .hasMessageContaining("line 3")
                .hasMessageContaining("unknown key 'firms.oportunity_rate'")
                .hasMessageContaining("did you mean 'firms.opportunity_rate'");
    }

    @Test
    void wrongTypeAndOutOfRangeSayWhatIsAllowed() throws Exception {
        Path wrongType = scenario("steps: many\n");
        assertThatThrownBy(() -> ScenarioLoader.load(wrongType, List.of()))
                .hasMessageContaining("line 1").hasMessageContaining("key 'steps'")
                .hasMessageContaining("a whole number from 1 to 4000").hasMessageContaining("'many'");
        Path outOfRange = scenario("firms:\n  opportunity_rate: 1.5\n");
        assertThatThrownBy(() -> ScenarioLoader.load(outOfRange, List.of()))
                .hasMessageContaining("line 2").hasMessageContaining("out of range")
                .hasMessageContaining("a number from 0 to 1");
        Path badPolicy = scenario("policy: brokrage\n");
        assertThatThrownBy(() -> ScenarioLoader.load(badPolicy, List.of()))
                .hasMessageContaining("did you mean 'brokerage'");
        Path badShares = scenario("policy: brokerage=0.5,cofunding=0.4\n");
        assertThatThrownBy(() -> ScenarioLoader.load(badShares, List.of()))
                .hasMessageContaining("must sum to 1");
        Path badMarket = scenario("agency:\n  focus_markets: [health, helth]\n");
        assertThatThrownBy(() -> ScenarioLoader.load(badMarket, List.of()))
                .hasMessageContaining("'helth' is not allowed").hasMessageContaining("did you mean 'health'");
    }

    @Test
    void malformedYamlGivesTheLine() throws Exception {
        Path f = scenario("name: x\nsteps: 10\nfirms: [0.2\n");
        assertThatThrownBy(() -> ScenarioLoader.load(f, List.of()))
                .isInstanceOf(InputException.class).hasMessageContaining("malformed YAML").hasMessageContaining("line");
    }

    @Test
    void duplicateKeysAreRejected() throws Exception {
        Path f = scenario("steps: 10\nsteps: 20\n");
        assertThatThrownBy(() -> ScenarioLoader.load(f, List.of())).isInstanceOf(InputException.class)
                .hasMessageContaining("line 2");
    }

    @Test
    void aDottedKeyAndItsNestedFormAreOneKey() throws Exception {
        Path f = scenario("firms.opportunity_rate: 0.2\nfirms: {opportunity_rate: 0.3}\n");
        assertThatThrownBy(() -> ScenarioLoader.load(f, List.of())).isInstanceOf(InputException.class)
                .hasMessage(f + " line 2: key 'firms.opportunity_rate' is given twice");
        Path g = scenario("firms:\n  opportunity_rate: 0.3\nfirms.opportunity_rate: 0.2\n");
        assertThatThrownBy(() -> ScenarioLoader.load(g, List.of())).isInstanceOf(InputException.class)
                .hasMessage(g + " line 3: key 'firms.opportunity_rate' is given twice");
        Path h = scenario("policy: {brokerage: 0.5, brokerage: 0.5}\n");
        assertThatThrownBy(() -> ScenarioLoader.load(h, List.of())).isInstanceOf(InputException.class)
                .hasMessage(h + " line 1: key 'policy.brokerage' is given twice");
    }

    @Test
    void missingFilesAreNamed() throws Exception {
        assertThatThrownBy(() -> ScenarioLoader.load(dir.resolve("nope.yaml"), List.of()))
                .hasMessageContaining("nope.yaml: file not found");
        Path f = scenario("data:\n  municipalities: data/missing.csv\n");
        assertThatThrownBy(() -> ScenarioLoader.load(f, List.of()))
                .hasMessageContaining("missing.csv: file not found");
    }

    @Test
    void badDataRowsNameFileLineAndColumn() throws Exception {
        Path f = scenario("name: x\n");
        Files.writeString(dir.resolve("data/ruhr-municipalities.csv"),
                "name,district,population,lat,lon\nA,d,100,51.5,7.0\nB,d,lots,51.5,7.1\n");
        assertThatThrownBy(() -> ScenarioLoader.load(f, List.of()))
                .hasMessageContaining("ruhr-municipalities.csv line 3, column population");
    }

    @Test
    void overridesAreValidated() {
        assertThatThrownBy(() -> ScenarioLoader.applyOverride(org.regiosim.model.params.Parameters.defaults(), "scale"))
                .hasMessageContaining("expected key=value");
        assertThatThrownBy(() -> ScenarioLoader.applyOverride(org.regiosim.model.params.Parameters.defaults(), "sacle=0.1"))
                .hasMessageContaining("did you mean 'scale'");
    }

    @Test
    void crossParameterProblemsAreReported() throws Exception {
        Path f = scenario("firms:\n  success_min: 0.9\n  success_max: 0.5\n");
        assertThatThrownBy(() -> ScenarioLoader.load(f, List.of()))
                .hasMessageContaining("firms.success_min: must not exceed firms.success_max");
    }
}
