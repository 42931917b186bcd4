package dk.praksis.io;

import java.nio.file.Path;

/** A file named by its folder and name ("2013-03/protokol.json"): enough to tell files of the same name apart
 *  in a report or record, without the rest of the path (which may say who ran it, and where). */
public final class FolderAndName {

    private FolderAndName() {
    }

    public static String of(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path parent = abs.getParent();
        return parent == null || parent.getFileName() == null ? String.valueOf(abs.getFileName())
                : parent.getFileName() + "/" + abs.getFileName();
    }
}
