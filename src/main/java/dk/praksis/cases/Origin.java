package dk.praksis.cases;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
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
        places = places instanceof Owned ? places : Map.copyOf(places);
    }

    /**
     * An origin whose places a reader built for this one case and never changes afterwards: the map is
     * wrapped, not copied (a case has dozens of places, and every case of a run gets an origin).
     */
    public static Origin of(String file, String casePlace, Map<String, String> places) {
        return new Origin(file, casePlace, new Owned(places));
    }

    /** A read-only view of a map no one else changes (see {@link #of}). */
    private static final class Owned extends AbstractMap<String, String> {
        private final Map<String, String> places;

        Owned(Map<String, String> places) {
            this.places = places;
        }

        @Override
        public String get(Object path) {
            return places.get(path);
        }

        @Override
        public boolean containsKey(Object path) {
            return places.containsKey(path);
        }

        @Override
        public int size() {
            return places.size();
        }

        @Override
        public Set<Entry<String, String>> entrySet() {
            return Collections.unmodifiableMap(places).entrySet();
        }
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
