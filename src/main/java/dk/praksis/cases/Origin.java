package dk.praksis.cases;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * Where a case came from, so every message can name the file and the place.
 *
 * @param file   the file as the user named it
 * @param casePlace the place of the case as a whole ("12:5", "Sager!A7", "række 7")
 * @param places field path (e.g. "afgørelse.dato", "perioder[2].til", "vurdering.svar.AP3")
 *               to its place in the file
 */
public record Origin(String file, String casePlace, Map<String, String> places) {

    /** A place of the YAML/JSON form ("12" or "12:5"), shown after a colon; the tables' places after a space. */
    private static final Pattern LINE_COLUMN = Pattern.compile("\\d+(:\\d+)?");

    public Origin {
        places = Map.copyOf(places); // looked up, never iterated: a compact copy (a case has dozens of places)
    }

    /** The most precise known place for a field path: the path, else its nearest parent, else the case. */
    public String place(String path) {
        String p = path;
        while (p != null && !p.isEmpty()) {
            String found = places.get(p);
            if (found != null) {
                return found;
            }
            int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
            p = cut > 0 ? p.substring(0, cut) : null;
        }
        return casePlace;
    }

    /** "fil.yaml:12:7" or "fil.xlsx Sager!F4": file and place joined the way messages show them. */
    public String where(String path) {
        String place = place(path);
        if (place == null || place.isEmpty()) {
            return file;
        }
        return LINE_COLUMN.matcher(place).matches() ? file + ":" + place : file + " " + place;
    }
}
