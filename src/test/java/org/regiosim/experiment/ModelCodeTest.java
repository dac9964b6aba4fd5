package org.regiosim.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelCodeTest {

    @TempDir
    Path tmp;

    private Path classes(String firmBytes, String guiBytes) throws IOException {
        Path root = Files.createTempDirectory(tmp, "classes");
        write(root.resolve("org/regiosim/model/Firm.class"), firmBytes);
        write(root.resolve("org/regiosim/model/policy/Brokerage.class"), "b");
        write(root.resolve("org/regiosim/experiment/SimulationRun.class"), "s");
        write(root.resolve("org/regiosim/gui/WorkshopGUI.class"), guiBytes);
        return root;
    }

    private static void write(Path p, String content) throws IOException {
        Files.createDirectories(p.getParent());
        Files.writeString(p, content);
    }

    @Test
    void changesWithTheModelCodeOnlyAndIsTheSameInAJar() throws IOException {
        String base = ModelCode.of(classes("firm-v1", "gui-v1"), ModelCode.PREFIXES);
        assertThat(base).hasSize(64);
        assertThat(ModelCode.of(classes("firm-v1", "gui-v2"), ModelCode.PREFIXES)).as("GUI changed").isEqualTo(base);
        assertThat(ModelCode.of(classes("firm-v2", "gui-v1"), ModelCode.PREFIXES)).as("model changed").isNotEqualTo(base);

        Path dir = classes("firm-v1", "gui-v1");
        Path jar = tmp.resolve("regiosim.jar");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar))) {
            for (String name : List.of("org/regiosim/gui/WorkshopGUI.class", "org/regiosim/model/Firm.class",
                    "org/regiosim/experiment/SimulationRun.class", "org/regiosim/model/policy/Brokerage.class")) {
                zip.putNextEntry(new ZipEntry(name));
                OutputStream out = zip;
                out.write(Files.readAllBytes(dir.resolve(name)));
                zip.closeEntry();
            }
        }
        assertThat(ModelCode.of(jar, ModelCode.PREFIXES)).as("same classes in a jar, other order").isEqualTo(base);
    }

    /** The hash of the running model's classes: computed over them (not the hash of nothing), and stable. */
    @Test
    void theRunningCodeHasAHash() throws Exception {
        Path classes = Path.of(ModelCode.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertThat(ModelCode.sha256()).matches("[0-9a-f]{64}")
                .isNotEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855") // SHA-256 of no input
                .isEqualTo(ModelCode.of(classes, ModelCode.PREFIXES));
    }
}
