package dk.praksis.sample;

import dk.praksis.cases.Kommune;
import dk.praksis.cases.tables.CellParsing;
import dk.praksis.text.DanishLetters;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What to draw, as the sample file ({@code udtraek.yaml}) says it. Paths are resolved against that file.
 *
 * @param seed        the seed, or null to have one chosen (and printed, and recorded)
 * @param strata      each kommune's strata and their quotas; a single {@link Stratum#all} for a plain quota
 * @param quotas      kommune-specific quotas by kommunekode (plain quotas only); when non-empty, only these
 *                    kommuner are drawn unless a default quota is also given
 * @param reserve     extra cases drawn after the sample in each kommune and stratum, to replace dropped cases
 * @param caseTypes   only these sagstyper are drawn (empty: all)
 * @param from        only decisions on or after this day (null: no bound)
 * @param to          only decisions on or before this day (null: no bound)
 * @param deadline    the day the kommune must send the cases, for the letter (null: none stated)
 * @param letterDate  the letter's date (null: the day of the draw is not used; the letter carries no date)
 * @param letter      a Markdown template for the letter, or null for the standard text
 * @param earlier     records (protokol.json) of earlier draws whose drawn cases may not be drawn again
 * @param coverage    the year's promise to look at every caseworker (ledelsestilsyn), or null
 * @param caseworker  a re-draw for this caseworker only (the cases whose caseworker column holds it), or null
 */
public record SamplePlan(String title, String sender, Path population, Long seed, List<Stratum> strata,
                         Map<String, Integer> quotas, boolean defaultQuota, int reserve, ShortRule shortRule,
                         List<String> caseTypes, LocalDate from, LocalDate to, LocalDate deadline,
                         LocalDate letterDate, Path letter, Path output, List<Path> earlier,
                         Coverage coverage, String caseworker) {

    /** What happens when a stratum has fewer cases than its quota. */
    public enum ShortRule {
        /** Take every case there is, and say in the record how many were missing. */
        TAG_ALLE("tag_alle"),
        /** Stop with exit 3, naming the kommune and stratum, so the plan can be changed first. */
        STOP("stop");

        private final String key;

        ShortRule(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    public SamplePlan {
        strata = List.copyOf(strata);
        quotas = Collections.unmodifiableMap(new LinkedHashMap<>(quotas));
        caseTypes = List.copyOf(caseTypes);
        earlier = List.copyOf(earlier);
    }

    /** This plan with another seed (the command line's --seed wins over the file). */
    public SamplePlan withSeed(long newSeed) {
        return new SamplePlan(title, sender, population, newSeed, strata, quotas, defaultQuota, reserve, shortRule,
                caseTypes, from, to, deadline, letterDate, letter, output, earlier, coverage, caseworker);
    }

    /** This plan writing to another folder. */
    public SamplePlan withOutput(Path newOutput) {
        return new SamplePlan(title, sender, population, seed, strata, quotas, defaultQuota, reserve, shortRule,
                caseTypes, from, to, deadline, letterDate, letter, newOutput, earlier, coverage, caseworker);
    }

    /** This plan as a re-draw for one caseworker (the command line's --sagsbehandler wins over the file). */
    public SamplePlan withCaseworker(String code) {
        return new SamplePlan(title, sender, population, seed, strata, quotas, defaultQuota, reserve, shortRule,
                caseTypes, from, to, deadline, letterDate, letter, output, earlier, coverage, code);
    }

    /** This plan with other earlier draws to leave out. */
    public SamplePlan withEarlier(List<Path> records) {
        return new SamplePlan(title, sender, population, seed, strata, quotas, defaultQuota, reserve, shortRule,
                caseTypes, from, to, deadline, letterDate, letter, output, records, coverage, caseworker);
    }

    /** The population column naming the caseworker: the coverage's, else {@link Coverage#DEFAULT_FIELD}. */
    public String caseworkerField() {
        return coverage == null ? Coverage.DEFAULT_FIELD : coverage.field();
    }

    /** The strata of one kommune: a kommune-specific quota replaces the plain quota. */
    public List<Stratum> strataFor(Kommune kommune) {
        Integer q = quotas.get(kommune.kode());
        return q == null ? strata : List.of(Stratum.all(q));
    }

    /** Whether the kommune is drawn at all. */
    public boolean draws(Kommune kommune) {
        return defaultQuota || quotas.containsKey(kommune.kode());
    }

    /** Whether a case passes the plan's filters (sagstype, period). */
    public boolean admits(PopulationCase c) {
        if (!caseTypes.isEmpty() && (c.caseType() == null
                || caseTypes.stream().noneMatch(t -> t.equalsIgnoreCase(c.caseType().strip())))) {
            return false;
        }
        if (from != null && (c.date() == null || c.date().isBefore(from))) {
            return false;
        }
        if (to != null && (c.date() == null || c.date().isAfter(to))) {
            return false;
        }
        return caseworker == null || caseworkerOf(c).map(DanishLetters::fold)
                .filter(DanishLetters.fold(caseworker.strip())::equals).isPresent();
    }

    /** The case's caseworker code as the list spells it (stripped), or empty when the cell is blank or absent. */
    public Optional<String> caseworkerOf(PopulationCase c) {
        return c.field(caseworkerField()).map(CellParsing::text).map(String::strip).filter(t -> !t.isEmpty());
    }
}
