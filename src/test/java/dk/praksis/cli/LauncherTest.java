package dk.praksis.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The launchers ({@code praksis}, {@code praksis.cmd}): which JVM settings they choose for which job. The bash
 * launcher is run with a stand-in for {@code java} that prints its arguments; the Windows one is read as text.
 */
class LauncherTest {

    @Test
    void bothLaunchersGiveTheClassArchiveToTheAuditByEveryOneOfItsNames() throws Exception {
        CommandLine.Command audit = AuditCommand.class.getAnnotation(CommandLine.Command.class);
        List<String> names = new ArrayList<>(List.of(audit.aliases()));
        names.add(audit.name());
        String bash = Files.readString(Path.of("praksis"));
        Matcher cases = Pattern.compile("\\n\\s*(audit\\|[^)]*)\\)").matcher(bash);
        assertThat(cases.find()).isTrue();
        assertThat(cases.group(1).split("\\|")).containsExactlyInAnyOrderElementsOf(names);
        String cmd = Files.readString(Path.of("praksis.cmd"), StandardCharsets.US_ASCII);
        assertThat(cmd).as("praksis.cmd stays ASCII").matches("\\p{ASCII}*");
        for (String name : names) {
            // ASCII names literally; one with a Danish letter by the letters around it (see praksis.cmd).
            int danish = name.replaceAll("\\p{ASCII}", "").isEmpty() ? -1 : name.replaceAll("[æøå].*", "").length();
            String expected = danish < 0 ? "\".%s\"".formatted(name)
                    : "\"%%FIRST:~0,%d%%%%FIRST:~%d%%\"==\".%s%s\"".formatted(danish + 1, danish + 2,
                            name.substring(0, danish), name.substring(danish + 1));
            assertThat(cmd).as(name).contains(expected);
        }
    }

    @Test
    void theLauncherChoosesC1UpTo16MegabytesOfYamlCountingCsvHalfAndWorkbooksThreeTimes(@TempDir Path dir)
            throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "needs bash");
        Path app = Files.createDirectories(dir.resolve("app/target"));
        Files.copy(Path.of("praksis"), dir.resolve("app/praksis"));
        Files.createFile(app.resolve("praksis-app.jar"));
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Files.writeString(bin.resolve("java"), "#!/bin/sh\necho \"$@\"\n");
        Files.setPosixFilePermissions(bin.resolve("java"), PosixFilePermissions.fromString("rwxr-xr-x"));

        // 10,000 cases are 15 MB of YAML, 8 MB of CSV, 2.4 MB of workbooks; du adds the folder's own 4 KB.
        assertThat(jvm(dir, bin, Map.of("sager.yaml", 1))).contains("-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1",
                "-XX:+UseSerialGC").noneMatch(a -> a.startsWith("-Xmx"));
        assertThat(jvm(dir, bin, Map.of("sager.yaml", 17))).contains("-XX:+UseParallelGC", "-Xmx776m")
                .doesNotContain("-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1"); // C2 needs a thread of its own
        assertThat(jvm(dir, bin, Map.of("sager.csv", 30))).as("30 MB / 2").contains("-XX:TieredStopAtLevel=1",
                "-Xmx783m");
        assertThat(jvm(dir, bin, Map.of("sager.xlsx", 5))).contains("-XX:TieredStopAtLevel=1", "-Xmx770m");
        assertThat(jvm(dir, bin, Map.of("sager.xlsx", 6))).as("3 × 6 MB").contains("-XX:+UseParallelGC", "-Xmx771m");
        assertThat(jvm(dir, bin, Map.of("a.yaml", 9, "b.xlsx", 2))).as("9 MB + 3 × 2 MB")
                .contains("-XX:TieredStopAtLevel=1");
        assertThat(jvm(dir, bin, Map.of("a.yaml", 11, "b.xlsx", 2))).as("11 MB + 3 × 2 MB")
                .contains("-XX:+UseParallelGC");
    }

    @Test
    void theWindowsLauncherCountsAndChoosesAsTheBashLauncherDoes() throws IOException {
        String bash = Files.readString(Path.of("praksis"));
        String cmd = Files.readString(Path.of("praksis.cmd"), StandardCharsets.US_ASCII);
        assertThat(bash).contains("[ \"$kb\" -gt 32768 ]", "[ \"$kb\" -gt 5461 ]", "[ \"$weighted\" -le 16384 ]",
                "[ \"$kb\" -gt 2048 ]", "*.[cC][sS][vV]) weighted=$((weighted - ${line%%[[:space:]]*} / 2))",
                "*.[xX][lL][sS][xX]) weighted=$((weighted + 2 * ", "heap=$((768 + kb / 2048))");
        assertThat(cmd).contains("if %WKB% GTR 16384 (set \"JVM=-XX:+UseParallelGC\") else (set \"JVM="
                + "-XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -XX:+UseSerialGC\")", "if %KB% GTR 2048 call :largeheap",
                "if /i \"%~x1\"==\".csv\" set /a WKB-=%~z1/2048", "if /i \"%~x1\"==\".xlsx\" set /a WKB+=2*(%~z1/1024)",
                "set /a HEAP=768 + KB / 2048");
    }

    /** The JVM options the bash launcher gives {@code validate} for one folder with files of these sizes (MB). */
    private static List<String> jvm(Path dir, Path bin, Map<String, Integer> megabytes)
            throws IOException, InterruptedException {
        Path input = Files.createTempDirectory(dir, "sager");
        byte[] block = new byte[1 << 20];
        for (var file : megabytes.entrySet()) {
            try (OutputStream out = Files.newOutputStream(input.resolve(file.getKey()))) {
                for (int i = 0; i < file.getValue(); i++) {
                    out.write(block); // written, not sparse: the launcher measures with du
                }
            }
        }
        ProcessBuilder pb = new ProcessBuilder("/bin/bash", dir.resolve("app/praksis").toString(), "validate",
                input.toString()).redirectErrorStream(true);
        pb.environment().put("PATH", bin + ":/usr/bin:/bin");
        pb.environment().remove("PRAKSIS_JAVA_OPTS");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        List<String> args = List.of(out.strip().split(" "));
        return args.subList(0, args.indexOf("-jar"));
    }
}
