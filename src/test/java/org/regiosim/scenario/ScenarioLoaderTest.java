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
import org.regiosim.model.params.Parameters;

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
    void aControlCharacterIsPlacedByLineAndColumn() throws Exception {
        // The umlauts before it count as one column each, not as the two bytes they take in UTF-8.
        Path f = scenario("name: x\n# Überblick für alle\nsteps: 1\u00010\n");
        assertThatThrownBy(() -> ScenarioLoader.load(f, List.of()))
                .isInstanceOf(InputException.class)
                .hasMessage(f + " line 3, column 9: the character U+0001 is not allowed in YAML (a control character, "
                        + "perhaps pasted from another program); delete it");
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
                .hasMessage(f + " line 2, key 'data.municipalities': " + dir.resolve("data/missing.csv")
                        + ": file not found (paths are relative to the scenario file)");
    }

    @Test
    void aMissingDefaultDataFileNamesTheScenarioAndTheKey() throws Exception {
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Path f = Files.writeString(elsewhere.resolve("empty.yaml"), "");
        assertThatThrownBy(() -> ScenarioLoader.load(f, List.of())).isInstanceOf(InputException.class)
                .hasMessage(f + ", key 'data.municipalities': " + elsewhere.resolve("data/ruhr-municipalities.csv")
                        + ": file not found (the key is not given, so its default data/ruhr-municipalities.csv, relative "
                        + "to the scenario file, is used; set data.municipalities to the CSV file's path)");
    }

    @Test
    void directoriesAndNonUtf8FilesGetAMessageNotJavaText() throws Exception {
        assertThatThrownBy(() -> ScenarioLoader.load(dir, List.of())).isInstanceOf(InputException.class)
                .hasMessage(dir + ": is a directory, expected a YAML file");
        Path f = scenario("name: x\n");
        Files.write(f, new byte[] {'n', 'a', 'm', 'e', ':', ' ', 'x', '\n', 's', 'c', 'a', 'l', 'e', ':', ' ', (byte) 0xff, '\n'});
        assertThatThrownBy(() -> ScenarioLoader.load(f, List.of())).isInstanceOf(InputException.class)
                .hasMessage(f + " line 2: not valid UTF-8 text (byte 0xFF); save the file in UTF-8 encoding");
        Path g = scenario("name: x\n");
        Path csv = dir.resolve("data/ruhr-municipalities.csv");
        Files.write(csv, new byte[] {'n', 'a', 'm', 'e', '\n', 'A', (byte) 0xc3, '\n'});
        assertThatThrownBy(() -> ScenarioLoader.load(g, List.of())).isInstanceOf(InputException.class)
                .hasMessageContaining(csv + " line 2: not valid UTF-8 text (byte 0xC3)");
        Files.delete(csv);
        Files.createDirectory(csv);
        assertThatThrownBy(() -> ScenarioLoader.load(g, List.of())).isInstanceOf(InputException.class)
                .hasMessageContaining(csv + ": is a directory, expected a CSV file");
    }

    @Test
    void aByteOrderMarkIsNoPartOfTheFirstKey() throws Exception {
        Path f = scenario("\uFEFFname: bom\n");
        assertThat(ScenarioLoader.load(f, List.of()).name()).isEqualTo("bom");
    }

    @Test
    void anExperimentFileGivenAsScenarioIsSaidToBeOne() throws Exception {
        Path f = scenario("name: x\nscenario: ../ruhr-baseline.yaml\n");
        assertThatThrownBy(() -> ScenarioLoader.load(f, List.of()))
                .hasMessageContaining("line 2: unknown key 'scenario'")
                .hasMessageContaining("this looks like an experiment file: run it with 'regiosim sweep'");
    }

    @Test
    void badDataRowsNameFileLineAndColumn() throws Exception {
        Path f = scenario("name: x\n");
        Files.writeString(dir.resolve("data/ruhr-municipalities.csv"),
                "name,district,population,lat,lon\nA,d,100,51.5,7.0\nB,d,lots,51.5,7.1\n");
        assertThatThrownBy(() -> ScenarioLoader.load(f, List.of()))
                .hasMessageContaining("ruhr-municipalities.csv line 3, column population");
        // lines as an editor counts them, blank lines included
        Files.writeString(dir.resolve("data/ruhr-municipalities.csv"),
                "name,district,population,lat,lon\n\nA,d,100,51.5,7.0\n\nB,d,lots,51.5,7.1\n");
        assertThatThrownBy(() -> ScenarioLoader.load(f, List.of()))
                .hasMessageContaining("ruhr-municipalities.csv line 5, column population");
        // a file of blank lines is empty
        Files.writeString(dir.resolve("data/ruhr-municipalities.csv"), "\n\n");
        assertThatThrownBy(() -> ScenarioLoader.load(f, List.of()))
                .hasMessageContaining("ruhr-municipalities.csv: empty file");
        // a university listed twice is refused, as a municipality listed twice is
        Files.copy(Path.of("scenarios/data/ruhr-municipalities.csv"), dir.resolve("data/ruhr-municipalities.csv"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(dir.resolve("data/ruhr-universities.csv"),
                "name,city,type\nRuhr-Universitaet Bochum,Bochum,university\n\nRuhr-Universitaet Bochum,Bochum,university\n");
        assertThatThrownBy(() -> ScenarioLoader.load(f, List.of()))
                .hasMessageContaining("ruhr-universities.csv line 4: university 'Ruhr-Universitaet Bochum' in Bochum appears twice (first on line 2)");
    }

    @Test
    void numbersArePlainAndFinite() throws Exception {
        for (String v : new String[] {"Infinity", "1e999", "-Infinity", "NaN"}) {
            Path f = scenario("scale: " + v + "\n");
            assertThatThrownBy(() -> ScenarioLoader.load(f, List.of())).isInstanceOf(InputException.class)
                    .hasMessage(f + " line 1, key 'scale': expected a number from 0.0005 to 4, got '" + v + "'");
            assertThatThrownBy(() -> ScenarioLoader.applyOverride(Parameters.defaults(), "scale=" + v))
                    .hasMessage("--set scale=" + v + ": key 'scale': expected a number from 0.0005 to 4, got '" + v + "'");
        }
        Path steps = scenario("steps: 1e999\n");
        assertThatThrownBy(() -> ScenarioLoader.load(steps, List.of()))
                .hasMessage(steps + " line 1, key 'steps': expected a whole number from 1 to 4000, got '1e999'");
        // Java's number suffixes and hexadecimal floats are no numbers of a scenario.
        for (String v : new String[] {"0.01d", "0.01f", "0.01D", "0x1p-7"}) {
            Path f = scenario("scale: " + v + "\n");
            assertThatThrownBy(() -> ScenarioLoader.load(f, List.of())).isInstanceOf(InputException.class)
                    .hasMessageContaining("key 'scale': expected a number from 0.0005 to 4, got '" + v + "'")
                    .hasMessageContaining("plain decimal or scientific notation");
            assertThatThrownBy(() -> ScenarioLoader.applyOverride(Parameters.defaults(), "scale=" + v))
                    .hasMessageContaining("got '" + v + "'");
        }
        assertThatThrownBy(() -> ScenarioLoader.applyOverride(Parameters.defaults(), "policy=brokerage=0.5d,cofunding=0.5"))
                .hasMessageContaining("share of 'brokerage' is not a number: '0.5d'");
        assertThatThrownBy(() -> ScenarioLoader.applyOverride(Parameters.defaults(), "policy_changes=4:brokerage=0.5f,cofunding=0.5"))
                .hasMessageContaining("share of 'brokerage' is not a number: '0.5f'");
        Scenario ok = ScenarioLoader.load(scenario("scale: 1e-2\nfirms:\n  project_cost: 40_000\n  opportunity_rate: .5\n"), List.of());
        assertThat(ok.parameters().real(ParameterSchema.SCALE)).isEqualTo(0.01);
        assertThat(ok.parameters().real(ParameterSchema.PROJECT_COST)).isEqualTo(40_000);
        assertThat(ok.parameters().real(ParameterSchema.OPPORTUNITY_RATE)).isEqualTo(0.5);
    }

    @Test
    void outOfRangeShowsTheValueAsGiven() {
        assertThatThrownBy(() -> ScenarioLoader.applyOverride(Parameters.defaults(), "firms.opportunity_rate=1.0000001"))
                .hasMessage("--set firms.opportunity_rate=1.0000001: key 'firms.opportunity_rate': value 1.0000001 is out of "
                        + "range; expected a number from 0 to 1");
        assertThatThrownBy(() -> ScenarioLoader.applyOverride(Parameters.defaults(), "seed=9000000000000001"))
                .hasMessageContaining("value 9000000000000001 is out of range; expected a whole number from 0 to 9000000000000000");
    }

    @Test
    void dataNumbersArePlain() throws Exception {
        Path f = scenario("name: x\n");
        Files.writeString(dir.resolve("data/ruhr-municipalities.csv"),
                "name,district,population,lat,lon\nA,d,100d,51.5,7.0\n");
        assertThatThrownBy(() -> ScenarioLoader.load(f, List.of()))
                .hasMessageContaining("ruhr-municipalities.csv line 2, column population: '100d' is not a number");
    }

    @Test
    void theNameMustBeASafeDirectoryName() throws Exception {
        // The name is the default output directory, results/<name>.
        for (String n : new String[] {"../../etc", "", ".", "..", "a/b", "a\\\\b", ".hidden", "a b", "x".repeat(101)}) {
            Path f = scenario("name: \"" + n + "\"\n");
            assertThatThrownBy(() -> ScenarioLoader.load(f, List.of())).as(n).isInstanceOf(InputException.class)
                    .hasMessageStartingWith(f + " line 1, key 'name': '" + n.replace("\\\\", "\\") + "' is not a valid name; "
                            + "expected 1 to 100 letters (A-Z, a-z), digits, '-', '_' and '.', not starting with '.'");
        }
        assertThat(ScenarioLoader.load(scenario("name: Ruhr_2030-v1.2\n"), List.of()).name()).isEqualTo("Ruhr_2030-v1.2");
    }

    @Test
    void scenarioFileKeysAreNotParameters() throws Exception {
        for (String key : new String[] {"name", "description", "data.municipalities", "data.universities", "data"}) {
            assertThatThrownBy(() -> ScenarioLoader.applyOverride(Parameters.defaults(), key + "=foo"))
                    .hasMessage("--set " + key + "=foo: key '" + key + "' can only be given in the scenario file, not with "
                            + "--set (--set takes the parameters that 'regiosim params' lists)");
        }
        Path data = scenario("data: 5\n");
        assertThatThrownBy(() -> ScenarioLoader.load(data, List.of())).isInstanceOf(InputException.class)
                .hasMessageStartingWith(data + " line 1, key 'data': expected a mapping with the keys municipalities and "
                        + "universities (CSV files, relative to the scenario file), got '5'");
        Path firms = scenario("firms: [0.3]\n");
        assertThatThrownBy(() -> ScenarioLoader.load(firms, List.of())).isInstanceOf(InputException.class)
                .hasMessageStartingWith(firms + " line 1, key 'firms': expected a mapping of the keys under firms, got a list; "
                        + "e.g. firms: {opportunity_rate: 0.25}");
    }

    @Test
    void overridesAreValidated() {
        assertThatThrownBy(() -> ScenarioLoader.applyOverride(org.regiosim.model.params.Parameters.defaults(), "scale"))
                .hasMessageContaining("expected key=value");
        assertThatThrownBy(() -> ScenarioLoader.applyOverride(org.regiosim.model.params.Parameters.defaults(), "sacle=0.1"))
                .hasMessageContaining("did you mean 'scale'");
        assertThatThrownBy(() -> ScenarioLoader.applyOverride(org.regiosim.model.params.Parameters.defaults(), "SCALE=0.1"))
                .hasMessageContaining("unknown key 'SCALE' (did you mean 'scale'?)");
    }

    @Test
    void crossParameterProblemsAreReported() throws Exception {
        Path f = scenario("firms:\n  success_min: 0.9\n  success_max: 0.5\n");
        assertThatThrownBy(() -> ScenarioLoader.load(f, List.of()))
                .hasMessage(f + " line 2, key 'firms.success_min': must not exceed firms.success_max (0.5)");
        // A key set on the command line is named as the user typed it; one given nowhere has no line.
        Path g = scenario("name: x\n");
        assertThatThrownBy(() -> ScenarioLoader.load(g, List.of("firms.kene_min=7")))
                .hasMessage("--set firms.kene_min=7: " + g + ": firms.kene_min: must not exceed firms.kene_max (6)");
        assertThatThrownBy(() -> ScenarioLoader.load(g, List.of("firms.kene_capacity=3")))
                .hasMessage(g + ": firms.kene_max: must not exceed firms.kene_capacity (3)");
    }

    @Test
    void aPolicySwitchAfterTheLastStepIsNoted() throws Exception {
        Path f = scenario("steps: 80\npolicy_changes: '40:brokerage;80:platform'\n");
        assertThat(ScenarioLoader.load(f, List.of()).parameters().notes())
                .containsExactly("policy_changes: the switch at step 80 will not happen; a run of 80 steps has steps 0 to 79");
        assertThat(ScenarioLoader.load(f, List.of("steps=81")).parameters().notes()).isEmpty();
    }

    @Test
    void focusPoliciesNeedFocusMarkets() throws Exception {
        Path f = scenario("agency:\n  focus_markets: []\n");
        assertThat(ScenarioLoader.load(f, List.of("policy=brokerage")).parameters().list(ParameterSchema.FOCUS_MARKETS))
                .isEmpty();
        for (String policy : List.of("policy=platform", "policy=brokerage=0.5,smart_specialisation=0.5",
                "policy_changes=40:platform")) {
            assertThatThrownBy(() -> ScenarioLoader.load(f, List.of(policy))).as(policy)
                    .hasMessageContaining("line 2, key 'agency.focus_markets': the list is empty, but the policy ")
                    .hasMessageContaining("acts only in focus markets; name at least one of health,");
        }
    }

    @Test
    void aPolicyMixIsRecordedInOneFormHoweverItIsTyped() throws Exception {
        // The arms keep their order: it decides which acts first each quarter, so it is part of the setting.
        Path f = scenario("policy: ' cofunding , brokerage'\npolicy_changes: '60:none; 40: brokerage = 1'\n");
        Parameters p = ScenarioLoader.load(f, List.of()).parameters();
        assertThat(p.text(ParameterSchema.POLICY)).isEqualTo(
                ScenarioLoader.load(f, List.of("policy=cofunding=0.5,brokerage=0.5")).parameters().text(ParameterSchema.POLICY))
                .isEqualTo("cofunding=0.5,brokerage=0.5");
        assertThat(p.text(ParameterSchema.POLICY_CHANGES)).isEqualTo("40:brokerage;60:none");
    }
}
