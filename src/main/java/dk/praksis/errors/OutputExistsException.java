package dk.praksis.errors;

/** The output already exists and --force was not given (or may not replace it): exit 5. */
public class OutputExistsException extends PraksisException {

    private static final long serialVersionUID = 1L;

    public OutputExistsException(String path) {
        this(path, "findes allerede; vælg en anden mappe med --out, eller overskriv med --force");
    }

    private OutputExistsException(String path, String advice) {
        super(path + ": " + advice);
    }

    /** An existing output file (not a folder), named with the given option, e.g. "--pdf". */
    public static OutputExistsException file(String path, String option) {
        return new OutputExistsException(path, "findes allerede; vælg et andet filnavn med " + option
                + ", eller overskriv med --force");
    }

    /** An existing file or folder that --force must not replace because praksis did not write it. */
    public static OutputExistsException notEarlierOutput(String path) {
        return new OutputExistsException(path, "findes og er ikke en mappe; --force erstatter kun en tidligere outputmappe "
                + "fra praksis, så vælg en anden mappe med --out");
    }

    /** An existing output folder without praksis' manifest: written by an older praksis, or not by praksis. */
    public static OutputExistsException withoutManifest(String path) {
        return new OutputExistsException(path, "findes og har ingen .praksis-manifest.json, så praksis kan ikke se, at "
                + "mappen kun rummer dens egne, uændrede filer (en mappe fra en ældre udgave af praksis har heller ingen); --force "
                + "sletter kun filer, praksis selv har skrevet. Vælg en anden mappe med --out, eller slet eller flyt "
                + "mappen selv, når du har set, at intet i den skal gemmes");
    }

    /** An earlier output folder that now holds a file praksis did not write, or one changed since. */
    public static OutputExistsException foreignFile(String path, String why) {
        return new OutputExistsException(path, why + "; --force sletter kun praksis' egne, uændrede filer. Flyt filen "
                + "ud af mappen, eller vælg en anden mappe med --out");
    }

    /** An existing single file that praksis did not write there, or that changed since. */
    public static OutputExistsException foreignSingleFile(String path, String option) {
        return new OutputExistsException(path, "findes og er ikke skrevet af praksis, eller den er ændret siden (fx "
                + "udfyldt); --force overskriver kun en fil, praksis selv har skrevet, og som ingen har ændret. Vælg "
                + "et andet filnavn med " + option + ", eller flyt filen");
    }

    @Override
    public ExitCode exitCode() {
        return ExitCode.OUTPUT_EXISTS;
    }
}
