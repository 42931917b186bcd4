package dk.praksis.text;

import java.util.Collection;
import java.util.List;

/** A list as Danish prose: "a", "a og b", "a, b og c" (or "eller"). */
public final class DanishList {

    private DanishList() {
    }

    /** "a", "a og b", "a, b og c". */
    public static String and(Collection<String> parts) {
        return join(parts, " og ");
    }

    /** "a", "a eller b", "a, b eller c". */
    public static String or(Collection<String> parts) {
        return join(parts, " eller ");
    }

    private static String join(Collection<String> parts, String last) {
        List<String> list = List.copyOf(parts);
        if (list.size() <= 1) {
            return String.join("", list);
        }
        return String.join(", ", list.subList(0, list.size() - 1)) + last + list.get(list.size() - 1);
    }
}
