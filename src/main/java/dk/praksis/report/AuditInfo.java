package dk.praksis.report;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The audit's metadata as the audit file gives it.
 *
 * @param sender      afsender, e.g. "Beskæftigelsesankenævnet Syddanmark"; also the documents' author
 * @param period      the period the audit covers, as Danish text (e.g. "1. januar – 30. juni 2010")
 * @param asOf        opgørelsesdato
 * @param populations kommunekode to the kommune's number of such decisions in the period, where known;
 *                    enables the finite-population correction
 */
public record AuditInfo(String title, String sender, int year, String period, LocalDate asOf,
                        Map<String, Integer> populations) {

    public AuditInfo {
        populations = Collections.unmodifiableMap(new TreeMap<>(populations == null ? Map.of() : populations));
    }

    public AuditInfo(String title, String sender, int year, String period, LocalDate asOf) {
        this(title, sender, year, period, asOf, Map.of());
    }
}
