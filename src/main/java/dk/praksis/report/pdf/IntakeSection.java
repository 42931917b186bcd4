package dk.praksis.report.pdf;

import com.lowagie.text.Section;
import com.lowagie.text.pdf.PdfPTable;
import dk.praksis.report.Intake;
import java.util.ArrayList;
import java.util.List;

/** Metode: which cases were called in, which arrived, which were left out and why, and the reserve used. */
final class IntakeSection {

    private IntakeSection() {
    }

    static void add(ReportDocument doc, Section chapter, UnitView view) {
        Intake intake = view.report().intake();
        if (intake.isEmpty()) {
            return;
        }
        HouseStyle style = doc.style;
        Section section = doc.section(chapter, "Indkaldte og modtagne sager");
        Intake.Row all = intake.total();
        section.add(style.paragraph(sentence(all, "Der blev indkaldt " + Fmt.cases(all.requested()) + " fra "
                + intake.kommuner().size() + (intake.kommuner().size() == 1 ? " kommune" : " kommuner") + ". ")));
        if (!view.isTotal()) {
            intake.of(view.unit().kommune()).ifPresent(r -> section.add(style.paragraph(sentence(r, "Fra "
                    + view.label() + " blev der indkaldt " + Fmt.cases(r.requested()) + ". "))));
        }
        PdfPTable table = style.table(new float[] {1.8f, 1.15f, 1.15f, 1.15f, 1.15f, 1.15f, 1.15f, 1.15f, 1.15f}, 1,
                "Kommune", "Indkaldt", "Modtaget", "Reserve", "Ikke modtaget", "Forkert sagstype", "Ingen afgørelse",
                "Andet", "Bedømt");
        List<Intake.Row> rows = view.isTotal() ? inReportOrder(view, intake)
                : intake.of(view.unit().kommune()).map(List::of).orElse(List.of());
        rows.forEach(r -> row(style, table, r.kommune().navn(), r));
        row(style, table, UnitView.ALL, all);
        section.add(table);
        section.add(style.note("Indkaldt er de udtrukne sager (reservesager ikke medregnet); Reserve er de reservesager,"
                + " der trådte i stedet for udeladte sager. En sag, der hverken er"
                + " bedømt eller står på listen over udeladte sager, tælles som ikke modtaget. Bedømt omfatter"
                + " modtagne sager, reservesager og eventuelle sager uden for udtrækket."));
    }

    /** The kommuner in the order the report lists them (by name), then any that have no audited case. */
    private static List<Intake.Row> inReportOrder(UnitView view, Intake intake) {
        List<Intake.Row> out = new ArrayList<>();
        view.report().kommuner().forEach(u -> intake.of(u.kommune()).ifPresent(out::add));
        intake.kommuner().stream().filter(r -> !out.contains(r)).forEach(out::add);
        return out;
    }

    private static String sentence(Intake.Row r, String start) {
        List<String> parts = new ArrayList<>();
        for (Intake.Reason reason : Intake.Reason.values()) {
            if (r.dropped(reason) > 0) {
                parts.add(r.dropped(reason) + " " + reason.label());
            }
        }
        String dropped = r.droppedTotal() == 0 ? "Alle blev modtaget." : r.received() + " blev modtaget, og "
                + r.droppedTotal() + " blev udeladt (" + dk.praksis.text.DanishList.and(parts) + ").";
        String reserve = r.replacements() == 0 ? "" : " " + Fmt.cases(r.replacements()) + " fra reservelisten"
                + " trådte i stedet for udeladte sager.";
        return start + dropped + reserve + " I alt blev " + Fmt.cases(r.audited()) + " bedømt.";
    }

    private static void row(HouseStyle style, PdfPTable table, String name, Intake.Row r) {
        table.addCell(style.text(name));
        for (int n : new int[] {r.requested(), r.received(), r.replacements(), r.dropped(Intake.Reason.NOT_RECEIVED),
            r.dropped(Intake.Reason.WRONG_TYPE), r.dropped(Intake.Reason.NO_DECISION), r.dropped(Intake.Reason.OTHER),
            r.audited()}) {
            table.addCell(style.number(String.valueOf(n)));
        }
    }
}
