package dk.praksis.report.excel;

import dk.praksis.compare.Change;
import dk.praksis.compare.ChangeFormat;
import dk.praksis.compare.Comparison;
import dk.praksis.compare.FamilyCount;
import dk.praksis.compare.ItemChain;
import dk.praksis.compare.KommunePresence;
import dk.praksis.compare.MeasureSeries;
import dk.praksis.compare.UnitComparison;
import dk.praksis.compare.YearInfo;
import dk.praksis.compare.YearShare;
import dk.praksis.io.DeterministicZip;
import dk.praksis.text.DanishList;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * sammenligning.xlsx: the comparison of audit years as tidy tables an analyst can filter and pivot
 * (Oversigt, Andele, Ændringer, Trend, Spørgsmål, Kommuner), built with the reports' sheet writer and
 * styles. Shares and changes are numbers with percent formats; p-values, Fisher's and the
 * Benjamini–Hochberg adjusted one, are numbers.
 */
public final class ComparisonWorkbook {

    /** Changes in percentage points, signed: +55,6 / −12,5 (the sheet holds points, not fractions). */
    static final String SIGNED_POINTS = "+0.0;-0.0;0.0";
    static final String P_VALUE = "0.000";
    static final String ADJUSTED_P = "Justeret p (BH)";
    static final String EXPECTED = "0.0";
    /**
     * The measure's stable key (e.g. {@code omgørelse}, {@code 2010/AP2}, as in sammenligning.json): for lookups
     * and pivots between the sheets, so it stands last; a reader goes by "Måling" (or "Id" and "Spørgsmål").
     */
    static final String KEY = "Nøgle til opslag";
    /** The family of changes Benjamini–Hochberg's correction is applied within. */
    static final String FAMILY = "Familie";

    private ComparisonWorkbook() {
    }

    public static byte[] write(Comparison c) throws IOException {
        try (XSSFWorkbook wb = WorkbookParts.newWorkbook()) {
            Styles styles = new Styles(wb);
            XSSFCellStyle signed = derived(wb, styles.percent, SIGNED_POINTS);
            XSSFCellStyle p = derived(wb, styles.text, P_VALUE);
            overview(wb, styles, c, derived(wb, styles.text, EXPECTED));
            shares(wb, styles, c);
            changes(wb, styles, c, signed, p);
            if (c.years().size() >= 3) {
                trends(wb, styles, c, p);
            }
            items(wb, styles, c);
            kommuner(wb, styles, c);
            wb.setActiveSheet(0);
            LocalDateTime stamp = stamp(c);
            properties(wb, c, Date.from(stamp.toInstant(ZoneOffset.UTC)));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return DeterministicZip.restamp(out.toByteArray(), stamp);
        }
    }

    private static void overview(XSSFWorkbook wb, Styles styles, Comparison c, XSSFCellStyle expected) {
        SheetWriter w = new SheetWriter(wb, "Oversigt", styles);
        w.title(0, "Sammenligning af praksisundersøgelser " + DanishList.and(c.yearLabels()));
        w.field(1, "Konfidensniveau", c.level(), Kind.PERCENT);
        w.field(2, "Kommuner sammenlignet", c.kommuner().size(), Kind.INTEGER);
        w.field(3, "Kommuner kun med i ét år", c.singleYear().size(), Kind.INTEGER);
        w.field(4, "Sammenligninger (ændringer testet)", c.multiple().comparisons(), Kind.INTEGER);
        w.field(5, "Tydelige ændringer og trends (p under 0,05)", c.multiple().clear(), Kind.INTEGER);
        w.field(6, "Holder efter korrektion (Benjamini–Hochberg)", c.multiple().holding(), Kind.INTEGER);
        int row = 8;
        w.note(row++, ChangeFormat.multipleComparisons(c.multiple()).get(0));
        List<List<Object>> families = new ArrayList<>();
        for (FamilyCount f : c.multiple().families()) {
            families.add(list(f.title(), f.comparisons(), f.clear(), f.expectedByChance(), f.holding()));
        }
        w.table(row, "Familier", List.of(Column.text(FAMILY), Column.integer("Sammenligninger"),
                Column.integer("Tydelige"), Column.text("Forventet ved tilfældighed"),
                Column.integer("Holder efter korrektion")), families);
        restyle(w, row + 1, families.size(), List.of(3), expected);
        row += families.size() + 2;
        for (String note : c.notes()) {
            w.note(row++, note);
        }
        row++;
        List<Column> columns = List.of(Column.text("År"), Column.longText("Titel"), Column.text("Måleskema"),
                Column.integer("Version"), new Column("Opgørelsesdato", Kind.DATE), Column.integer("Sager"),
                Column.integer("Kommuner"));
        List<List<Object>> rows = new ArrayList<>();
        for (YearInfo y : c.years()) {
            rows.add(list(y.label(), y.title(), y.checklistId(), y.checklistVersion(), y.asOf(), y.cases(),
                    y.kommuner())); // not the results file's path: a local path says nothing to the reader
        }
        w.table(row, "Aar", columns, rows);
        w.finish();
    }

