package dk.praksis.corrections;

import dk.praksis.cases.PersonalDataGuard;
import dk.praksis.cases.Quoted;
import dk.praksis.cases.tables.CellParsing;
import dk.praksis.cases.tables.CellValue;
import dk.praksis.cases.tables.PlainTable;
import dk.praksis.checklist.AnswerScale;
import dk.praksis.checklist.Checklist;
import dk.praksis.checklist.Consequence;
import dk.praksis.checklist.Item;
import dk.praksis.checklist.ItemSpec;
import dk.praksis.errors.InvalidInputException;
import dk.praksis.errors.Problem;
import dk.praksis.text.DanishLetters;
import dk.praksis.text.DanishList;
import dk.praksis.text.Nearest;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the corrections file ({@code rettelser:} in the audit file; CSV as Danish Excel saves it, or the first
 * sheet of a workbook) and checks every row against the checklist: a known question the reviewer answers, an
 * answer on its scale, a known verdict, a date, a reason, who asked, and no case and question twice. Every text
 * passes the personal-data guard first: the reason is free text.
 */
public final class CorrectionsReader {

    /** The columns, as their comparison keys (see {@link PlainTable#key}) and as the user writes them. */
    static final Map<String, String> COLUMNS = columns();
    /** What the question column says for a correction to the overall verdict. */
    static final List<String> VERDICT_WORDS = List.of("samlet", "samlet vurdering", "afgørelse");

    private final Checklist checklist;
    private final PersonalDataGuard guard;

    public CorrectionsReader(Checklist checklist, PersonalDataGuard guard) {
        this.checklist = checklist;
        this.guard = guard;
    }

    /** The columns a corrections file has, as a user writes them, in the order a new file lists them. */
    public static List<String> columnNames() {
        return List.copyOf(COLUMNS.values());
    }

    private static Map<String, String> columns() {
        Map<String, String> m = new LinkedHashMap<>();
        for (String c : List.of("sag", "spørgsmål", "nyt svar", "begrundelse", "dato", "anmodet af")) {
            m.put(PlainTable.key(c), c);
        }
        return m;
    }

