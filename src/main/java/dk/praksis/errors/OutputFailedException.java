package dk.praksis.errors;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.ReadOnlyFileSystemException;
import java.util.Locale;

/**
 * The output could not be written (full disk, read-only or missing folder): exit 6. Nothing was
 * half-written; the message names the output and the reason, never the system's own English text.
 */
public class OutputFailedException extends PraksisException {

    private static final long serialVersionUID = 1L;

    public OutputFailedException(String output, Throwable cause) {
        super(output + ": kan ikke skrives, " + reason(cause) + "; intet er skrevet eller ændret."
                + " Ret det, eller vælg et andet sted med --out");
    }

    @Override
    public ExitCode exitCode() {
        return ExitCode.OUTPUT_FAILED;
    }

    /** The first input/output failure in the cause chain, or null when there is none. */
    public static Throwable ioCause(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof IOException || c instanceof ReadOnlyFileSystemException) {
                return c;
            }
        }
        return null;
    }

    private static String reason(Throwable cause) {
        String system = cause instanceof FileSystemException f && f.getReason() != null ? f.getReason()
                : cause == null || cause.getMessage() == null ? "" : cause.getMessage();
        String s = system.toLowerCase(Locale.ROOT);
        if (s.contains("no space") || s.contains("disk full") || s.contains("quota")) {
            return "for disken er fuld (eller din kvote er brugt op)";
        }
        if (cause instanceof AccessDeniedException || cause instanceof ReadOnlyFileSystemException
                || s.contains("read-only") || s.contains("permission denied") || s.contains("access is denied")) {
            return "for mappen er skrivebeskyttet, eller du har ikke skriveadgang til den";
        }
        if (cause instanceof NoSuchFileException) {
            return "for mappen findes ikke længere";
        }
        return "for styresystemet afviste skrivningen (" + (cause == null ? "ukendt årsag" : cause.getClass().getSimpleName()) + ")";
    }
}