    private static void shares(XSSFWorkbook wb, Styles styles, Comparison c) {
        List<Column> columns = List.of(Column.text("Kommune"), Column.text("Kommunekode"), Column.text("Type"),
                Column.text("Måling"), Column.text("År"), Column.integer("Antal"),
                Column.integer("I alt"), Column.percent("Andel"), Column.percent("Nedre grænse"),
                Column.percent("Øvre grænse"), Column.text(KEY));
        List<List<Object>> rows = new ArrayList<>();
        forEachSeries(c, (unit, type, m) -> {
            for (YearShare s : m.shares()) {
                rows.add(list(unit.name(), code(unit), type, measureName(c, m, type), s.year(), s.count(),
                        s.total(), s.share(), s.lower(), s.upper(), m.key()));
            }
        });
        SheetWriter w = new SheetWriter(wb, "Andele", styles);
        w.table(0, "Andele", columns, rows);
        w.freezeHeader(0);
        w.finish();
    }

    private static void changes(XSSFWorkbook wb, Styles styles, Comparison c, XSSFCellStyle signed, XSSFCellStyle p) {
        List<Column> columns = List.of(Column.text("Kommune"), Column.text("Kommunekode"), Column.text("Type"),
                Column.text("Måling"), Column.text("Fra"), Column.text("Til"),
                Column.percent("Ændring (procentpoint)"), Column.percent("Nedre grænse (procentpoint)"),
                Column.percent("Øvre grænse (procentpoint)"),
                Column.text("Fisher p"), Column.text(ADJUSTED_P), Column.text("Tydelig ændring"),
                Column.text("Holder efter korrektion"), Column.text(FAMILY), Column.text(KEY));
        List<List<Object>> rows = new ArrayList<>();
        forEachSeries(c, (unit, type, m) -> {
            for (Change ch : m.changes()) {
                rows.add(list(unit.name(), code(unit), type, measureName(c, m, type), ch.from(), ch.to(),
                        points(ch.estimate()), points(ch.lower()), points(ch.upper()), ch.fisherP(), ch.adjustedP(), yesNo(ch.clear()),
                        yesNo(ch.holdsAfterCorrection()), ch.family() == null ? null : ch.family().title(), m.key()));
            }
        });
        SheetWriter w = new SheetWriter(wb, "Ændringer", styles);
        w.table(0, "AEndringer", columns, rows);
        restyle(w, rows.size(), List.of(6, 7, 8), signed);
        restyle(w, rows.size(), List.of(9, 10), p);
        w.freezeHeader(0);
        w.finish();
    }

    private static void trends(XSSFWorkbook wb, Styles styles, Comparison c, XSSFCellStyle p) {
        List<Column> columns = List.of(Column.text("Kommune"), Column.text("Kommunekode"), Column.text("Type"),
                Column.text("Måling"), Column.text("År"), Column.text("z"),
                Column.text("Eksakt p (Cochran–Armitage)"), Column.text("Asymptotisk p"),
                Column.text("Justeret p (BH)"), Column.text("Tydelig"), Column.text("Holder efter korrektion"),
                Column.text(KEY));
        List<List<Object>> rows = new ArrayList<>();
        forEachSeries(c, (unit, type, m) -> {
            if (m.trend() != null) {
                String years = m.shares().stream().map(YearShare::year).collect(Collectors.joining(", "));
                rows.add(list(unit.name(), code(unit), type, measureName(c, m, type), years, m.trend().z(),
                        m.trend().p(), m.trend().asymptoticP(), m.trend().adjustedP(), yesNo(m.trend().clear()),
                        yesNo(m.trend().holdsAfterCorrection()), m.key()));
            }
        });
        SheetWriter w = new SheetWriter(wb, "Trend", styles);
        w.table(0, "Trend", columns, rows);
        restyle(w, rows.size(), List.of(5, 6, 7, 8), p);
        w.freezeHeader(0);
        w.finish();
    }

    private static void items(XSSFWorkbook wb, Styles styles, Comparison c) {
        List<Column> columns = new ArrayList<>(List.of(Column.text("Id"), Column.text("Spørgsmål"),
                Column.text("Afsnit")));
        c.yearLabels().forEach(y -> columns.add(Column.text("Id " + y)));
        columns.add(Column.text("Sammenlignet"));
        columns.add(Column.text(KEY));
        columns.add(Column.text("Noter")); // last column: overflows to the right instead of wrapping under fixed row heights
        List<List<Object>> rows = new ArrayList<>();
        for (ItemChain i : c.items()) {
            List<Object> row = list(i.id(), i.text(), i.section());
            c.yearLabels().forEach(y -> row.add(i.idsByYear().get(y)));
            row.add(yesNo(i.compared()));
            row.add(i.key());
            row.add(String.join(" ", i.notes()));
            rows.add(row);
        }
        SheetWriter w = new SheetWriter(wb, "Spørgsmål", styles);
        w.table(0, "Spoergsmaal", columns, rows);
        w.freezeHeader(0);
        w.finish();
    }

