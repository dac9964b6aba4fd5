package org.regiosim.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path tmp;

    @Test
    void writtenFilesAreReadableByOthersAndNoTemporaryFileRemains() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path f = tmp.resolve("a.csv");
        AtomicFiles.write(f, out -> out.write("x\n".getBytes()));
        assertThat(Files.readString(f)).isEqualTo("x\n");
        assertThat(Files.getPosixFilePermissions(f)).contains(PosixFilePermission.OWNER_READ,
                PosixFilePermission.OWNER_WRITE, PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ);
        try (var s = Files.list(tmp)) {
            assertThat(s).containsExactly(f);
        }
    }

    @Test
    void staleTemporaryFilesOfDeadProcessesAreRemovedAndNothingElse() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        long dead = gone.pid();
        long self = ProcessHandle.current().pid();
        Path staging = Files.createDirectories(tmp.resolve(".output.42." + dead + ".part/charts"));
        Files.writeString(staging.resolve("a.png"), "x");
        for (String name : List.of(".runs.csv.17." + dead + ".part", ".runs.csv.5956138968021988409.part",
                ".runs.csv.17." + self + ".part", "notes.part", ".notes.part", "runs.csv", ".hidden")) {
            Files.writeString(tmp.resolve(name), "x");
        }
        assertThat(AtomicFiles.removeStale(tmp)).containsExactlyInAnyOrder(".output.42." + dead + ".part",
                ".runs.csv.17." + dead + ".part", ".runs.csv.5956138968021988409.part");
        try (var s = Files.list(tmp)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
                    ".runs.csv.17." + self + ".part", "notes.part", ".notes.part", "runs.csv", ".hidden");
        }
    }

    @Test
    void anOutputSetAppearsOnlyWhenCommittedAndLeavesNothingWhenAbandoned() throws Exception {
        Path dir = tmp.resolve("out");
        Files.createDirectories(dir.resolve("charts"));
        Files.writeString(dir.resolve("data.csv"), "old");
        Files.writeString(dir.resolve("charts/a.png"), "old");
        Files.writeString(dir.resolve("notes.txt"), "mine");
        try (OutputSet set = OutputSet.create(dir)) {
            AtomicFiles.writeString(set.resolve("data.csv"), "new");
            AtomicFiles.writeString(set.resolve("charts/a.png"), "new");
            // not committed: as if the command failed
        }
        assertThat(dir.resolve("data.csv")).hasContent("old");
        try (var s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("data.csv", "charts", "notes.txt");
        }
        try (OutputSet set = OutputSet.create(dir)) {
            AtomicFiles.writeString(set.resolve("data.csv"), "new");
            AtomicFiles.writeString(set.resolve("charts/a.png"), "new");
            AtomicFiles.writeString(set.resolve(OutputSet.METADATA), "{}");
            assertThat(dir.resolve("data.csv")).hasContent("old");
            set.commit();
        }
        assertThat(dir.resolve("data.csv")).hasContent("new");
        assertThat(dir.resolve("charts/a.png")).hasContent("new");
        assertThat(dir.resolve("notes.txt")).hasContent("mine");
        try (var s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("data.csv", "charts", "notes.txt",
                    "metadata.json", OutputSet.MANIFEST);
        }
    }

    @Test
    void aNewResultRemovesTheFilesOfTheEarlierOneThatItDoesNotHave() throws Exception {
        Path dir = tmp.resolve("out");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("notes.txt"), "mine");
        try (OutputSet set = OutputSet.create(dir)) { // say, a Sobol sweep
            AtomicFiles.writeString(set.resolve("runs.csv"), "sobol");
            AtomicFiles.writeString(set.resolve("sensitivity.csv"), "sobol");
            AtomicFiles.writeString(set.resolve("charts/sensitivity_innovations.png"), "sobol");
            AtomicFiles.writeString(set.resolve(OutputSet.METADATA), "{}");
            set.commit();
        }
        Files.writeString(dir.resolve("charts/mine.png"), "mine");
        try (OutputSet set = OutputSet.create(dir)) { // then a factorial one
            AtomicFiles.writeString(set.resolve("runs.csv"), "factorial");
            AtomicFiles.writeString(set.resolve(OutputSet.METADATA), "{}");
            set.commit();
        }
        assertThat(dir.resolve("runs.csv")).hasContent("factorial");
        assertThat(dir.resolve("sensitivity.csv")).doesNotExist();
        assertThat(dir.resolve("charts/sensitivity_innovations.png")).doesNotExist();
        assertThat(dir.resolve("charts/mine.png")).hasContent("mine");
        assertThat(dir.resolve("notes.txt")).hasContent("mine");
        try (OutputSet set = OutputSet.create(dir)) { // and a third without charts: the empty folder goes too
            AtomicFiles.writeString(set.resolve("runs.csv"), "third");
            AtomicFiles.writeString(set.resolve("charts/c.png"), "third");
            AtomicFiles.writeString(set.resolve(OutputSet.METADATA), "{}");
            set.commit();
        }
        Files.delete(dir.resolve("charts/mine.png"));
        try (OutputSet set = OutputSet.create(dir)) {
            AtomicFiles.writeString(set.resolve("runs.csv"), "fourth");
            AtomicFiles.writeString(set.resolve(OutputSet.METADATA), "{}");
            set.commit();
        }
        assertThat(dir.resolve("charts")).doesNotExist();
        assertThat(dir.resolve(OutputSet.MANIFEST)).hasContent("runs.csv\nmetadata.json");
        // a manifest that names files outside the directory removes nothing there
        Files.writeString(tmp.resolve("outside.txt"), "keep");
        Files.writeString(dir.resolve(OutputSet.MANIFEST), "../outside.txt\n" + tmp.resolve("outside.txt") + "\n");
        try (OutputSet set = OutputSet.create(dir)) {
            AtomicFiles.writeString(set.resolve(OutputSet.METADATA), "{}");
            set.commit();
        }
        assertThat(tmp.resolve("outside.txt")).hasContent("keep");
    }

    /** A manifest names files inside the directory only; no spelling or link makes it remove anything else. */
    @Test
    void aManifestCannotRemoveFilesOutsideTheDirectoryOrTheNewResult() throws Exception {
        Path outside = tmp.resolve("outside");
        Files.createDirectories(outside.resolve("sub"));
        Files.writeString(outside.resolve("victim.txt"), "keep");
        Files.writeString(outside.resolve("sub/v2.txt"), "keep");
        Path dir = tmp.resolve("a/../out"); // spelled with '..', as --out may be
        Files.createDirectories(tmp.resolve("a"));
        Files.createDirectories(tmp.resolve("out"));
        Files.createSymbolicLink(tmp.resolve("out/ext"), outside);
        Files.createSymbolicLink(tmp.resolve("out/lnk"), outside.resolve("sub"));
        Files.writeString(tmp.resolve("out").resolve(OutputSet.MANIFEST), String.join("\n", "ext/victim.txt",
                "lnk/../victim.txt", "lnk/v2.txt", "./runs.csv", "charts//a.png", "../outside/victim.txt",
                "journal.csv", ".hidden", "old.csv") + "\n");
        Files.writeString(tmp.resolve("out/journal.csv"), "journal");
        Files.writeString(tmp.resolve("out/old.csv"), "old result");
        try (OutputSet set = OutputSet.create(dir)) {
            AtomicFiles.writeString(set.resolve("runs.csv"), "new");
            AtomicFiles.writeString(set.resolve("charts/a.png"), "new");
            AtomicFiles.writeString(set.resolve(OutputSet.METADATA), "{}");
            set.commit();
        }
        assertThat(outside.resolve("victim.txt")).hasContent("keep");
        assertThat(outside.resolve("sub/v2.txt")).hasContent("keep");
        assertThat(tmp.resolve("out/lnk")).isSymbolicLink();
        assertThat(tmp.resolve("out/runs.csv")).hasContent("new");
        assertThat(tmp.resolve("out/charts/a.png")).hasContent("new");
        assertThat(tmp.resolve("out/journal.csv")).hasContent("journal");
        assertThat(tmp.resolve("out/old.csv")).doesNotExist(); // a plain entry of the earlier result goes
        assertThat(tmp.resolve("out").resolve(OutputSet.MANIFEST)).hasContent("charts/a.png\nruns.csv\nmetadata.json");
    }

    @Test
    void aCommitThatWouldFailReplacesNothing() throws Exception {
        Path dir = tmp.resolve("out");
        Files.createDirectories(dir.resolve("b.csv"));
        Files.writeString(dir.resolve("a.csv"), "old");
        try (OutputSet set = OutputSet.create(dir)) {
            AtomicFiles.writeString(set.resolve("a.csv"), "new");
            AtomicFiles.writeString(set.resolve("b.csv"), "new");
            assertThatThrownBy(set::commit).isInstanceOf(java.nio.file.FileSystemException.class)
                    .hasMessageContaining("b.csv").hasMessageContaining("it is a directory");
        }
        assertThat(dir.resolve("a.csv")).hasContent("old");
        assertThat(OutputSet.shown(dir.resolve(".output.1.2.part/charts/.a.png.3.4.part").toString()))
                .isEqualTo(dir.resolve("charts/a.png").toString());
    }
}
