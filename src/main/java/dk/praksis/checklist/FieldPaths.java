package dk.praksis.checklist;

import java.util.List;
import java.util.Optional;

/**
 * Checks the case field paths a checklist names (start dates, conditions, date comparisons)
 * against the paths {@code dk.praksis.cases.Case#field} resolves, so a typo fails at lint time
 * instead of making every case "ikke relevant".
 */
final class FieldPaths {

    static final List<String> ROOTS = List.of("sagstype", "kommune", "afgørelse", "datoer", "dokumenter",
            "hændelser", "felter");

    private FieldPaths() {
    }

    /**
     * @param needsDate true where the path must give a date (start, slut_senest, første, anden)
     * @return a Danish problem, empty when the path is fine
     */
    static Optional<String> problem(String path, boolean needsDate) {
        String[] p = path.split("\\.", -1);
        for (String part : p) {
            if (part.isBlank()) {
                return Optional.of("feltstien '" + path + "' har et tomt led");
            }
        }
        String root = p[0];
        if (p.length == 1) {
            if (needsDate && (root.equals("sagstype") || root.equals("kommune") || root.equals("afgørelse"))) {
                return notADate(path);
            }
            return root.equals("afgørelse") || root.equals("datoer") || root.equals("dokumenter")
                    || root.equals("hændelser") || root.equals("felter")
                    ? Optional.of("feltstien '" + path + "' er ufuldstændig; skriv fx " + example(root))
                    : Optional.empty(); // a bare name: datoer.NAME or felter.NAME
        }
        switch (root) {
            case "afgørelse":
                if (p.length == 2 && p[1].equals("dato")) {
                    return Optional.empty();
                }
                if (p.length == 2 && (p[1].equals("foreligger") || p[1].equals("fuldt_medhold"))) {
                    return needsDate ? notADate(path) : Optional.empty();
                }
                return Optional.of("feltstien '" + path + "' findes ikke; under afgørelse findes kun "
                        + "afgørelse.dato, afgørelse.foreligger og afgørelse.fuldt_medhold");
            case "datoer", "hændelser":
                return p.length == 2 ? Optional.empty()
                        : Optional.of("feltstien '" + path + "' har for mange led; skriv " + example(root));
            case "felter":
                if (p.length != 2) {
                    return Optional.of("feltstien '" + path + "' har for mange led; skriv " + example(root));
                }
                return needsDate ? notADate(path) : Optional.empty();
            case "dokumenter":
                if (p.length != 3) {
                    return Optional.of("feltstien '" + path + "' skal have tre led; skriv " + example(root));
                }
                return needsDate && !p[2].equals("dato") ? notADate(path) : Optional.empty();
            default:
                return Optional.of("feltstien '" + path + "' begynder med et ukendt led '" + root + "'"
                        + Suggestions.hint(root, ROOTS) + "; kendte led: " + String.join(", ", ROOTS));
        }
    }

    private static Optional<String> notADate(String path) {
        return Optional.of("feltstien '" + path + "' giver ikke en dato; brug fx afgørelse.dato, datoer.NAVN, "
                + "dokumenter.NAVN.dato eller hændelser.NAVN");
    }

    private static String example(String root) {
        return switch (root) {
            case "afgørelse" -> "afgørelse.dato";
            case "datoer" -> "datoer.visitation";
            case "dokumenter" -> "dokumenter.ressourceprofil.dato";
            case "hændelser" -> "hændelser.revurderinger";
            default -> "felter.alder";
        };
    }
}
