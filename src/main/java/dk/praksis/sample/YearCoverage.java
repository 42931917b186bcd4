package dk.praksis.sample;

import dk.praksis.cases.Kommune;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How far the year's draws have come in looking at every caseworker, after this draw.
 *
 * @param drawNumber this draw's number in the year (earlier regular draws + 1), or 0 for a re-draw for one caseworker
 * @param remaining  regular draws left in the year after this one
 * @param kommuner   each drawn kommune's caseworkers, in kommunekode order
 */
public record YearCoverage(int drawNumber, int remaining, Map<Kommune, KommuneCoverage> kommuner) {

    public YearCoverage {
        kommuner = Collections.unmodifiableMap(new LinkedHashMap<>(kommuner));
    }

    /**
     * One kommune's caseworkers.
     *
     * @param thisDraw the caseworkers of the cases this draw took, with their references (sorted by code)
     * @param seen     every caseworker looked at this year, earlier draws and this one, with the number of cases
     * @param notSeen  caseworkers on this population list whom no draw this year has looked at yet (sorted)
     */
    public record KommuneCoverage(Map<String, List<String>> thisDraw, Map<String, Integer> seen, List<String> notSeen) {

        public KommuneCoverage {
            thisDraw = Collections.unmodifiableMap(new TreeMap<>(thisDraw));
            seen = Collections.unmodifiableMap(new TreeMap<>(seen));
            notSeen = List.copyOf(notSeen);
        }
    }
}
