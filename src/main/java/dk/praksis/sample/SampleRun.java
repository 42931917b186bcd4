package dk.praksis.sample;

import dk.praksis.audit.SafeOutput;
import dk.praksis.audit.VerifiedOutput;
import dk.praksis.cases.Kommune;
import dk.praksis.cases.KommuneRegister;
import dk.praksis.cases.PersonalDataDetector;
import dk.praksis.cases.PersonalDataGuard;
import dk.praksis.errors.InvalidInputException;
import dk.praksis.errors.UsageException;
import dk.praksis.report.OutputNames;
import dk.praksis.report.pdf.LetterPdf;
import dk.praksis.report.pdf.LetterTemplate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code praksis sample}: read the sample file and the population, draw, and write the lists, the letters
 * and the record into a folder that appears only when all of it was written.
 */
public final class SampleRun {

    public static final String ALL_CSV = "udtraek.csv";
    public static final String ALL_XLSX = "udtraek.xlsx";
    public static final String KOMMUNER = "kommuner";

    private final KommuneRegister kommuner;

    public SampleRun(KommuneRegister kommuner) {
        this.kommuner = kommuner;
    }

    /** What a run did: the draw and where it was written. */
    public record Outcome(Draw draw, Path output, boolean seedChosen) {
    }

    /**
     * @param seed      the command line's seed, or null to use the file's (or choose one)
     * @param output    the command line's folder, or null to use the file's
     * @param freshSeed a seed for when neither the file nor the command line gives one
     * @param detector  what counts as personal data in the population list
     */
    public Outcome run(Path planFile, Long seed, Path output, boolean force, long freshSeed,
                       PersonalDataDetector detector) {
        return run(planFile, seed, output, force, freshSeed, detector, null);
    }

    /**
     * @param caseworker the command line's --sagsbehandler (a re-draw for that caseworker), or null to use the
     *                   file's; a re-draw without --out writes beside the plan's folder, its name ending in the code
     */
    public Outcome run(Path planFile, Long seed, Path output, boolean force, long freshSeed,
                       PersonalDataDetector detector, String caseworker) {
        SamplePlan plan = new SamplePlanLoader(kommuner).load(planFile);
        if (caseworker != null) {
            plan = plan.withCaseworker(caseworker);
        }
        if (plan.caseworker() != null) {
            plan = plan.withEarlier(withOwnDraw(plan));
        }
        if (output != null) {
            plan = plan.withOutput(output);
        } else if (plan.caseworker() != null && plan.output() != null) {
            plan = plan.withOutput(plan.output().resolveSibling(plan.output().getFileName() + "-"
                    + plan.caseworker().strip().replaceAll("[^A-Za-z0-9_-]", "_")));
        }
        if (plan.output() == null) {
            throw new UsageException("Udtrækket mangler en outputmappe: skriv output i " + planFile.getFileName()
                    + " eller brug --out");
        }
        boolean chosen = seed == null && plan.seed() == null;
        long used = seed != null ? seed : plan.seed() != null ? plan.seed() : freshSeed;
        plan = plan.withSeed(used);
        VerifiedOutput earlierOutput = SafeOutput.checkWritable(plan.output(), force); // before the work, not after
        Population population = new PopulationReader(kommuner, new PersonalDataGuard(detector))
                .read(plan.population());
        String template = plan.letter() == null ? CallInLetter.STANDARD : LetterTemplate.read(plan.letter());
        String templateName = plan.letter() == null ? "standardbrevet" : plan.letter().toString();
        Draw draw = Sampler.draw(population, plan, used, EarlierDraws.read(plan.earlier()), kommuner);
        List<Letterish> letters = new ArrayList<>();
        draw.byKommune().forEach((k, cells) -> letters.add(new Letterish(k, cells,
                LetterPdf.bytes(CallInLetter.of(draw, k, cells, template, templateName)))));
        String planName = planFile.getFileName().toString();
        SamplePlan p = plan;
        SafeOutput.write(plan.output(), force, earlierOutput, dir -> write(dir, draw, letters, planName, p));
        return new Outcome(draw, plan.output(), chosen);
    }


    /**
     * A re-draw for one caseworker must not take the cases this period's regular draw took: when the plan's own
     * folder holds its record, that record is added to the earlier draws.
     */
    private static List<Path> withOwnDraw(SamplePlan plan) {
        List<Path> out = new ArrayList<>(plan.earlier());
        if (plan.output() != null) {
            Path own = plan.output().resolve(DrawRecord.FILE_NAME);
            if (Files.isRegularFile(own) && !out.contains(own)) {
                out.add(own);
            }
        }
        return out;
    }

    /** A kommune's cells and its rendered letter. */
    private record Letterish(Kommune kommune, List<DrawCell> cells, byte[] pdf) {
    }

