package dk.praksis.checklist;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;

/**
 * YAML aliases (*navn) are refused, not resolved: the YAML parser hands an alias on as its anchor's
 * name, so "*b" would silently read as the text "b", and resolving them invites alias bombs.
 */
public final class YamlAliases {

    /** The message at an alias's place. */
    public static final String MESSAGE = "YAML-aliasser (*navn) understøttes ikke: skriv værdien ud her i stedet for"
            + " at henvise til et anker (&navn). Filer fra fx Pythons yaml.dump med delte objekter har dem;"
            + " giv hvert sted sin egen kopi, før filen skrives";

    private YamlAliases() {
    }

    /** True when the parser's current token is an alias. */
    public static boolean isAlias(JsonParser p) {
        return p instanceof YAMLParser y && y.isCurrentAlias();
    }
}
