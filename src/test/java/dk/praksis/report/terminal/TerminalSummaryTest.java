package dk.praksis.report.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import dk.praksis.report.Fixtures;
import dk.praksis.report.ReportBuilder;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TerminalSummaryTest {

    private static final String TEXT = TerminalSummary.render(new ReportBuilder().build(Fixtures.checklist(),
            Fixtures.info(), Fixtures.results()));

    @Test
    void oneAlignedRowPerKommuneAndATotalWithThePercentagesDenominators() {
        assertThat(TEXT).isEqualTo("""
                Kommune  Sager  I overensstemmelse     Pct.  Omgjort  Omgørelsesprocent  Formelle mangler  Kan ikke vurderes
                ------------------------------------------------------------------------------------------------------------
                Billund      2              2 af 2  100,0 %   0 af 2              0,0 %                 0                  0
                Vejen        6              2 af 5   40,0 %   2 af 5             40,0 %                 1                  1
                Ærø          4              3 af 4   75,0 %   1 af 4             25,0 %                 0                  0
                ------------------------------------------------------------------------------------------------------------
                I alt       12             7 af 11   63,6 %  3 af 11             27,3 %                 1                  1
                Procenterne er af de realitetsbehandlede sager (tallet efter »af«).
                Sager, der ikke kan vurderes, indgår ikke i procenterne.
                I overensstemmelse, omgjort, formelle mangler og kan ikke vurderes giver tilsammen rækkens sager.
                """);
    }

    /** Issue 11 item 4: no case is left out, so a kommune with formelle mangler is not "0 af 11, 5 af 11". */
    @Test
    void everyRowsCategoriesAddUpToItsCases() {
        List<String> lines = TEXT.lines().toList();
        List<String> header = Arrays.asList(lines.get(0).trim().split("\\s{2,}"));
        int cases = header.indexOf("Sager");
        int accordance = header.indexOf("I overensstemmelse");
        int reversed = header.indexOf("Omgjort");
        int formal = header.indexOf("Formelle mangler");
        int unassessable = header.indexOf("Kan ikke vurderes");
        assertThat(List.of(accordance, reversed, formal, unassessable)).doesNotContain(-1);
        int checked = 0;
        for (String line : lines.subList(2, lines.size())) {
            if (line.startsWith("-") || line.startsWith("Procenterne") || line.startsWith("Sager, der") || line.contains("giver tilsammen")) {
                continue;
            }
            List<String> cells = Arrays.asList(line.trim().split("\\s{2,}"));
            int sum = leading(cells.get(accordance)) + leading(cells.get(reversed))
                    + Integer.parseInt(cells.get(formal)) + Integer.parseInt(cells.get(unassessable));
            assertThat(sum).as(line).isEqualTo(Integer.parseInt(cells.get(cases)));
            checked++;
        }
        assertThat(checked).isEqualTo(4);
        assertThat(TEXT).contains("I overensstemmelse, omgjort, formelle mangler og kan ikke vurderes giver tilsammen"
                + " rækkens sager.");
    }

    /** "7 af 11" → 7 */
    private static int leading(String ofTotal) {
        return Integer.parseInt(ofTotal.substring(0, ofTotal.indexOf(' ')));
    }
}