    private static void write(Path dir, Draw draw, List<Letterish> letters, String planName, SamplePlan plan) {
        LocalDate stamp = plan.letterDate() != null ? plan.letterDate() : LocalDate.of(2000, 1, 1);
        String title = plan.title() == null ? "Udtræk" : "Udtræk: " + plan.title();
        try {
            List<String> extra = draw.population().columns();
            List<SampleList.Row> all = SampleList.rows(draw.cells(), extra);
            Files.write(dir.resolve(ALL_CSV), SampleList.csv(all, extra));
            Files.write(dir.resolve(ALL_XLSX), SampleList.xlsx(all, extra, title, stamp));
            Files.write(dir.resolve(DrawRecord.FILE_NAME), DrawRecord.of(draw, planName).toBytes());
            Path folder = Files.createDirectories(dir.resolve(KOMMUNER));
            boolean ascii = OutputNames.needsAsciiFallback(draw.byKommune().keySet());
            for (Letterish l : letters) {
                String stem = OutputNames.kommuneStem(l.kommune(), ascii);
                List<SampleList.Row> rows = SampleList.rows(l.cells(), extra);
                Files.write(folder.resolve(stem + "-stikproeve.csv"), SampleList.csv(rows, extra));
                Files.write(folder.resolve(stem + "-stikproeve.xlsx"), SampleList.xlsx(rows, extra, title, stamp));
                Files.write(folder.resolve(stem + "-indkaldelse.pdf"), l.pdf());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lines for the terminal: the seed, the population's hash, each kommune's count and any shortfall. */
    public static List<String> summary(Outcome o) {
        Draw d = o.draw();
        List<String> lines = new ArrayList<>();
        lines.add("Frø: " + d.seed() + (o.seedChosen() ? " (valgt nu; skriv det i udtræksfilen som frø: " + d.seed()
                + ", så udtrækket kan gentages)" : ""));
        lines.add("Population: " + d.population().fileName() + ", " + d.population().cases().size() + " sager, SHA-256 "
                + d.population().sha256());
        List<DrawRecord.Earlier> earlier = d.earlier().records();
        if (earlier.size() == 1) {
            lines.add("Tidligere udtræk: " + earlier.get(0).fil() + ", " + earlier.get(0).udelukket()
                    + " sager udtrukket dengang og ikke med nu");
        } else if (earlier.size() > 1) {
            lines.add("Tidligere udtræk: " + earlier.size() + " protokoller (" + earlier.get(0).fil() + " … "
                    + earlier.get(earlier.size() - 1).fil() + "), " + earlier.stream().mapToInt(DrawRecord.Earlier::udelukket)
                    .sum() + " sager udtrukket dengang og ikke med nu");
        }
        if (d.plan().caseworker() != null) {
            lines.add("Udtræk for sagsbehandler " + d.plan().caseworker().strip() + " (kolonnen "
                    + d.plan().caseworkerField() + "); gentag det med --seed " + d.seed() + " --sagsbehandler "
                    + d.plan().caseworker().strip());
        }
        for (Map.Entry<Kommune, List<DrawCell>> e : d.byKommune().entrySet()) {
            int drawn = e.getValue().stream().mapToInt(c -> c.drawn().size()).sum();
            int reserve = e.getValue().stream().mapToInt(c -> c.reserve().size()).sum();
            int missing = e.getValue().stream().mapToInt(DrawCell::shortfall).sum();
            lines.add("  " + e.getKey().kode() + " " + e.getKey().navn() + ": " + drawn + " udtrukket, " + reserve
                    + " i reserve" + (missing > 0 ? ", " + missing + " for få i populationen" : ""));
        }
        if (d.coverage() != null) {
            lines.addAll(coverageLines(d));
        }
        lines.add("I alt " + d.drawnTotal() + " sager udtrukket. Skrevet: " + o.output().toAbsolutePath().normalize());
        return lines;
    }

    /** Who this draw looked at, who the year has not looked at yet, and how many regular draws remain. */
    private static List<String> coverageLines(Draw d) {
        YearCoverage c = d.coverage();
        List<String> lines = new ArrayList<>();
        if (c.drawNumber() > 0) {
            lines.add("Dækning af sagsbehandlere (kolonnen " + d.plan().caseworkerField() + "): udtræk nr. "
                    + c.drawNumber() + " af " + d.plan().coverage().drawsPerYear() + " i år, " + c.remaining()
                    + " tilbage.");
        }
        boolean many = c.kommuner().size() > 1;
        c.kommuner().forEach((k, kc) -> {
            String who = many ? "  " + k.navn() + ": " : "  ";
            lines.add(who + "denne gang " + (kc.thisDraw().isEmpty() ? "ingen med sagsbehandler" : String.join(", ",
                    kc.thisDraw().keySet())) + "; set i år: " + kc.seen().size() + " sagsbehandlere");
            if (d.plan().coverage() != null) {
                lines.add(who + (kc.notSeen().isEmpty() ? "alle sagsbehandlere på listen er set i år"
                        : "endnu ikke set i år: " + String.join(", ", kc.notSeen()) + " (" + kc.notSeen().size()
                        + ", " + c.remaining() + " udtræk tilbage)"));
            }
        });
        return lines;
    }
}
