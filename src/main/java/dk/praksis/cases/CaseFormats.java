package dk.praksis.cases;

import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;

/**
 * The input formats the tool knows. A format registers itself in
 * {@code META-INF/services/dk.praksis.cases.CaseFormat} (public no-argument constructor), so a new
 * reader is one class and one line, and CaseFiles never changes.
 */
public final class CaseFormats {

    private CaseFormats() {
    }

    /** Every registered format, ordered by class name so that dispatch never depends on the classpath. */
    public static List<CaseFormat> installed() {
        return ServiceLoader.load(CaseFormat.class, CaseFormats.class.getClassLoader()).stream()
                .map(ServiceLoader.Provider::get)
                .sorted(Comparator.comparing(f -> f.getClass().getName()))
                .toList();
    }
}
