package dk.praksis.audit;

import dk.praksis.cases.Kommune;
import dk.praksis.cases.KommuneRegister;
import dk.praksis.cases.PersonalDataGuard;
import dk.praksis.cases.tables.CellParsing;
import dk.praksis.cases.tables.CellValue;
import dk.praksis.cases.tables.PlainTable;
import dk.praksis.errors.InvalidInputException;
import dk.praksis.errors.Problem;
import dk.praksis.report.Intake;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Accounts for the cases called in: reads the sample list ({@code praksis sample}'s udtraek.csv or .xlsx) and
 * the list of cases left out with their reasons, and compares them with the cases the audit scored. A case
 * called in that is neither audited nor on the list of cases left out counts as not received.
 */
final class IntakeAccount {

    private static final String DRAWN = "udtrukket";
    private static final String RESERVE = "reserve";

    private final KommuneRegister kommuner;
    private final PersonalDataGuard guard;

    IntakeAccount(KommuneRegister kommuner, PersonalDataGuard guard) {
        this.kommuner = kommuner;
        this.guard = guard;
    }

    /** A case of the sample list: its kommune, reference and whether it was drawn or is a reserve. */
    private record Called(Kommune kommune, String reference, boolean reserve) {
    }

    /**
     * @param droppedList null when there is none
     * @param audited     the ids of the cases audited, per kommune
     * @throws InvalidInputException naming file and place for a list that cannot be used
     */
    Intake account(Path sampleList, Path droppedList, Map<Kommune, Set<String>> audited) {
        List<Called> called = readSample(sampleList);
        Map<String, Intake.Reason> reasons = droppedList == null ? Map.of() : readDropped(droppedList, called);
        List<Problem> problems = new ArrayList<>();
        Map<Kommune, List<Called>> byKommune = new TreeMap<>(Comparator.comparingInt(k -> Integer.parseInt(k.kode())));
        called.forEach(c -> byKommune.computeIfAbsent(c.kommune(), k -> new ArrayList<>()).add(c));
        audited.keySet().forEach(k -> byKommune.computeIfAbsent(k, x -> new ArrayList<>()));
        List<Intake.Row> rows = new ArrayList<>();
        byKommune.forEach((kommune, list) -> {
            Set<String> cases = audited.getOrDefault(kommune, Set.of());
            int requested = 0;
            int received = 0;
            int replacements = 0;
            EnumMap<Intake.Reason, Integer> dropped = new EnumMap<>(Intake.Reason.class);
            Set<String> known = new LinkedHashSet<>();
            for (Called c : list) {
                known.add(c.reference());
                boolean in = cases.contains(c.reference());
                Intake.Reason reason = reasons.get(key(kommune, c.reference()));
                if (in && reason != null) {
                    problems.add(new Problem(droppedList.toString(), c.reference(), "sagen står på listen over udeladte"
                            + " sager (" + reason.label() + "), men er med blandt de bedømte sager; fjern den fra den ene"));
                }
                if (c.reserve()) {
                    replacements += in ? 1 : 0;
                } else {
                    requested++;
                    if (in) {
                        received++;
                    } else {
                        dropped.merge(reason == null ? Intake.Reason.NOT_RECEIVED : reason, 1, Integer::sum);
                    }
                }
            }
            int outside = (int) cases.stream().filter(id -> !known.contains(id)).count();
            rows.add(new Intake.Row(kommune, requested, received, replacements, dropped, outside));
        });
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Intake(rows);
    }

    private static String key(Kommune k, String reference) {
        return k.kode() + "/" + reference;
    }

    private List<Called> readSample(Path file) {
        PlainTable t = PlainTable.read(file, guard);
        Set<String> headers = new LinkedHashSet<>(t.headers().stream().map(PlainTable::key).toList());
        if (!headers.containsAll(List.of("kommunekode", "reference", "rolle"))) {
            throw new InvalidInputException(file + " række 1", "udtræk skal være listen fra 'praksis sample'"
                    + " (udtraek.csv eller udtraek.xlsx) med kolonnerne kommunekode, reference og rolle");
        }
        List<Problem> problems = new ArrayList<>();
        List<Called> out = new ArrayList<>();
        for (PlainTable.PlainRow row : t.rows()) {
            Optional<Kommune> k = text(row, "kommunekode").flatMap(kommuner::find);
            Optional<String> ref = text(row, "reference");
            String role = text(row, "rolle").orElse("");
            if (k.isEmpty() || ref.isEmpty() || !(role.equals(DRAWN) || role.equals(RESERVE))) {
                problems.add(new Problem(row.where(), null, "rækken skal have en kendt kommunekode, en reference og"
                        + " rollen udtrukket eller reserve"));
            } else {
                out.add(new Called(k.get(), ref.get(), role.equals(RESERVE)));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return out;
    }

    /** The reason of each case left out, by kommunekode/reference. */
    private Map<String, Intake.Reason> readDropped(Path file, List<Called> called) {
        PlainTable t = PlainTable.read(file, guard);
        Set<String> headers = new LinkedHashSet<>(t.headers().stream().map(PlainTable::key).toList());
        if (!headers.containsAll(List.of("reference", "aarsag"))) {
            throw new InvalidInputException(file + " række 1", "listen over udeladte sager skal have kolonnerne"
                    + " reference og årsag (og kan have kommune)");
        }
        Map<String, List<Called>> byReference = new HashMap<>();
        called.stream().filter(c -> !c.reserve())
                .forEach(c -> byReference.computeIfAbsent(c.reference(), r -> new ArrayList<>()).add(c));
        List<Problem> problems = new ArrayList<>();
        Map<String, Intake.Reason> out = new HashMap<>();
        for (PlainTable.PlainRow row : t.rows()) {
            String ref = text(row, "reference").orElse("");
            Optional<Intake.Reason> reason = text(row, "aarsag").flatMap(Intake.Reason::parse);
            List<Called> matches = byReference.getOrDefault(ref, List.of());
            Optional<Kommune> kommune = text(row, "kommune").flatMap(kommuner::find);
            if (kommune.isPresent()) {
                matches = matches.stream().filter(c -> c.kommune().equals(kommune.get())).toList();
            }
            if (reason.isEmpty()) {
                problems.add(new Problem(row.place("aarsag"), ref.isEmpty() ? null : ref, "årsagen skal være "
                        + String.join(", ", java.util.Arrays.stream(Intake.Reason.values()).map(Intake.Reason::label)
                        .toList())));
            } else if (matches.isEmpty()) {
                problems.add(new Problem(row.place("reference"), ref.isEmpty() ? null : ref,
                        "sagen er ikke blandt de udtrukne sager i udtrækket"));
            } else if (matches.size() > 1) {
                problems.add(new Problem(row.place("reference"), ref, "referencen findes i flere kommuner; angiv"
                        + " kommunen i kolonnen kommune"));
            } else if (out.putIfAbsent(key(matches.get(0).kommune(), ref), reason.get()) != null) {
                problems.add(new Problem(row.place("reference"), ref, "sagen står to gange på listen"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return out;
    }

    private static Optional<String> text(PlainTable.PlainRow row, String key) {
        CellValue v = row.cells().get(key);
        return v == null ? Optional.empty() : Optional.of(CellParsing.text(v)).filter(s -> !s.isEmpty());
    }
}
