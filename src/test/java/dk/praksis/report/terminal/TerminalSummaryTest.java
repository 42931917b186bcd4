package dk.praksis.report.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import dk.praksis.report.Fixtures;
import dk.praksis.report.ReportBuilder;
import org.junit.jupiter.api.Test;

class TerminalSummaryTest {

    @Test
    void oneAlignedRowPerKommuneAndATotalWithThePercentagesDenominators() {
        String text = TerminalSummary.render(new ReportBuilder().build(Fixtures.checklist(), Fixtures.info(),
                Fixtures.results()));
        assertThat(text).isEqualTo("""
                Kommune  Sager  I overensstemmelse     Pct.  Omgjort  Omgørelsesprocent
                -----------------------------------------------------------------------
                Billund      2              2 af 2  100,0 %   0 af 2              0,0 %
                Vejen        6              2 af 5   40,0 %   2 af 5             40,0 %
                Ærø          4              3 af 4   75,0 %   1 af 4             25,0 %
                -----------------------------------------------------------------------
                I alt       12             7 af 11   63,6 %  3 af 11             27,3 %
                Procenterne er af de realitetsbehandlede sager (tallet efter »af«).
                Sager, der ikke kan vurderes, indgår ikke.
                """);
    }
}
