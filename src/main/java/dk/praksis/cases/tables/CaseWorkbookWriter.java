package dk.praksis.cases.tables;

import dk.praksis.cases.Case;
import dk.praksis.cases.CaseDocument;
import dk.praksis.cases.CourseEntry;
import dk.praksis.cases.DatedPeriod;
import dk.praksis.checklist.Checklist;
import dk.praksis.cases.tables.Column.Role;
import dk.praksis.io.DeterministicZip;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Writes the reviewers' workbook for a checklist, empty (the template) or filled with cases (to
 * convert extracts to the form reviewers work in, and to test that the form round-trips). The same
 * checklist and cases always give the same bytes.
 */
public final class CaseWorkbookWriter {

    /** Rows of a fresh template that get drop-downs and date checks. */
    static final int TEMPLATE_ROWS = 1000;

    private CaseWorkbookWriter() {
    }

    /**
     * @throws IllegalArgumentException when a case holds something the form has no column for
     *                                  (a course, flag or document element the checklist does not name)
     */
    public static void write(Checklist checklist, List<Case> cases, Path out) {
        try {
            Files.write(out, bytes(checklist, cases));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] bytes(Checklist checklist, List<Case> cases) {
        TableLayout layout = TableLayout.of(checklist).withDataOf(cases);
        Map<Table, List<Map<Column, Object>>> rows = new LinkedHashMap<>();
        layout.tables().forEach(t -> rows.put(t, new ArrayList<>()));
        for (Case c : cases) {
            rowsOf(layout, c, rows);
        }
        int longest = rows.values().stream().mapToInt(List::size).max().orElse(0);
        TemplateWorkbook t = TemplateWorkbook.create(checklist, layout, Math.max(TEMPLATE_ROWS, longest + 500));
        rows.forEach((table, list) -> fill(t, t.sheets.get(table), table, list));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (t.wb) {
            t.wb.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return DeterministicZip.restamp(out.toByteArray(), TemplateWorkbook.FIXED_TIME);
    }

    private static void fill(TemplateWorkbook t, XSSFSheet sheet, Table table, List<Map<Column, Object>> rows) {
        for (int r = 0; r < rows.size(); r++) {
            XSSFRow row = sheet.createRow(r + 1);
            List<Column> columns = table.columns();
            for (int i = 0; i < columns.size(); i++) {
                Object v = rows.get(r).get(columns.get(i));
                if (v == null) {
                    continue;
                }
                XSSFCell cell = row.createCell(i);
                cell.setCellStyle(t.style(columns.get(i)));
                if (v instanceof LocalDate d) {
                    cell.setCellValue(d);
                } else if (v instanceof Double d) {
                    cell.setCellValue(d);
                } else if (v instanceof Boolean b) {
                    cell.setCellValue(b ? "ja" : "nej");
                } else {
                    // Always a string cell, never a formula, whatever the text starts with.
                    cell.setCellValue(v.toString());
                }
            }
        }
    }

    private static void rowsOf(TableLayout layout, Case c, Map<Table, List<Map<Column, Object>>> rows) {
        Map<Column, Object> s = new HashMap<>();
        for (Column col : layout.sager().columns()) {
            s.put(col, sagerValue(col, c));
        }
        rows.get(layout.sager()).add(s);
        c.review().answers().keySet().forEach(item -> named(layout.sager(), Role.SVAR, item, c));
        c.review().reasons().keySet().forEach(item -> named(layout.sager(), Role.BEGRUNDELSE, item, c));
        for (DatedPeriod p : c.periods()) {
            rows.get(layout.perioder()).add(row(layout.perioder(), c, Role.TYPE, p.type(), Role.FRA, p.from(),
                    Role.TIL, p.to()));
        }
        c.events().forEach((name, dates) -> dates.forEach(d -> rows.get(layout.haendelser())
                .add(row(layout.haendelser(), c, Role.HAENDELSE, name, Role.DATO, d))));
        c.courses().forEach((name, entries) -> {
            Table table = layout.course(name).orElseThrow(() -> new IllegalArgumentException(
                    "sag " + c.id() + ": måleskemaet har intet forløb " + name));
            for (CourseEntry e : entries) {
                Map<Column, Object> r = row(table, c, Role.FRA, e.from(), Role.TIL, e.to(), Role.TIMER,
                        e.hoursPerWeek(), Role.OMRAADE, e.field());
                e.flags().forEach((flag, value) -> r.put(named(table, Role.FLAG, flag, c), value));
                rows.get(table).add(r);
            }
        });
        c.documents().forEach((name, doc) -> rows.get(layout.dokumenter()).add(documentRow(layout.dokumenter(), c,
                name, doc)));
        if (c.doubleReviewed()) {
            Table second = layout.andenVurdering();
            Map<Column, Object> r = row(second, c, Role.BEDOEMMER, c.secondReview().reviewer(), Role.SAMLET,
                    c.secondReview().verdict(), Role.BEMAERKNING, c.secondReview().remark());
            c.secondReview().answers().forEach((item, answer) -> r.put(named(second, Role.SVAR, item, c), answer));
            c.secondReview().reasons().forEach((item, reason) -> r.put(named(second, Role.BEGRUNDELSE, item, c),
                    reason));
            rows.get(second).add(r);
        }
    }

    private static Map<Column, Object> documentRow(Table table, Case c, String name, CaseDocument doc) {
        Map<Column, Object> r = row(table, c, Role.DOKUMENT, name, Role.DATO, doc.date());
        doc.elements().forEach((element, text) -> r.put(named(table, Role.ELEMENT, element, c), text));
        return r;
    }

    /** A row of the case id and the given role, value pairs (values may be null). */
    private static Map<Column, Object> row(Table table, Case c, Object... roleValues) {
        Map<Column, Object> r = new HashMap<>();
        r.put(table.first(Role.ID).orElseThrow(), c.id());
        for (int i = 0; i < roleValues.length; i += 2) {
            r.put(table.first((Role) roleValues[i]).orElseThrow(), roleValues[i + 1]);
        }
        return r;
    }

    private static Column named(Table table, Role role, String name, Case c) {
        return table.columns().stream().filter(col -> col.role() == role && name.equals(col.name())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("sag " + c.id() + ": arket " + table.sheet()
                        + " har ingen kolonne " + name + ", fordi måleskemaet ikke nævner den"));
    }

    private static Object sagerValue(Column col, Case c) {
        return switch (col.role()) {
            case ID -> c.id();
            case KOMMUNE -> c.kommune() == null ? null : c.kommune().navn();
            case SAGSTYPE -> c.caseType();
            case AFGOERELSE_DATO -> c.decision() == null ? null : c.decision().date();
            case AFGOERELSE_FORELIGGER -> c.decision() == null ? null : c.decision().present();
            case AFGOERELSE_FULDT_MEDHOLD -> c.decision() == null ? null : c.decision().fullyGranted();
            case DATO -> c.dates().get(col.name());
            case FELT -> c.fields().get(col.name());
            case LAEGELIGE -> medical(c);
            case BEDOEMMER -> c.review().reviewer();
            case SVAR -> c.review().answers().get(col.name());
            case BEGRUNDELSE -> c.review().reasons().get(col.name());
            case SAMLET -> c.review().verdict();
            case BEMAERKNING -> c.review().remark();
            default -> throw new IllegalStateException(col.role().name());
        };
    }

    private static String medical(Case c) {
        if (c.medicalEvidence().isEmpty()) {
            return null;
        }
        if (c.medicalEvidence().stream().anyMatch(m -> m.contains(",") || m.contains(";"))) {
            throw new IllegalArgumentException("sag " + c.id() + ": lægelige oplysninger må ikke indeholde komma"
                    + " eller semikolon, som adskiller dem i skemaet");
        }
        return String.join(", ", c.medicalEvidence());
    }
}