    /**
     * @throws InvalidInputException naming file, row and column of every row that cannot be applied
     * @throws dk.praksis.errors.PersonalDataException naming the cell (never the value) that holds personal data
     */
    public CorrectionSet read(Path file) {
        PlainTable table = PlainTable.read(file, guard);
        List<String> keys = table.headers().stream().map(PlainTable::key).toList();
        List<String> missing = COLUMNS.entrySet().stream().filter(e -> !keys.contains(e.getKey()))
                .map(Map.Entry::getValue).toList();
        if (!missing.isEmpty()) {
            throw new InvalidInputException(file + " række 1", "rettelsesfilen mangler " + (missing.size() == 1
                    ? "kolonnen " : "kolonnerne ") + DanishList.and(missing) + "; den skal have kolonnerne "
                    + DanishList.and(List.copyOf(COLUMNS.values())));
        }
        List<Problem> problems = new ArrayList<>();
        List<Correction> out = new ArrayList<>();
        Map<String, Correction> seen = new HashMap<>();
        for (PlainTable.PlainRow row : table.rows()) {
            Optional<Correction> c = row(row, problems);
            if (c.isEmpty()) {
                continue;
            }
            String key = c.get().caseId() + "\u0000" + c.get().target();
            Correction earlier = seen.putIfAbsent(key, c.get());
            if (earlier != null) {
                problems.add(new Problem(row.where(), c.get().caseId(), (c.get().isVerdict() ? "den samlede vurdering"
                        : "spørgsmål " + c.get().itemId()) + " i sagen er allerede rettet i " + rowOnly(earlier)
                        + "; skriv kun den endelige rettelse, én gang"));
            } else {
                out.add(c.get());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new CorrectionSet(checklist, out);
    }

    /** "række 3" or "Ark!A3" without the file name, to point at another row of the same file. */
    private static String rowOnly(Correction c) {
        String where = c.place().row();
        int space = where.lastIndexOf(" række ");
        return space >= 0 ? where.substring(space + 1) : where.substring(where.lastIndexOf(' ') + 1);
    }

    private Optional<Correction> row(PlainTable.PlainRow row, List<Problem> problems) {
        int before = problems.size();
        String caseId = text(row, "sag");
        if (caseId == null) {
            problems.add(new Problem(place(row, "sag"), null, "sag mangler: skriv sagens id, fx AST14-2017"));
        }
        String target = text(row, "spørgsmål");
        Item item = null;
        boolean verdict = false;
        if (target == null) {
            problems.add(new Problem(place(row, "spørgsmål"), caseId, "spørgsmål mangler: skriv spørgsmålets id,"
                    + " fx FB1, eller samlet for den samlede vurdering"));
        } else if (isVerdictWord(target)) {
            verdict = true;
        } else {
            item = item(target, place(row, "spørgsmål"), caseId, problems);
        }
        String answer = text(row, "nyt svar");
        String canonical = null;
        if (answer == null) {
            problems.add(new Problem(place(row, "nyt svar"), caseId, "nyt svar mangler"));
        } else if (verdict) {
            canonical = verdict(answer, place(row, "nyt svar"), caseId, problems);
        } else if (item != null) {
            canonical = answer(item, answer, place(row, "nyt svar"), caseId, problems);
        }
        String reason = text(row, "begrundelse");
        if (reason == null) {
            problems.add(new Problem(place(row, "begrundelse"), caseId, "begrundelse mangler: skriv, hvorfor"
                    + " svaret er rettet (den står i rapportens liste over rettelser)"));
        }
        CellValue dateCell = row.cells().get(key("dato"));
        LocalDate date = dateCell == null ? null : CellParsing.date(dateCell).orElse(null);
        if (date == null) {
            problems.add(new Problem(place(row, "dato"), caseId, "dato mangler eller er ikke en dato; skriv"
                    + " datoen for rettelsen som fx 15.01.2015 eller 2015-01-15"));
        }
        String requestedBy = text(row, "anmodet af");
        if (requestedBy == null) {
            problems.add(new Problem(place(row, "anmodet af"), caseId, "anmodet af mangler: skriv, hvem der bad"
                    + " om rettelsen, fx Odense Kommune eller nævnet"));
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new Correction(caseId, verdict ? null : item.id(), canonical, reason, date, requestedBy,
                new Correction.Places(row.where(), place(row, "sag"), place(row, "spørgsmål"),
                        place(row, "nyt svar"))));
    }

    private Item item(String id, String where, String caseId, List<Problem> problems) {
        Optional<Item> item = checklist.items().filter(i -> i.id().equalsIgnoreCase(id.strip())).findFirst();
        if (item.isEmpty()) {
            List<String> ids = checklist.items().map(Item::id).toList();
            List<String> near = Nearest.to(id, ids);
            problems.add(new Problem(where, caseId, "ukendt spørgsmål " + Quoted.of(id, near) + " i måleskemaet "
                    + checklist.id() + "; skriv et spørgsmåls id eller samlet for den samlede vurdering."
                    + Nearest.phrase(near)));
            return null;
        }
        if (!(item.get().spec() instanceof ItemSpec.Assessment)) {
            problems.add(new Problem(where, caseId, item.get().id() + " er af typen " + item.get().type().key()
                    + " og beregnes af programmet ud fra sagens oplysninger; ret oplysningerne i sagen i stedet"));
            return null;
        }
        return item.get();
    }

    private String answer(Item item, String answer, String where, String caseId, List<Problem> problems) {
        AnswerScale scale = checklist.scales().get(((ItemSpec.Assessment) item.spec()).scale());
        Optional<String> canonical = scale == null ? Optional.empty() : scale.canonical(answer);
        if (canonical.isEmpty()) {
            List<String> values = scale == null ? List.of() : scale.values();
            List<String> near = Nearest.to(answer, values);
            problems.add(new Problem(where, caseId, "svaret " + Quoted.of(answer, near) + " på " + item.id()
                    + " findes ikke på svarskalaen " + (scale == null ? "" : scale.id()) + "; brug "
                    + DanishList.or(values) + (near.isEmpty() ? "" : "." + Nearest.phrase(near))));
        }
        return canonical.orElse(null);
    }

    private String verdict(String answer, String where, String caseId, List<Problem> problems) {
        List<String> valid = new ArrayList<>(List.of(Checklist.VERDICT_OK));
        checklist.consequences().stream().map(Consequence::id).forEach(valid::add);
        valid.add(Checklist.VERDICT_UNASSESSABLE);
        String folded = fold(answer);
        Optional<String> found = valid.stream().filter(v -> fold(v).equals(folded)
                || fold(checklist.verdictLabel(v)).equals(folded)).findFirst();
        if (found.isEmpty()) {
            List<String> near = Nearest.to(answer, valid);
            problems.add(new Problem(where, caseId, "ukendt samlet vurdering " + Quoted.of(answer, near) + "; brug "
                    + DanishList.or(valid) + "." + Nearest.phrase(near)));
        }
        return found.orElse(null);
    }

    private static boolean isVerdictWord(String s) {
        return VERDICT_WORDS.stream().anyMatch(w -> fold(w).equals(fold(s)));
    }

    private static String fold(String s) {
        return DanishLetters.fold(s.strip()).replaceAll("[\\s_-]+", " ");
    }

    /** Where a cell is; a blank cell (which a row does not hold) is named by its row and column. */
    private static String place(PlainTable.PlainRow row, String column) {
        String k = key(column);
        return row.places().containsKey(k) ? row.place(k) : row.where() + ", kolonne " + column;
    }

    private static String key(String column) {
        return PlainTable.key(column);
    }

    private static String text(PlainTable.PlainRow row, String column) {
        CellValue v = row.cells().get(key(column));
        if (v == null) {
            return null;
        }
        String s = CellParsing.text(v);
        return s.isBlank() ? null : s;
    }
}
