package dk.praksis.sample;

import dk.praksis.cases.Kommune;
import dk.praksis.cases.KommuneRegister;
import dk.praksis.cases.tables.PlainTable;
import dk.praksis.errors.InvalidInputException;
import dk.praksis.errors.Problem;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Draws a stratified random sample, the same way on every machine (docs/arbejdsgang.md says it in words):
 *
 * <ol>
 *   <li>Cases outside the plan's sagstyper or period, and cases earlier draws took, are left out. Each remaining case belongs to the first
 *       stratum (in the plan's order) that contains it, or to none.</li>
 *   <li>Kommuner are taken in kommunekode order, strata in the plan's order. A stratum's cases are sorted by
 *       reference (by Unicode code point), so the row order of the list does not matter.</li>
 *   <li>Each kommune and stratum has its own random numbers: {@link SplitMix64} seeded with the first 8
 *       bytes (big-endian) of SHA-256("seed|kommunekode|stratum name"). So adding a kommune to the list
 *       does not change another kommune's sample.</li>
 *   <li>A partial Fisher–Yates shuffle picks quota + reserve cases: for i = 0, 1, ...: swap position i with
 *       position i + below(n − i). The first quota positions are the sample, the next are the reserve.</li>
 * </ol>
 */
public final class Sampler {

    private Sampler() {
    }

    /**
     * @throws InvalidInputException when a stratum names a column the list lacks, or a stratum is too small
     *                               and the plan says stop
     */
    public static Draw draw(Population population, SamplePlan plan, long seed, EarlierDraws earlier,
                            KommuneRegister kommuner) {
        checkFields(population, plan);
        Map<Kommune, List<PopulationCase>> byKommune = new TreeMap<>(Comparator.comparingInt(k -> Integer.parseInt(k.kode())));
        plan.quotas().keySet().forEach(code -> kommuner.find(code).ifPresent(k -> byKommune.put(k, new ArrayList<>())));
        for (PopulationCase c : population.cases()) {
            if (plan.draws(c.kommune()) && plan.admits(c) && !earlier.excludes(c)) {
                byKommune.computeIfAbsent(c.kommune(), k -> new ArrayList<>()).add(c);
            }
        }
        if (plan.caseworker() != null && byKommune.values().stream().allMatch(List::isEmpty)) {
            throw new InvalidInputException(population.fileName(), "sagsbehandleren '" + plan.caseworker()
                    + "' har ingen sager i kolonnen " + plan.caseworkerField() + ", som kan udtrækkes (efter sagstyper,"
                    + " periode og tidligere udtræk)");
        }
        boolean balance = plan.coverage() != null && plan.caseworker() == null;
        List<DrawCell> cells = new ArrayList<>();
        List<Problem> tooSmall = new ArrayList<>();
        byKommune.forEach((kommune, cases) -> {
            cases.sort(Comparator.comparing(PopulationCase::reference));
            Set<PopulationCase> placed = new HashSet<>();
            Map<String, Integer> seen = balance ? new HashMap<>(earlier.seenIn(kommune.kode())) : null;
            for (Stratum s : plan.strataFor(kommune)) {
                List<PopulationCase> members = new ArrayList<>();
                for (PopulationCase c : cases) {
                    if (!placed.contains(c) && s.contains(c)) {
                        members.add(c);
                    }
                }
                placed.addAll(members);
                DrawCell cell = drawCell(kommune, s, members, plan, seed, seen);
                if (cell.shortfall() > 0 && plan.shortRule() == SamplePlan.ShortRule.STOP) {
                    tooSmall.add(new Problem(population.fileName(), null, kommune.navn() + ", stratum '" + s.name()
                            + "': " + members.size() + " sager, men kvoten er " + s.count() + " (for_få: stop)."
                            + " Sænk kvoten, eller skriv for_få: tag_alle"));
                }
                cells.add(cell);
            }
        });
        if (!tooSmall.isEmpty()) {
            throw new InvalidInputException(tooSmall);
        }
        YearCoverage coverage = plan.coverage() == null && plan.caseworker() == null ? null
                : YearTally.of(population, plan, earlier, cells);
        return new Draw(seed, population, plan, earlier, cells, coverage);
    }

    /**
     * Shuffles the stratum and picks quota + reserve cases. With {@code seen} (a year's coverage), each pick is the
     * first case in the shuffled order whose caseworker has been seen fewest times this year (the picks of this
     * draw included); without it, simply the first cases of the shuffle.
     */
    private static DrawCell drawCell(Kommune kommune, Stratum s, List<PopulationCase> members, SamplePlan plan,
                                     long seed, Map<String, Integer> seen) {
        List<PopulationCase> order = new ArrayList<>(members);
        String salt = plan.caseworker() == null ? s.name() : s.name() + "|" + plan.caseworker().strip();
        SplitMix64 random = new SplitMix64(cellSeed(seed, kommune.kode(), salt));
        int take = Math.min(order.size(), s.count() + plan.reserve());
        int shuffled = seen == null ? take : order.size();
        for (int i = 0; i < shuffled; i++) {
            int j = i + random.below(order.size() - i);
            PopulationCase x = order.get(i);
            order.set(i, order.get(j));
            order.set(j, x);
        }
        int drawn = Math.min(s.count(), take);
        if (seen == null) {
            return new DrawCell(kommune, s, members.size(), order.subList(0, drawn), order.subList(drawn, take));
        }
        List<PopulationCase> sample = pickLeastSeen(order, drawn, seen, plan);
        // The reserve is chosen the same way, but a reserve case is not a case looked at (yet).
        List<PopulationCase> reserve = pickLeastSeen(order, take - drawn, new HashMap<>(seen), plan);
        return new DrawCell(kommune, s, members.size(), sample, reserve);
    }

    /** Removes and returns {@code n} cases from {@code order}, counting each pick's caseworker in {@code seen}. */
    private static List<PopulationCase> pickLeastSeen(List<PopulationCase> order, int n, Map<String, Integer> seen,
                                                      SamplePlan plan) {
        List<PopulationCase> out = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            int best = 0;
            int fewest = Integer.MAX_VALUE;
            for (int i = 0; i < order.size(); i++) {
                // A case without a caseworker is taken only when no case with one is left.
                int times = plan.caseworkerOf(order.get(i)).map(w -> seen.getOrDefault(w, 0)).orElse(Integer.MAX_VALUE - 1);
                if (times < fewest) {
                    fewest = times;
                    best = i;
                }
            }
            PopulationCase pick = order.remove(best);
            plan.caseworkerOf(pick).ifPresent(w -> seen.merge(w, 1, Integer::sum));
            out.add(pick);
        }
        return out;
    }

    /** The first 8 bytes, big-endian, of SHA-256 of "seed|kommunekode|stratum name" in UTF-8. */
    static long cellSeed(long seed, String kommunekode, String stratum) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((seed + "|" + kommunekode + "|" + stratum).getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(hash, 0, 8).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JVM", e);
        }
    }

    private static void checkFields(Population population, SamplePlan plan) {
        List<Problem> missing = new ArrayList<>();
        if ((plan.coverage() != null || plan.caseworker() != null) && population.columns().stream()
                .map(PlainTable::key).noneMatch(PlainTable.key(plan.caseworkerField())::equals)) {
            missing.add(new Problem(population.fileName() + " række 1", null, "kolonnen '" + plan.caseworkerField()
                    + "' med sagsbehandleren, som " + (plan.caseworker() != null ? "udtrækket for en sagsbehandler"
                    : "dækning") + " bruger, findes ikke i populationslisten"));
        }
        for (Stratum s : plan.strata()) {
            if (s.field() != null && population.columns().stream().map(PlainTable::key)
                    .noneMatch(PlainTable.key(s.field())::equals)) {
                missing.add(new Problem(population.fileName() + " række 1", null, "kolonnen '" + s.field()
                        + "', som stratum '" + s.name() + "' bruger, findes ikke i populationslisten"));
            }
        }
        if (!missing.isEmpty()) {
            throw new InvalidInputException(missing);
        }
    }
}
