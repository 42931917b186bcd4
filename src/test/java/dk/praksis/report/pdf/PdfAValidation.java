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
 * reports claim: PDF/A-2a (archiving, tagged) and PDF/UA-1 (accessibility), both from one parse. A
 * failed rule is reported with its profile, clause and test number, what the standard asks, and how
 * often and where it failed, e.g. "ua1 7.1-3: Content shall be marked as Artifact or tagged as real
 * content (3 ×, first at root/document[0]/pages[0]/...)".
 */
final class PdfAValidation {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    static final PDFAFlavour PDF_A_2A = PDFAFlavour.PDFA_2_A;
    static final PDFAFlavour PDF_UA_1 = PDFAFlavour.PDFUA_1;

    private PdfAValidation() {
    }

    /** The failed rules of both profiles the reports claim, from one parse; empty when the file conforms to both. */
    static List<String> failures(byte[] pdf) throws Exception {
        return failures(pdf, List.of(PDF_A_2A, PDF_UA_1));
    }

    static List<String> failures(byte[] pdf, List<PDFAFlavour> flavours) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavours.get(0));
             PDFAValidator validator = Foundries.defaultInstance().createValidator(flavours)) {
            List<String> lines = new ArrayList<>();
            for (ValidationResult result : validator.validateAll(parser)) {
                lines.addAll(failed(result));
            }
            return lines;
        }
    }

    /** One line per failed rule: "ua1 7.3-1: what the rule asks — what was found (n ×, first at ...)". */
    private static List<String> failed(ValidationResult result) {
        PDFAFlavour flavour = result.getPDFAFlavour();
        ValidationProfile profile = Profiles.getVeraProfileDirectory().getValidationProfileByFlavour(flavour);
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
            String found = first.getErrorMessage() == null ? first.getMessage() : first.getErrorMessage();
            lines.add(flavour.getId() + " " + rule + ": " + asks + (found.equals(asks) ? "" : " — " + found) + " ("
                    + failed.size() + " ×, first at " + first.getLocation().getContext() + ")");
        });
        return lines;
    }
}
