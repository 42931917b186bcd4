package dk.praksis.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dk.praksis.report.AuditReport;
import dk.praksis.report.Edition;
import dk.praksis.report.Fixtures;
import dk.praksis.report.UnitReport;
import org.junit.jupiter.api.Test;

class FontPoolTest {

    private static final AuditReport REPORT = PdfReportsTest.report(Fixtures.results());

    @Test
    void aDocumentWithBorrowedFontsHasTheBytesItHasWithFreshOnes() {
        UnitReport kommune = REPORT.kommuner().get(0);
        byte[] fresh = UnitPdf.bytes(new UnitView(REPORT, kommune, Edition.KOMMUNE));

        FontPool pool = new FontPool();
        byte[] first = UnitPdf.bytes(pool, new UnitView(REPORT, REPORT.total(), Edition.INTERNAL));
        FontFamily used = pool.borrow();
        pool.giveBack(used);
        byte[] pixi = PixiPdf.bytes(pool, REPORT); // the same family again, after another document
        byte[] again = UnitPdf.bytes(pool, new UnitView(REPORT, kommune, Edition.KOMMUNE));

        assertThat(again).isEqualTo(fresh);
        assertThat(pixi).isEqualTo(PixiPdf.bytes(REPORT));
        assertThat(first).isEqualTo(UnitPdf.bytes(new UnitView(REPORT, REPORT.total(), Edition.INTERNAL)));
    }

    @Test
    void aFamilyServesOneDocumentAtATime() {
        FontPool pool = new FontPool();
        FontFamily a = pool.borrow();
        FontFamily b = pool.borrow();
        assertThat(b).isNotSameAs(a);
        pool.giveBack(a);
        assertThat(pool.borrow()).isSameAs(a);
    }
}
