package org.regiosim.cli;

import org.regiosim.output.Provenance;

import picocli.CommandLine;

final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"regiosim " + Provenance.toolVersion(), "Java " + Provenance.javaVersion()};
    }
}
