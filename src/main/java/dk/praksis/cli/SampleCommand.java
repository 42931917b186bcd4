package dk.praksis.cli;

import dk.praksis.cases.CaseReadOptions;
import dk.praksis.cases.KommuneRegister;
import dk.praksis.cases.PersonalDataDetector;
import dk.praksis.errors.ExitCode;
import dk.praksis.errors.UsageException;
import dk.praksis.cases.Kommune;
import dk.praksis.sample.SampleRun;
import dk.praksis.sample.SizePlanning;
import dk.praksis.sample.SizePlanningText;
import dk.praksis.text.DanishNumber;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Draws the sample of cases to call in; the draw lives in dk.praksis.sample. */
@Command(name = "sample", aliases = {"udtræk", "udtraek"},
        description = {"Udtrækker en tilfældig stikprøve af sager fra en populationsliste og skriver listen pr. kommune"
                + " (CSV og Excel), et indkaldelsesbrev pr. kommune (PDF) og en protokol (protokol.json), så alle kan"
                + " gentage udtrækket.",
            "Udtræksfilen (udtraek.yaml) siger, hvilken liste der trækkes fra, kvoterne pr. kommune eller pr. stratum,"
                + " og hvad der sker, når et stratum har for få sager. Samme frø og samme liste giver altid præcis"
                + " de samme filer. Se docs/arbejdsgang.md.",
            "Med --planlæg beregnes i stedet, hvor mange sager der skal indkaldes, for at rapportens 95 %%-interval"
                + " bliver så smalt som ønsket.",
            "Afslutningskoder: 0 gennemført, 2 forkert brug, 3 ugyldigt input, 4 personoplysninger, 5 output findes."})
final class SampleCommand extends DanishCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "UDTRÆKSFIL", description = "Udtræksfilen, fx udtraek.yaml.")
    Path planFile;

    @Option(names = {"--planlæg", "--planlaeg"},
            description = "Beregn i stedet, hvor mange sager der skal til (med --andel, --halvbredde og evt. --population).")
    boolean plan;

    @Option(names = "--andel", paramLabel = "PCT",
            description = "Med --planlæg: den andel, man forventer at finde, i procent, fx 5 eller 12,5.")
    String share;

    @Option(names = "--halvbredde", paramLabel = "POINT",
            description = "Med --planlæg: hvor meget 95 %%-intervallet højst må gå til hver side, i procentpoint, fx 5.")
    String halfWidth;

    @Option(names = "--population", paramLabel = "KOMMUNE=ANTAL",
            description = "Med --planlæg: antal afgørelser i perioden i en kommune (kan gentages), fx Odense=334.")
    java.util.Map<String, String> populations = new java.util.LinkedHashMap<>();

    @Option(names = {"--seed", "--frø", "--froe"}, paramLabel = "TAL",
            description = "Frøet (et helt tal, 0 eller større); går forud for udtræksfilens frø. Uden frø vælges et,"
                    + " som skrives ud og i protokollen.")
    Long seed;

    @Option(names = {"--out", "--udmappe"}, paramLabel = "MAPPE", description = "Mappen, udtrækket skrives i.")
    Path out;

    @Option(names = {"--force", "--overskriv"},
            description = "Erstat en eksisterende outputmappe (først når den nye er skrevet færdig).")
    boolean force;

    @Option(names = {"--sagsbehandler", "--caseworker"}, paramLabel = "KODE",
            description = "Et ekstra udtræk for én sagsbehandler (koden i populationslistens kolonne sagsbehandler,"
                    + " eller dækning.felt): samme strata og kvoter, kun vedkommendes sager. Skrives uden --out i"
                    + " udtræksfilens outputmappe med -KODE bagefter.")
    String caseworker;

    @Mixin
    NameListOption nameList;

    @Override
    public Integer call() {
        if (plan) {
            if (planFile != null) {
                throw new UsageException("--planlæg bruger ingen udtræksfil; angiv --andel, --halvbredde og evt. --population");
            }
            SizePlanningText.lines(planning()).forEach(spec.commandLine().getOut()::println);
            return ExitCode.OK.code();
        }
        if (planFile == null) {
            throw new UsageException("angiv udtræksfilen, fx praksis sample udtraek.yaml (eller --planlæg); se --help");
        }
        if (caseworker != null && caseworker.isBlank()) {
            throw new UsageException("--sagsbehandler skal have en kode, fx --sagsbehandler K17");
        }
        if (seed != null && seed < 0) {
            throw new UsageException("--seed skal være 0 eller større");
        }
        PersonalDataDetector detector = new PersonalDataDetector(CaseReadOptions.of(false, nameList.file).extraPatterns());
        long fresh = new SecureRandom().nextInt(1_000_000_000);
        SampleRun.Outcome outcome = new SampleRun(KommuneRegister.standard())
                .run(planFile, seed, out, force, fresh, detector, caseworker);
        SampleRun.summary(outcome).forEach(spec.commandLine().getOut()::println);
        return ExitCode.OK.code();
    }

    private SizePlanning planning() {
        if (share == null || halfWidth == null) {
            throw new UsageException("--planlæg kræver --andel (fx 5) og --halvbredde (fx 5)");
        }
        double p = percent("--andel", share, 0, 100);
        double d = percent("--halvbredde", halfWidth, 0.1, 50);
        KommuneRegister register = KommuneRegister.standard();
        java.util.Map<Kommune, Integer> sizes = new java.util.LinkedHashMap<>();
        populations.forEach((name, count) -> {
            Kommune k = register.find(name).orElseThrow(() -> new UsageException("--population: "
                    + register.unknownMessage(name)));
            int n;
            try {
                n = Integer.parseInt(count.strip());
            } catch (NumberFormatException e) {
                throw new UsageException("--population " + k.navn() + ": antallet skal være et helt tal, fx " + k.navn() + "=120");
            }
            if (n < 1) {
                throw new UsageException("--population " + k.navn() + ": antallet skal være mindst 1");
            }
            sizes.put(k, n);
        });
        return SizePlanning.of(p, d, 0.95, sizes);
    }

    /** A percentage typed the Danish way ("12,5") as a share, within [min, max] percent. */
    private static double percent(String option, String text, double min, double max) {
        double v;
        try {
            v = Double.parseDouble(text.strip().replace("%", "").strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new UsageException(option + " skal være et tal i procent, fx 5 eller 12,5");
        }
        if (!(v >= min && v <= max)) {
            throw new UsageException(option + " skal ligge mellem " + DanishNumber.of(min) + " og " + DanishNumber.of(max));
        }
        return v / 100;
    }
}
