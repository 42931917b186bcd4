package dk.praksis.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LetterPdfTest {

    private static final Letter LETTER = new Letter("Indkaldelse af sager", "Beskæftigelsesankenævnet Syddanmark",
            "Vejen Kommune", LocalDate.of(2011, 8, 15), List.of(
                    new Letter.Text("Vi beder om de 2 sager, der står nedenfor."),
                    new Letter.Table(List.of("Nr.", "Reference"), List.of(List.of("1", "VEJ11-0148"),
                            List.of("2", "VEJ11-1512")), 2, List.of(0.5f, 2f)),
                    new Letter.Heading("Hvad vi beder om"),
                    new Letter.Items(List.of("hele sagen", "ressourceprofilen"))),
            LocalDate.of(2011, 8, 15));

    @Test
    void theLetterSaysWhatItShouldInReadingOrder() throws Exception {
        try (PdfText pdf = new PdfText(LetterPdf.bytes(LETTER))) {
            assertThat(pdf.text()).containsSubsequence("Beskæftigelsesankenævnet Syddanmark", "Til Vejen Kommune",
                    "15. august 2011", "Indkaldelse af sager", "Vi beder om de 2 sager", "VEJ11-0148", "VEJ11-1512",
                    "Hvad vi beder om", "hele sagen", "ressourceprofilen");
            assertThat(pdf.pdf.getDocumentInformation().getTitle()).isEqualTo("Indkaldelse af sager");
        }
    }

    @Test
    void theLetterIsPdfA2aAndPdfUa1LikeEveryReport() throws Exception {
        assertThat(PdfAValidation.failures(LetterPdf.bytes(LETTER))).isEmpty();
    }
}
