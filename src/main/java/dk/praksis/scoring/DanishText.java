package dk.praksis.scoring;

/** Small helpers that make reasons read as Danish sentences. */
final class DanishText {

    private DanishText() {
    }

    static String days(long n) {
        return n == 1 || n == -1 ? n + " dag" : n + " dage";
    }

    /** A checklist name as words: "bolig_og_økonomi" reads "bolig og økonomi". */
    static String words(String name) {
        return name.replace('_', ' ');
    }

    /**
     * The singular of a list name for the two plural forms checklists use: "-inger" ("revurderinger"
     * to "revurdering") and "-samtaler" ("opfølgningssamtaler" to "opfølgningssamtale"); other names
     * are kept as written, since Danish plurals do not reverse reliably.
     */
    static String singular(String listName) {
        String w = words(listName);
        if (w.endsWith("inger")) {
            return w.substring(0, w.length() - 2);
        }
        return w.endsWith("samtaler") ? w.substring(0, w.length() - 1) : w;
    }

    /**
     * How a date field reads in a sentence: "afgørelsen" for afgørelse.dato, else the name of the
     * date, document or event ("dokumenter.ressourceprofil.dato" reads "ressourceprofil").
     */
    static String field(String path) {
        if (path.equals("afgørelse.dato")) {
            return "afgørelsen";
        }
        String[] p = path.split("\\.");
        if (p.length == 3 && p[0].equals("dokumenter") && p[2].equals("dato")) {
            return words(p[1]);
        }
        return words(p[p.length - 1]);
    }

    /**
     * The definite plural of a list name, for "ingen af ..." and as a sentence's subject:
     * "arbejdsprøvninger" reads "arbejdsprøvningerne", "ressourceforløb" reads "ressourceforløbene".
     * Names ending in -e or -er take "-ne", others "-ene"; a name whose last consonant doubles
     * ("tilbud", "tilbuddene") would need its own words, and no course list has one.
     */
    static String definitePlural(String listName) {
        String w = words(listName);
        return w.endsWith("e") || w.endsWith("er") ? w + "ne" : w + "ene";
    }

    /** "arbejdsprøvninger" reads "arbejdsprøvningen"; other list names "forløbet i NAME". */
    static String definite(String listName) {
        String one = singular(listName);
        return one.endsWith("ing") ? one + "en" : "forløbet i " + words(listName);
    }
}