    private static void kommuner(XSSFWorkbook wb, Styles styles, Comparison c) {
        List<Column> columns = List.of(Column.text("Kommune"), Column.text("Kommunekode"), Column.text("År"),
                Column.text("Sammenlignet"));
        List<List<Object>> rows = new ArrayList<>();
        for (UnitComparison u : c.kommuner()) {
            rows.add(list(u.name(), code(u), String.join(", ", u.years()), yesNo(true)));
        }
        for (KommunePresence k : c.singleYear()) {
            rows.add(list(k.kommune().navn(), k.kommune().kode(), String.join(", ", k.years()), yesNo(false)));
        }
        rows.sort(Comparator.comparing(r -> (String) r.get(0),
                java.text.Collator.getInstance(dk.praksis.text.DanishFormat.DANISH)));
        SheetWriter w = new SheetWriter(wb, "Kommuner", styles);
        w.table(0, "Kommuner", columns, rows);
        w.freezeHeader(0);
        w.finish();
    }

    @FunctionalInterface
    private interface SeriesVisitor {
        void visit(UnitComparison unit, String type, MeasureSeries m);
    }

    /** Every series: all kommuner first, then each kommune; verdicts before items. */
    private static void forEachSeries(Comparison c, SeriesVisitor v) {
        List<UnitComparison> units = new ArrayList<>();
        units.add(c.total());
        units.addAll(c.kommuner());
        for (UnitComparison u : units) {
            u.verdicts().forEach(m -> v.visit(u, "Samlet vurdering", m));
            u.items().forEach(m -> v.visit(u, "Spørgsmål", m));
        }
    }

    private static String measureName(Comparison c, MeasureSeries m, String type) {
        if (!type.equals("Spørgsmål")) {
            return m.label();
        }
        return m.label() + c.item(m.key()).map(i -> " " + i.text()).orElse("");
    }

    private static String code(UnitComparison u) {
        return u.kommune() == null ? "" : u.kommune().kode();
    }

    private static void restyle(SheetWriter w, int rows, List<Integer> columns, XSSFCellStyle style) {
        restyle(w, 1, rows, columns, style);
    }

    /** Gives the cells of the columns in rows first .. first + rows − 1 the style. */
    private static void restyle(SheetWriter w, int first, int rows, List<Integer> columns, XSSFCellStyle style) {
        for (int r = first; r < first + rows; r++) {
            Row row = w.sheet().getRow(r);
            for (int col : columns) {
                if (row != null && row.getCell(col) != null) {
                    row.getCell(col).setCellStyle(style);
                }
            }
        }
    }

    private static XSSFCellStyle derived(XSSFWorkbook wb, XSSFCellStyle base, String format) {
        XSSFCellStyle s = wb.createCellStyle();
        s.cloneStyleFrom(base);
        s.setDataFormat(wb.createDataFormat().getFormat(format));
        return s;
    }

    /** The latest as-of date among the years (midnight), else 1 January of 2000: never "now". */
    private static LocalDateTime stamp(Comparison c) {
        return c.latestAsOf().orElse(LocalDate.of(2000, 1, 1)).atStartOfDay();
    }

    private static void properties(XSSFWorkbook wb, Comparison c, Date stamp) {
        POIXMLProperties.CoreProperties core = wb.getProperties().getCoreProperties();
        core.setTitle("Sammenligning af praksisundersøgelser " + DanishList.and(c.yearLabels()));
        core.setSubjectProperty("Andele pr. år med 95 %-konfidensintervaller og ændringer i procentpoint");
        core.setCreator(c.years().get(c.years().size() - 1).sender()); // the board, as in sammenligning.pdf
        core.setCreated(Optional.of(stamp));
        core.setModified(Optional.of(stamp));
        core.getUnderlyingProperties().setLanguageProperty("da-DK");
    }

    /** Words, as the audit workbooks write them: LibreOffice shows a boolean cell as 0/1. */
    private static String yesNo(boolean value) {
        return value ? "Ja" : "Nej";
    }

    private static List<Object> list(Object... values) {
        List<Object> l = new ArrayList<>();
        java.util.Collections.addAll(l, values);
        return l;
    }

    /** A change on the proportion scale in percentage points, rounded to what the sheet can show exactly. */
    private static double points(double change) {
        return java.math.BigDecimal.valueOf(change).movePointRight(2).doubleValue();
    }
}
