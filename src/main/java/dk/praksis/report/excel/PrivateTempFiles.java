package dk.praksis.report.excel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;

/**
 * POI's streaming writer keeps a workbook's rows, case data among them, in temporary files until the
 * workbook is written. By default they lie in a shared folder that other users of the machine may read
 * (the system's temp folder, with the umask's permissions); here they lie in a folder only this user can
 * open, made once per run and removed when the JVM ends.
 */
final class PrivateTempFiles {

    private static volatile Path folder;

    private PrivateTempFiles() {
    }

    /** Points POI's temporary files at this run's private folder; idempotent. */
    static synchronized Path ensure() {
        if (folder == null) {
            try {
                Path dir = FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
                        ? Files.createTempDirectory("praksis-",
                                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")))
                        : Files.createTempDirectory("praksis-"); // Windows: the user's own %TEMP%
                dir.toFile().deleteOnExit();
                TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(dir.toFile()));
                folder = dir;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return folder;
    }
}
