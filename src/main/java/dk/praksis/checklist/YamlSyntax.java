package dk.praksis.checklist;

import java.util.Optional;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * A YAML syntax error as SnakeYAML found it: the exact line and column of the problem and a Danish
 * explanation. Shared by the checklist and case readers so both say the same, at the same place.
 */
public final class YamlSyntax {

    /**
     * 1-based place of the problem and its Danish explanation; {@code explained} is false when the
     * message only wraps SnakeYAML's own (English) wording.
     */
    public record Error(int line, int column, String message, boolean explained) {
    }

    private YamlSyntax() {
    }

    /** The syntax error behind a parser exception, if SnakeYAML caused it. */
    public static Optional<Error> of(Throwable e) {
        MarkedYAMLException marked = markedCause(e);
        if (marked == null || marked.getProblemMark() == null) {
            return Optional.empty();
        }
        var mark = marked.getProblemMark();
        Optional<String> danish = explanation(marked);
        return Optional.of(new Error(mark.getLine() + 1, mark.getColumn() + 1,
                danish.orElse("YAML-syntaksfejl (" + marked.getProblem() + ")" + context(marked)), danish.isPresent()));
    }

    /** SnakeYAML's own exception, which knows the line and column of the problem, if it caused this one. */
    private static MarkedYAMLException markedCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MarkedYAMLException m) {
                return m;
            }
        }
        return null;
    }

    private static String context(MarkedYAMLException e) {
        return e.getContextMark() == null ? ""
                : " (blokken begynder på linje " + (e.getContextMark().getLine() + 1) + ")";
    }

    /** Danish wording for SnakeYAML's most common complaints. */
    private static Optional<String> explanation(MarkedYAMLException e) {
        String problem = e.getProblem() == null ? "" : e.getProblem();
        String context = context(e);
        if (problem.contains("\\t") || problem.contains("TAB")) {
            return Optional.of("tabulatortegn må ikke bruges til indrykning i YAML; brug mellemrum");
        }
        if (problem.startsWith("mapping values are not allowed")) {
            return Optional.of("forkert indrykning eller et kolon på et uventet sted: linjen passer ikke ind i blokken"
                    + " over den (sæt tekst med kolon i anførselstegn)");
        }
        if (problem.startsWith("expected <block end>")) {
            return Optional.of("forkert indrykning: linjen står ikke på linje med de andre nøgler i sin blok" + context);
        }
        if (problem.startsWith("could not find expected ':'")) {
            return Optional.of("der mangler et kolon (:) efter en nøgle, eller indrykningen er forkert" + context);
        }
        if (problem.startsWith("found undefined alias")) {
            return Optional.of("ukendt YAML-alias (*navn) uden tilsvarende anker (&navn)");
        }
        if (problem.startsWith("found unexpected end of stream") || problem.contains("quoted scalar")) {
            return Optional.of("en tekst i anførselstegn slutter ikke (mangler det afsluttende anførselstegn?)"
                    + context);
        }
        return Optional.empty();
    }
}
