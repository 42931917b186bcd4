package dk.praksis.report.pdf;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.pdfa.validation.profiles.Profiles;
import org.verapdf.pdfa.validation.profiles.ValidationProfile;

/**
 * Validates a PDF with veraPDF (in-process, its own parser, not PDFBox) against the profiles the
 * reports claim: PDF/A-2a (archiving, tagged) and PDF/UA-1 (accessibility). A failed rule is reported
 * with its profile, clause and test number, what the standard asks and what veraPDF found, e.g.
 * "PDF/UA-1 7.3-1: Figure tags shall include an alternative representation ... — Figure structure
 * element neither has an alternate description nor a replacement text (2 ×, first at ...)".
 */
final class PdfAValidation {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    static final PDFAFlavour PDF_A_2A = PDFAFlavour.PDFA_2_A;
    static final PDFAFlavour PDF_UA_1 = PDFAFlavour.PDFUA_1;

    private PdfAValidation() {
    }

    /** The failed rules of both profiles the reports claim; empty when the file conforms to both. */
    static List<String> failures(byte[] pdf) throws Exception {
        List<String> all = new ArrayList<>(failures(pdf, PDF_A_2A));
        all.addAll(failures(pdf, PDF_UA_1));
        return all;
    }

    static List<String> failures(byte[] pdf, PDFAFlavour flavour) throws Exception {
        ValidationProfile profile = Profiles.getVeraProfileDirectory().getValidationProfileByFlavour(flavour);
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(profile, false)) {
            ValidationResult result = validator.validate(parser);
            Map<String, List<TestAssertion>> byRule = new TreeMap<>();
            for (TestAssertion a : result.getTestAssertions()) {
                if (a.getStatus() == TestAssertion.Status.FAILED) {
                    String rule = a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber();
                    byRule.computeIfAbsent(rule, r -> new ArrayList<>()).add(a);
                }
            }
            List<String> lines = new ArrayList<>();
            byRule.forEach((rule, failed) -> {
                TestAssertion first = failed.get(0);
                String asks = profile.getRuleByRuleId(first.getRuleId()).getDescription();
                lines.add(flavour.getId() + " " + rule + ": " + asks + " — " + (first.getErrorMessage() == null ? first.getMessage() : first.getErrorMessage()) + " ("
                        + failed.size() + " ×, first at " + first.getLocation().getContext() + ")");
            });
            return lines;
        }
    }
}
