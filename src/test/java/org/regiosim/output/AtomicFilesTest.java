package org.regiosim.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;

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
}
