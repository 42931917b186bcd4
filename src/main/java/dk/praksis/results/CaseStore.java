package dk.praksis.results;

import dk.praksis.cases.Kommune;
import dk.praksis.io.LiveProcess;
import dk.praksis.scoring.CaseResult;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The scored cases of one run, for the outputs that list every case (the results files, the Sager and Begrundelser
 * sheets, each kommune's attachment). A small run keeps its cases in memory (with equal reasons shared); from
 * {@link #IN_MEMORY_UP_TO} cases on they are written to a private temporary file as they arrive
 * ({@link CaseRecordCodec}) and read back one at a time, so the heap holds only an index of each case's kommune,
 * id and place in the file (about 80 bytes a case), not the cases. Sorting that index in memory was chosen over an
 * external merge sort: it is one file written once, read in any order the outputs need (kode or name order) with a
 * positional read per case, and the index is a twentieth of what the cases took.
 * <p>
 * Filled by one thread; once {@link #finish()}ed, its views may be read by many at once. {@link #close()} deletes
 * the file; a view read after that fails.
 */
public final class CaseStore implements AutoCloseable {

    /** Cases kept in memory; above this the store spills to disk. */
    public static final int IN_MEMORY_UP_TO = 2_000;

    private final int inMemoryUpTo;
    private final Path folder;
    private final List<Kommune> kommuner = new ArrayList<>();
    private final Map<Kommune, Integer> kommuneNumbers = new HashMap<>();
    private int size;
    private int[] kommuneOf = new int[16];
    private String[] ids = new String[16];
    /** In memory: the cases. Spilled: null. */
    private List<CaseResult> held = new ArrayList<>();
    private SharedReasons reasons = new SharedReasons();
    private Spill spill;

    /** A store that spills from {@link #IN_MEMORY_UP_TO} cases on, into the system's temporary folder. */
    public CaseStore() {
        this(IN_MEMORY_UP_TO, null);
    }

    /**
     * A store that keeps at most {@code inMemoryUpTo} cases in memory (0: always spills), then spills into
     * {@code folder} (null: the system's temporary folder).
     */
    public CaseStore(int inMemoryUpTo, Path folder) {
        this.inMemoryUpTo = inMemoryUpTo;
        this.folder = folder;
    }

    /** A store holding these cases in memory, for callers that already have them all. */
    public static CaseStore of(List<CaseResult> cases) {
        CaseStore store = new CaseStore(Integer.MAX_VALUE, null);
        cases.forEach(store::add);
        return store;
    }

    public void add(CaseResult c) {
        if (size == ids.length) {
            ids = Arrays.copyOf(ids, size * 2);
            kommuneOf = Arrays.copyOf(kommuneOf, size * 2);
        }
        ids[size] = c.caseId();
        kommuneOf[size] = c.kommune() == null ? -1 : kommuneNumbers.computeIfAbsent(c.kommune(), k -> {
            kommuner.add(k);
            return kommuner.size() - 1;
        });
        size++;
        if (spill == null && size > inMemoryUpTo) {
            spill = Spill.create(folder);
            held.forEach(this::write);
            held = null;
            reasons = null; // the reasons were shared to save memory; on disk there is nothing to share
        }
        if (spill != null) {
            write(c);
        } else {
            held.add(reasons.share(c));
        }
    }

    private void write(CaseResult c) {
        spill.append(c, kommuneNumbers::get);
    }

    /** How many cases were added. */
    public int size() {
        return size;
    }

    /** Whether the cases are on disk. */
    public boolean spilled() {
        return spill != null;
    }

    /** The distinct kommuner of the cases, in the order first seen. */
    public List<Kommune> kommuner() {
        return List.copyOf(kommuner);
    }

    /** Every case's id, in the order the cases arrived, without reading a case. */
    public List<String> ids() {
        return Arrays.asList(Arrays.copyOf(ids, size));
    }

    /** Each kommune's case ids, without reading a case. */
    public Map<Kommune, Set<String>> idsByKommune() {
        Map<Kommune, Set<String>> out = new LinkedHashMap<>();
        for (int i = 0; i < size; i++) {
            out.computeIfAbsent(kommuneOf[i] < 0 ? null : kommuner.get(kommuneOf[i]), k -> new LinkedHashSet<>())
                    .add(ids[i]);
        }
        return out;
    }

    /** All cases in {@link ResultsBuilder#CASE_ORDER}, the order of the results files: by kommunekode, then id. */
    public List<CaseResult> inCaseOrder() {
        return sorted(Comparator.comparing(Kommune::kode));
    }

    /**
     * All cases ordered by kommune ({@code kommuneOrder}), then id; cases with an equal kommune and id keep the
     * order they arrived in. A view: each case is read when it is asked for.
     */
    public List<CaseResult> sorted(Comparator<Kommune> kommuneOrder) {
        return view(order(kommuneOrder, null));
    }

    /** One kommune's cases ordered by id (equal ids in arrival order); empty for a kommune without cases. */
    public List<CaseResult> cases(Kommune kommune) {
        Integer number = kommuneNumbers.get(kommune);
        return number == null ? List.of() : view(order(Comparator.comparingInt(k -> 0), number));
    }

    /**
     * The arrival numbers of the cases (of one kommune, when {@code only} is given), sorted, without boxing a number
     * per case: the cases are first put in kommune order (a counting sort, which keeps arrival order), then each
     * kommune's run is sorted by the rank of its id among the ids and, for equal ids, by arrival, as numbers.
     */
    private int[] order(Comparator<Kommune> kommuneOrder, Integer only) {
        finish();
        int[] rank = kommuneRanks(kommuneOrder); // by kommune number, shifted by one: 0 is "no kommune"
        int[] start = new int[kommuner.size() + 2];
        for (int i = 0; i < size; i++) {
            if (only == null || kommuneOf[i] == only) {
                start[rank[kommuneOf[i] + 1] + 1]++;
            }
        }
        for (int r = 1; r < start.length; r++) {
            start[r] += start[r - 1];
        }
        int[] order = new int[start[start.length - 1]];
        int[] next = Arrays.copyOf(start, start.length - 1);
        for (int i = 0; i < size; i++) {
            if (only == null || kommuneOf[i] == only) {
                order[next[rank[kommuneOf[i] + 1]]++] = i;
            }
        }
        for (int r = 0; r + 1 < start.length; r++) {
            sortById(order, start[r], start[r + 1]);
        }
        return order;
    }

    /**
     * Each kommune's place in {@code kommuneOrder}, indexed by its number plus one, from 1; no kommune (index 0) is
     * first. Kommuner the order finds equal share a place, so their cases are sorted together by id.
     */
    private int[] kommuneRanks(Comparator<Kommune> kommuneOrder) {
        List<Kommune> ordered = new ArrayList<>(kommuner);
        ordered.sort(kommuneOrder);
        int[] rank = new int[kommuner.size() + 1];
        int place = 0;
        for (int r = 0; r < ordered.size(); r++) {
            if (r == 0 || kommuneOrder.compare(ordered.get(r - 1), ordered.get(r)) != 0) {
                place++;
            }
            rank[kommuneNumbers.get(ordered.get(r)) + 1] = place;
        }
        return rank;
    }

    /** Sorts {@code order[from, to)} by id, equal ids in arrival order (the numbers are arrival numbers, ascending). */
    private void sortById(int[] order, int from, int to) {
        if (to - from < 2) {
            return;
        }
        String[] distinct = new String[to - from];
        for (int i = from; i < to; i++) {
            distinct[i - from] = ids[order[i]];
        }
        Arrays.sort(distinct);
        int count = 0;
        for (String id : distinct) {
            if (count == 0 || !id.equals(distinct[count - 1])) {
                distinct[count++] = id;
            }
        }
        long[] keys = new long[to - from];
        for (int i = from; i < to; i++) {
            keys[i - from] = (long) Arrays.binarySearch(distinct, 0, count, ids[order[i]]) << 32 | order[i];
        }
        Arrays.sort(keys);
        for (int i = from; i < to; i++) {
            order[i] = (int) keys[i - from];
        }
    }

    private List<CaseResult> view(int[] order) {
        List<CaseResult> memory = held;
        Spill file = spill;
        return new View(order, memory != null ? memory::get : n -> file.read(n, kommuner::get));
    }

    /** Makes everything added readable; adding after this is still allowed. */
    public void finish() {
        if (spill != null) {
            spill.flush();
        }
    }

    /** Deletes the spill file, if any. */
    @Override
    public void close() {
        if (spill != null) {
            spill.delete();
        }
    }

    /** The cases in a given order, each read when asked for. */
    private static final class View extends AbstractList<CaseResult> implements RandomAccess {
        private final int[] order;
        private final java.util.function.IntFunction<CaseResult> read;

        View(int[] order, java.util.function.IntFunction<CaseResult> read) {
            this.order = order;
            this.read = read;
        }

        @Override
        public CaseResult get(int index) {
            return read.apply(order[index]);
        }

        @Override
        public int size() {
            return order.length;
        }
    }

    /** The temporary file: records appended by one writer, read back by position from any thread. */
    private static final class Spill {
        private static final String PREFIX = "praksis-sager-";
        private static final String SUFFIX = ".bin";
        /** A case file's name: the prefix, the id of the process that wrote it, the temporary file's own part. */
        private static final Pattern STALE = Pattern.compile(Pattern.quote(PREFIX) + "(\\d{1,18})-\\d+"
                + Pattern.quote(SUFFIX));
        private final Path file;
        private final FileChannel channel;
        private final OutputStream out;
        private final ByteArrayOutputStream record = new ByteArrayOutputStream(4096);
        private final DataOutputStream recordData = new DataOutputStream(record);
        private long[] offsets = new long[1024];
        private int[] lengths = new int[1024];
        private int count;
        private long end;

        private Spill(Path file, FileChannel channel) {
            this.file = file;
            this.channel = channel;
            this.out = new java.io.BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
        }

        /**
         * A new file only this user can read (case data), in the folder or else the system's temporary folder. Its
         * name carries the process id, so that the files of runs killed before they could delete theirs (kill -9, a
         * power cut) are deleted here, and only those.
         */
        static Spill create(Path folder) {
            try {
                Path dir = folder != null ? folder : Path.of(System.getProperty("java.io.tmpdir"));
                deleteStale(dir);
                String prefix = PREFIX + ProcessHandle.current().pid() + "-";
                Path file = FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
                        ? Files.createTempFile(dir, prefix, SUFFIX,
                                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                        : Files.createTempFile(dir, prefix, SUFFIX); // Windows: the user's own %TEMP%
                file.toFile().deleteOnExit(); // should the run end without close(), e.g. killed by System.exit
                return new Spill(file, FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Case files left by runs that have ended; one that cannot be deleted (another user's) is left alone. */
        private static void deleteStale(Path dir) {
            try (Stream<Path> files = Files.list(dir)) {
                files.forEach(f -> {
                    Matcher m = STALE.matcher(f.getFileName().toString());
                    if (m.matches() && !LiveProcess.running(Long.parseLong(m.group(1)))) {
                        try {
                            Files.deleteIfExists(f);
                        } catch (IOException e) {
                            // not ours to delete, or in use: cleaning up is a courtesy, not the job
                        }
                    }
                });
            } catch (IOException | RuntimeException e) {
                // the folder cannot be listed: creating the file will say what is wrong
            }
        }

        void append(CaseResult c, java.util.function.ToIntFunction<Kommune> kommuneNumber) {
            try {
                record.reset();
                CaseRecordCodec.write(recordData, c, kommuneNumber);
                recordData.flush();
                if (count == offsets.length) {
                    offsets = Arrays.copyOf(offsets, count * 2);
                    lengths = Arrays.copyOf(lengths, count * 2);
                }
                offsets[count] = end;
                lengths[count] = record.size();
                count++;
                record.writeTo(out);
                end += record.size();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void flush() {
            try {
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        CaseResult read(int n, java.util.function.IntFunction<Kommune> kommune) {
            try {
                ByteBuffer buffer = ByteBuffer.allocate(lengths[n]);
                long position = offsets[n];
                while (buffer.hasRemaining()) {
                    int read = channel.read(buffer, position + buffer.position());
                    if (read < 0) {
                        throw new IOException("the case store's file ended early");
                    }
                }
                return CaseRecordCodec.read(new DataInputStream(new ByteArrayInputStream(buffer.array())), kommune);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void delete() {
            try {
                channel.close();
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
