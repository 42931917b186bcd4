package dk.praksis.cases.tables;

import dk.praksis.checklist.Checklist;
import dk.praksis.checklist.Item;
import dk.praksis.checklist.ItemSpec;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** The "Vejledning" sheet: how reviewers fill in the workbook, in Danish, generated from the layout. */
final class GuideSheet {

    /** Column width in characters; lines wrap at about this length. */
    private static final int WIDTH = 110;

    private GuideSheet() {
    }

    static void write(XSSFSheet sheet, Checklist checklist, TableLayout layout, CellStyle wrap, CellStyle heading) {
        List<String[]> lines = new ArrayList<>();
        heading(lines, "Vejledning: " + checklist.title());
        text(lines, "Måleskema: " + checklist.id() + ", version " + checklist.version()
                + ". Skabelonen er lavet af praksis ud fra måleskemaet; lav en ny skabelon, hvis måleskemaet ændres.");
        text(lines, "Skriv én sag pr. række på arket Sager. De andre ark har én række pr. periode, hændelse, forløb"
                + " eller dokument og henviser til sagen med dens id i kolonne A. Lad rækker stå tomme, hvis der"
                + " intet er at skrive; tomme rækker springes over.");
        text(lines, "Datoer: skriv dem som datoer (fx 15-03-2010). Tekst som 15.03.2010, 15-03-2010 eller"
                + " 2010-03-15 bliver også læst. Tal må skrives med decimalkomma (12,5).");
        text(lines, "Personoplysninger: skriv aldrig navne, CPR-numre, adresser, telefonnumre eller e-mailadresser."
                + " Sager med den slags bliver afvist, når de indlæses.");
        text(lines, "Hold musen over en kolonneoverskrift for at se, hvad kolonnen skal indeholde. Kolonner med"
                + " en pil har en liste at vælge fra.");
        text(lines, "");
        heading(lines, "Arkene");
        for (Table t : layout.tables()) {
            text(lines, t.sheet() + ": " + purpose(t) + " Kolonner: "
                    + String.join(", ", t.columns().stream().map(Column::header).toList()) + ".");
        }
        text(lines, "");
        heading(lines, "Spørgsmål, som bedømmeren besvarer (kolonnerne på arket Sager)");
        for (Item i : checklist.items().filter(i -> i.spec() instanceof ItemSpec.Assessment).toList()) {
            text(lines, i.id() + ": " + i.text());
        }
        text(lines, "");
        text(lines, "Samme tabeller kan også afleveres som CSV-filer i én mappe: "
                + String.join(", ", layout.tables().stream().map(Table::csvFile).toList())
                + ", med samme kolonneoverskrifter i første række.");
        sheet.setColumnWidth(0, WIDTH * 256);
        for (int r = 0; r < lines.size(); r++) {
            XSSFRow row = sheet.createRow(r);
            // Excel does not fit the height of wrapped text on its own: give each line its room.
            row.setHeightInPoints(15f * Math.max(1, (lines.get(r)[1].length() + WIDTH - 1) / WIDTH));
            XSSFCell cell = row.createCell(0);
            cell.setCellValue(lines.get(r)[1]);
            cell.setCellStyle(lines.get(r)[0].equals("h") ? heading : wrap);
        }
    }

    private static String purpose(Table t) {
        return switch (t.kind()) {
            case SAGER -> "én række pr. sag med afgørelsen, bedømmerens svar (med en valgfri begrundelse pr. svar), samlede vurdering og bemærkning.";
            case PERIODER -> "borgerens perioder, fx på ledighedsydelse eller barsel. Lad 'til' stå tom, hvis"
                    + " perioden ikke er slut.";
            case HAENDELSER -> "én række pr. dateret hændelse i sagen, fx en revurdering.";
            case FORLOEB -> "én række pr. forløb (" + t.course() + ") med timer pr. uge, område og ja/nej-felter.";
            case DOKUMENTER -> "én række pr. sag og dokument, fx ressourceprofilen, med dato og et kort referat af"
                    + " hvert element.";
            case ANDEN_VURDERING -> "kun for sager, som en anden bedømmer vurderer uafhængigt (dobbeltbedømmelse til"
                    + " kalibrering): én række pr. sag med den anden bedømmers kode, svar, samlede vurdering og"
                    + " bemærkning. Udfyld arket uden at se den første bedømmers svar. Kun arket Sager tæller i"
                    + " resultaterne; dette ark bruges til at måle enigheden mellem bedømmerne.";
        };
    }

    private static void heading(List<String[]> lines, String s) {
        lines.add(new String[] {"h", s});
    }

    private static void text(List<String[]> lines, String s) {
        lines.add(new String[] {"t", s});
    }
}
