package dk.praksis.audit;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * The høring around an audit: whether this run is the draft sent to the kommuner for comments, the corrections
 * agreed after høring ({@code rettelser:}), and the høring letter's deadline, date and template ({@code høring:}).
 *
 * @param draft       true for {@code audit --udkast}: every document says "Udkast – til høring", the folder is
 *                    named …-udkast, and a høring package is written per kommune
 * @param corrections the corrections file, or null
 * @param deadline    the deadline for the kommuner's comments, or null
 * @param letterDate  the høring letter's date, or null
 * @param letter      the høring letter's Markdown template, or null for the standard text
 */
public record Hearing(boolean draft, Path corrections, LocalDate deadline, LocalDate letterDate, Path letter) {

    public static final Hearing NONE = new Hearing(false, null, null, null, null);

    /** What a draft's output folder ends with, so it can never be taken for (or replace) the final reports. */
    public static final String DRAFT_SUFFIX = "-udkast";

    /** This høring with the run marked as the draft. */
    public Hearing asDraft() {
        return new Hearing(true, corrections, deadline, letterDate, letter);
    }

    /** The draft's folder beside the final one: rapporter/2014 → rapporter/2014-udkast. */
    public static Path draftFolder(Path output) {
        Path name = output.getFileName();
        if (name == null || name.toString().endsWith(DRAFT_SUFFIX)) {
            return output;
        }
        return output.resolveSibling(name + DRAFT_SUFFIX);
    }
}
