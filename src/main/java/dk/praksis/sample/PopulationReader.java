package dk.praksis.sample;

import dk.praksis.cases.Kommune;
import dk.praksis.cases.KommuneRegister;
import dk.praksis.cases.PersonalDataGuard;
import dk.praksis.cases.tables.CellParsing;
import dk.praksis.cases.tables.CellValue;
import dk.praksis.cases.tables.PlainTable;
import dk.praksis.errors.InvalidInputException;
import dk.praksis.errors.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a population list (CSV or xlsx): one row per case with its anonymous reference, kommune,
 * optionally sagstype and decision date, and any further columns a stratum may use. Every cell
 * passes the personal-data guard; every problem names file and place.
 */
public final class PopulationReader {

    /** Accepted header keys of the known columns (the first is the documented name). */
    static final List<String> REFERENCE = List.of("reference", "sag", "sagsnr", "id");
    static final List<String> KOMMUNE = List.of("kommune", "kommunekode");
    static final List<String> CASE_TYPE = List.of("sagstype");
    static final List<String> DATE = List.of("dato", "afgoerelsesdato", "afgoerelse_dato");

    private final KommuneRegister kommuner;
    private final PersonalDataGuard guard;

    public PopulationReader(KommuneRegister kommuner, PersonalDataGuard guard) {
        this.kommuner = kommuner;
        this.guard = guard;
    }

    /**
     * @throws InvalidInputException               when a column is missing or a cell cannot be read
     * @throws dk.praksis.errors.PersonalDataException when a cell holds personal data
     */
    public Population read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InvalidInputException(file.toString(), "populationslisten kan ikke læses (findes filen?)");
        }
        PlainTable table = PlainTable.read(file, guard);
        List<String> keys = table.headers().stream().map(PlainTable::key).toList();
        Optional<String> ref = first(keys, REFERENCE);
        Optional<String> kommune = first(keys, KOMMUNE);
        if (ref.isEmpty() || kommune.isEmpty()) {
            throw new InvalidInputException(file + " række 1", "populationslisten skal have kolonnerne reference og"
                    + " kommune (og kan have sagstype, dato og andre kolonner, som strata bruger)");
        }
        Optional<String> caseType = first(keys, CASE_TYPE);
        Optional<String> date = first(keys, DATE);
        Set<String> known = new LinkedHashSet<>();
        for (Optional<String> k : List.of(ref, kommune, caseType, date)) {
            k.ifPresent(known::add);
        }
        List<Problem> problems = new ArrayList<>();
        List<PopulationCase> cases = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (PlainTable.PlainRow row : table.rows()) {
            String reference = row.cells().containsKey(ref.get()) ? CellParsing.text(row.cells().get(ref.get())) : "";
            if (reference.isEmpty()) {
                problems.add(new Problem(row.place(ref.get()), null, "rækken mangler en reference"));
                continue;
            }
            Optional<Kommune> k = Optional.ofNullable(row.cells().get(kommune.get())).map(CellParsing::text)
                    .flatMap(kommuner::find);
            if (k.isEmpty()) {
                CellValue v = row.cells().get(kommune.get());
                problems.add(new Problem(row.place(kommune.get()), reference, v == null ? "rækken mangler en kommune"
                        : kommuner.unknownMessage(CellParsing.text(v))));
                continue;
            }
            String before = seen.putIfAbsent(k.get().kode() + "/" + reference, row.where());
            if (before != null) {
                problems.add(new Problem(row.place(ref.get()), reference, "referencen står allerede i " + before
                        + " for samme kommune; hver sag må kun stå én gang"));
                continue;
            }
            LocalDate d = null;
            if (date.isPresent() && row.cells().containsKey(date.get())) {
                Optional<LocalDate> parsed = CellParsing.date(row.cells().get(date.get()));
                if (parsed.isEmpty()) {
                    problems.add(new Problem(row.place(date.get()), reference, "datoen kan ikke læses; skriv den som"
                            + " 15-03-2010, 15.03.2010 eller 2010-03-15"));
                    continue;
                }
                d = parsed.get();
            }
            String type = caseType.map(row.cells()::get).map(CellParsing::text).orElse(null);
            Map<String, CellValue> fields = new LinkedHashMap<>(row.cells());
            known.forEach(fields::remove);
            cases.add(new PopulationCase(reference, k.get(), type, d, fields, row.where()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        List<String> columns = table.headers().stream().map(String::strip)
                .filter(h -> !h.isEmpty() && !known.contains(PlainTable.key(h))).toList();
        return new Population(file.getFileName().toString(), sha256(bytes), cases, columns);
    }

    private static Optional<String> first(List<String> keys, List<String> accepted) {
        return accepted.stream().filter(keys::contains).findFirst();
    }

    static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JVM", e);
        }
    }
}
