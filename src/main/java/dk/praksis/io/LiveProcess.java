package dk.praksis.io;

/**
 * Whether the run that left files behind (a half-written output folder, a temporary case file) may still be
 * using them: files carry their process id, and only those of a process that has ended are cleaned up.
 */
public final class LiveProcess {

    private LiveProcess() {
    }

    /** True for this process and for any live process with the id (a reused id keeps the files: the safe side). */
    public static boolean running(long pid) {
        return pid == ProcessHandle.current().pid()
                || ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }
}
