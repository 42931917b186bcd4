package dk.praksis.sample;

import dk.praksis.audit.SafeOutput;
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
        SamplePlan plan = new SamplePlanLoader(kommuner).load(planFile);
        if (output != null) {
            plan = plan.withOutput(output);
        }
        if (plan.output() == null) {
            throw new UsageException("Udtrækket mangler en outputmappe: skriv output i " + planFile.getFileName()
                    + " eller brug --out");
        }
        boolean chosen = seed == null && plan.seed() == null;
        long used = seed != null ? seed : plan.seed() != null ? plan.seed() : freshSeed;
        plan = plan.withSeed(used);
        SafeOutput.checkWritable(plan.output(), force); // before the work, not after
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
        SafeOutput.write(plan.output(), force, dir -> write(dir, draw, letters, planName, p));
        return new Outcome(draw, plan.output(), chosen);
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
        d.earlier().records().forEach(r -> lines.add("Tidligere udtræk: " + r.fil() + ", " + r.udelukket()
                + " sager udtrukket dengang og ikke med nu"));
        for (Map.Entry<Kommune, List<DrawCell>> e : d.byKommune().entrySet()) {
            int drawn = e.getValue().stream().mapToInt(c -> c.drawn().size()).sum();
            int reserve = e.getValue().stream().mapToInt(c -> c.reserve().size()).sum();
            int missing = e.getValue().stream().mapToInt(DrawCell::shortfall).sum();
            lines.add("  " + e.getKey().kode() + " " + e.getKey().navn() + ": " + drawn + " udtrukket, " + reserve
                    + " i reserve" + (missing > 0 ? ", " + missing + " for få i populationen" : ""));
        }
        lines.add("I alt " + d.drawnTotal() + " sager udtrukket. Skrevet: " + o.output().toAbsolutePath().normalize());
        return lines;
    }
}
