package dk.praksis.boardtext;

/** A run of text with one emphasis: plain, *emphasis* (italic) or **strong** (bold), or both. */
public record Span(String text, boolean emphasis, boolean strong) {

    public static Span plain(String text) {
        return new Span(text, false, false);
    }
}
