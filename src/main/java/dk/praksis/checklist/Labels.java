package dk.praksis.checklist;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The words a reader sees for the names a checklist uses internally ({@code betegnelser}): field
 * paths, documents, elements, event lists, period types, courses and flags. A name the checklist
 * gives no words for is said generically ("datoen for visitation", "sociale kompetencer"), so no
 * description ever shows a field path.
 *
 * @param words a name or a whole field path to its Danish words, in file order
 */
public record Labels(Map<String, String> words) {

    public static final Labels NONE = new Labels(Map.of());

    public Labels {
        words = Collections.unmodifiableMap(new LinkedHashMap<>(words));
    }

    /** A bare name in words: the checklist's own, else with underscores as spaces. */
    public String name(String name) {
        String own = words.get(name);
        return own != null ? own : name.replace('_', ' ');
    }

    /**
     * A field path in words: the checklist's words for the whole path, else built from its parts,
     * e.g. {@code dokumenter.ressourceprofil.dato} → "datoen for ressourceprofil" (or "datoen for
     * ressourceprofilen" when {@code ressourceprofil} has those words).
     */
    public String field(String path) {
        String own = words.get(path);
        if (own != null) {
            return own;
        }
        String[] p = path.split("\\.");
        return switch (p[0]) {
            case "sagstype" -> "sagstypen";
            case "kommune" -> "kommunen";
            case "afgørelse" -> p.length < 2 ? "afgørelsen" : switch (p[1]) {
                case "dato" -> "afgørelsens dato";
                case "foreligger" -> "der foreligger en afgørelse";
                case "fuldt_medhold" -> "afgørelsen giver fuldt medhold";
                default -> name(p[1]);
            };
            case "datoer" -> p.length < 2 ? name(path) : "datoen for " + name(p[1]);
            case "hændelser" -> p.length < 2 ? name(path) : "den første dato blandt " + name(p[1]);
            case "dokumenter" -> p.length < 3 ? name(path) : p[2].equals("dato") ? "datoen for " + name(p[1])
                    : name(p[2]) + " i " + name(p[1]);
            case "felter" -> p.length < 2 ? name(path) : name(p[1]);
            default -> name(path);
        };
    }

    /** The same words with a capital first letter, for the start of a sentence or a list line. */
    public static String capitalised(String words) {
        return words.isEmpty() ? words : words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }
}
