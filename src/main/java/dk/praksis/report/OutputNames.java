package dk.praksis.report;

import dk.praksis.cases.Kommune;
import dk.praksis.text.DanishLetters;
import java.nio.charset.Charset;

/**
 * File names of the per-kommune outputs, e.g. "492-Ærø". Danish letters are kept unless the
 * platform cannot encode them in file names; then they become ae/oe/aa (see FORMATS.md, Portability).
 */
public final class OutputNames {

    private OutputNames() {
    }

    /** "492-Ærø", or "492-Aeroe" with {@code ascii}. */
    public static String kommuneStem(Kommune kommune, boolean ascii) {
        String name = kommune.navn().replaceAll("[\\\\/:*?\"<>|]", "-");
        return kommune.kode() + "-" + (ascii ? DanishLetters.ascii(name) : name);
    }

    /** Whether some kommune's file name cannot be encoded by the platform, so ae/oe/aa names must be used. */
    public static boolean needsAsciiFallback(AuditReport report) {
        return needsAsciiFallback(report.kommuner().stream().map(UnitReport::kommune).toList());
    }

    /** Whether some of these kommuners' file names cannot be encoded by the platform. */
    public static boolean needsAsciiFallback(java.util.Collection<Kommune> kommuner) {
        Charset charset = fileNameCharset();
        return kommuner.stream().anyMatch(k -> !charset.newEncoder().canEncode(kommuneStem(k, false)));
    }

    /** The charset the JVM uses for file names (sun.jnu.encoding), falling back to the default. */
    private static Charset fileNameCharset() {
        String jnu = System.getProperty("sun.jnu.encoding");
        try {
            return jnu == null ? Charset.defaultCharset() : Charset.forName(jnu);
        } catch (IllegalArgumentException e) { // unknown or illegal charset name
            return Charset.defaultCharset();
        }
    }
}
