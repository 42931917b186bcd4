package dk.praksis.io;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites a zip (an .xlsx) with every entry stamped with one fixed local time, in the same entry
 * order, so the same workbook gives the same bytes on every run and in every time zone. POI stamps
 * entries with the current time. Used by the case template writer and the report workbooks.
 */
public final class DeterministicZip {

    private DeterministicZip() {
    }

    /** The zip with every entry's time set to {@code time} (a local date-time: no time zone enters). */
    public static byte[] restamp(byte[] zip, LocalDateTime time) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length);
        try {
            restamp(new ByteArrayInputStream(zip), out, time);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * As {@link #restamp(byte[], LocalDateTime)}, from one stream to another, entry by entry: a large workbook
     * is never held whole in memory. Closes neither stream.
     */
    public static void restamp(InputStream zip, OutputStream out, LocalDateTime time) throws IOException {
        ZipInputStream in = new ZipInputStream(zip);
        ZipOutputStream zout = new ZipOutputStream(out);
        for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
            ZipEntry copy = new ZipEntry(e.getName());
            copy.setTimeLocal(time);
            zout.putNextEntry(copy);
            in.transferTo(zout);
            zout.closeEntry();
        }
        zout.finish();
    }
}
