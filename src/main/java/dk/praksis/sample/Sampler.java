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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Draws a stratified random sample, the same way on every machine (docs/arbejdsgang.md says it in words):
 *
 * <ol>
 *   <li>Cases outside the plan's sagstyper or period are left out. Each remaining case belongs to the first
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
    public static Draw draw(Population population, SamplePlan plan, long seed, KommuneRegister kommuner) {
        checkFields(population, plan);
        Map<Kommune, List<PopulationCase>> byKommune = new TreeMap<>(Comparator.comparingInt(k -> Integer.parseInt(k.kode())));
        plan.quotas().keySet().forEach(code -> kommuner.find(code).ifPresent(k -> byKommune.put(k, new ArrayList<>())));
        for (PopulationCase c : population.cases()) {
            if (plan.draws(c.kommune()) && plan.admits(c)) {
                byKommune.computeIfAbsent(c.kommune(), k -> new ArrayList<>()).add(c);
            }
        }
        List<DrawCell> cells = new ArrayList<>();
        List<Problem> tooSmall = new ArrayList<>();
        byKommune.forEach((kommune, cases) -> {
            cases.sort(Comparator.comparing(PopulationCase::reference));
            Set<PopulationCase> placed = new HashSet<>();
            for (Stratum s : plan.strataFor(kommune)) {
                List<PopulationCase> members = new ArrayList<>();
                for (PopulationCase c : cases) {
                    if (!placed.contains(c) && s.contains(c)) {
                        members.add(c);
                    }
                }
                placed.addAll(members);
                DrawCell cell = drawCell(kommune, s, members, plan.reserve(), seed);
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
        return new Draw(seed, population, plan, cells);
    }

    private static DrawCell drawCell(Kommune kommune, Stratum s, List<PopulationCase> members, int reserve, long seed) {
        List<PopulationCase> order = new ArrayList<>(members);
        SplitMix64 random = new SplitMix64(cellSeed(seed, kommune.kode(), s.name()));
        int take = Math.min(order.size(), s.count() + reserve);
        for (int i = 0; i < take; i++) {
            int j = i + random.below(order.size() - i);
            PopulationCase x = order.get(i);
            order.set(i, order.get(j));
            order.set(j, x);
        }
        int drawn = Math.min(s.count(), take);
        return new DrawCell(kommune, s, members.size(), order.subList(0, drawn), order.subList(drawn, take));
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
