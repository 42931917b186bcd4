package dk.praksis.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** Reads the version Maven wrote into praksis-version.properties. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() throws IOException {
        Properties p = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("/praksis-version.properties")) {
            if (in != null) {
                p.load(in);
            }
        }
        return new String[] {"praksis " + p.getProperty("version", "ukendt version")};
    }
}
