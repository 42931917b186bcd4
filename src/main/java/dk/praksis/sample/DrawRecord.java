package dk.praksis.sample;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dk.praksis.io.DeterministicJson;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The record of a draw ({@code protokol.json}): the seed, the population file's SHA-256, the rules and the
 * algorithm, and what each kommune and stratum gave, so that anyone can redo the draw and get the same list.
 */
@JsonPropertyOrder({"format", "titel", "afsender", "frø", "sagsbehandler", "population", "tidligere", "regler",
    "dækning", "algoritme", "genskab", "kommuner"})
public record DrawRecord(String format, String titel, String afsender, @JsonProperty("frø") long seed,
                         String sagsbehandler, PopulationInfo population, List<Earlier> tidligere, Rules regler,
                         @JsonProperty("dækning") CoverageRule coverage, String algoritme, String genskab,
                         List<KommuneEntry> kommuner) {

    public static final String FORMAT = "praksis-udtraek/1";
    public static final String FILE_NAME = "protokol.json";

    static final String ALGORITHM = "Sager uden for sagstyper og periode og sager, som tidligere udtræk (tidligere)"
            + " har udtrukket, udelades. Hver sag hører til det første"
            + " stratum, der omfatter den. Kommunerne tages i kommunekodeorden, strata i udtræksfilens orden, og et"
            + " stratums sager sorteres efter reference (Unicode-tegnværdi). For hver kommune og hvert stratum"
            + " dannes tilfældige tal med SplitMix64 (Steele, Lea og Flood 2014), startet med de første 8 byte"
            + " (big-endian) af SHA-256 af teksten \"frø|kommunekode|stratumnavn\" i UTF-8. Et tal under en grænse"
            + " b findes ved afvisning: u = næste tal forskudt 1 bit til højre, v = u mod b, og u trækkes igen, så"
            + " længe u − v + b − 1 overstiger 2^63 − 1. En delvis Fisher–Yates-blanding vælger kvote + reserve"
            + " sager: plads i byttes med plads i + tal under (n − i). De første pladser er stikprøven, de næste"
            + " reserven i den rækkefølge, de skal bruges.";

    static final String COVERAGE_ALGORITHM = " Med dækning blandes hele stratummet, og hver plads (først stikprøven,"
            + " så reserven) får den første sag i den blandede rækkefølge, hvis sagsbehandler er set færrest gange i år"
            + " (tidligere udtræk og de sager, der allerede er valgt i dette udtræk); sager uden sagsbehandler tages"
            + " sidst. Reservesager tæller ikke som set.";

    static final String REDRAW_ALGORITHM = " Et udtræk for én sagsbehandler bruger kun sager, hvor kolonnen med"
            + " sagsbehandleren har koden, og teksten, der giver frøet, er \"frø|kommunekode|stratumnavn|sagsbehandler\".";

    /** The year's promise to look at every caseworker, and where this draw stands in it. */
    @JsonPropertyOrder({"felt", "udtræk_om_året", "udtræk_nr", "tilbage"})
    public record CoverageRule(String felt, @JsonProperty("udtræk_om_året") int perYear,
                               @JsonProperty("udtræk_nr") Integer number, int tilbage) {
    }

    /** One kommune's caseworkers: this draw's, everyone's this year, and who has not been looked at yet. */
    @JsonPropertyOrder({"denne_gang", "set_i_år", "ikke_set"})
    public record KommuneCoverageEntry(@JsonProperty("denne_gang") Map<String, List<String>> thisDraw,
                                       @JsonProperty("set_i_år") Map<String, Integer> seen,
                                       @JsonProperty("ikke_set") List<String> notSeen) {
    }

    @JsonPropertyOrder({"fil", "sha256", "rækker"})
    public record PopulationInfo(String fil, String sha256, @JsonProperty("rækker") int rows) {
    }

    /** An earlier draw whose drawn cases this one left out. */
    @JsonPropertyOrder({"fil", "sha256", "udelukket"})
    public record Earlier(String fil, String sha256, int udelukket) {
    }

    @JsonPropertyOrder({"strata", "kvoter", "reserve", "for_få", "sagstyper", "periode"})
    public record Rules(List<StratumRule> strata, Map<String, Integer> kvoter, int reserve,
                        @JsonProperty("for_få") String shortRule, List<String> sagstyper, Map<String, LocalDate> periode) {
    }

    @JsonPropertyOrder({"navn", "felt", "fra", "til", "værdier", "antal"})
    public record StratumRule(String navn, String felt, Double fra, Double til,
                              @JsonProperty("værdier") List<String> values, int antal) {
    }

    @JsonPropertyOrder({"kode", "navn", "strata", "dækning"})
    public record KommuneEntry(String kode, String navn, List<CellEntry> strata,
                               @JsonProperty("dækning") KommuneCoverageEntry coverage) {
    }

    @JsonPropertyOrder({"navn", "i_populationen", "kvote", "udtrukket", "reserve", "mangler"})
    public record CellEntry(String navn, @JsonProperty("i_populationen") int available, int kvote,
                            List<String> udtrukket, List<String> reserve, int mangler) {
    }

    static DrawRecord of(Draw draw, String planFileName) {
        SamplePlan p = draw.plan();
        List<StratumRule> strata = p.strata().stream().map(s -> new StratumRule(s.name(), s.field(), s.from(), s.to(),
                s.values().isEmpty() ? null : s.values(), s.count())).toList();
        Map<String, LocalDate> period = new TreeMap<>();
        if (p.from() != null) {
            period.put("fra", p.from());
        }
        if (p.to() != null) {
            period.put("til", p.to());
        }
        Rules rules = new Rules(strata, p.quotas().isEmpty() ? null : new TreeMap<>(p.quotas()), p.reserve(),
                p.shortRule().key(), p.caseTypes().isEmpty() ? null : p.caseTypes(), period.isEmpty() ? null : period);
        YearCoverage yc = draw.coverage();
        List<KommuneEntry> kommuner = draw.byKommune().entrySet().stream().map(e -> new KommuneEntry(e.getKey().kode(),
                e.getKey().navn(), e.getValue().stream().map(c -> new CellEntry(c.stratum().name(), c.available(),
                        c.stratum().count(), refs(c.drawn()), refs(c.reserve()), c.shortfall())).toList(),
                yc == null ? null : coverageEntry(yc.kommuner().get(e.getKey())))).toList();
        CoverageRule coverage = p.coverage() == null ? null : new CoverageRule(p.coverage().field(),
                p.coverage().drawsPerYear(), yc.drawNumber() == 0 ? null : yc.drawNumber(), yc.remaining());
        String algorithm = ALGORITHM + (p.caseworker() != null ? REDRAW_ALGORITHM
                : p.coverage() != null ? COVERAGE_ALGORITHM : "");
        String redo = "praksis sample " + planFileName + " --seed " + draw.seed()
                + (p.caseworker() == null ? "" : " --sagsbehandler " + p.caseworker());
        return new DrawRecord(FORMAT, p.title(), p.sender(), draw.seed(), p.caseworker(),
                new PopulationInfo(draw.population().fileName(), draw.population().sha256(),
                        draw.population().cases().size()),
                draw.earlier().records().isEmpty() ? null : draw.earlier().records(),
                rules, coverage, algorithm, redo, kommuner);
    }

    private static KommuneCoverageEntry coverageEntry(YearCoverage.KommuneCoverage k) {
        return k == null ? null : new KommuneCoverageEntry(k.thisDraw(), k.seen(), k.notSeen());
    }

    private static List<String> refs(List<PopulationCase> cases) {
        return cases.stream().map(PopulationCase::reference).toList();
    }

    byte[] toBytes() {
        return DeterministicJson.toBytes(this);
    }
}
