package dk.praksis.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.puppycrawl.tools.checkstyle.Checker;
import com.puppycrawl.tools.checkstyle.DefaultConfiguration;
import com.puppycrawl.tools.checkstyle.api.AuditEvent;
import com.puppycrawl.tools.checkstyle.api.AuditListener;
import com.puppycrawl.tools.checkstyle.api.CheckstyleException;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packages follow the data flow (ARCHITECTURE.md): Checkstyle's import control, configured by
 * src/test/resources/import-control.xml, fails this test when a class imports a later stage.
 */
class ImportControlTest {

    @Test
    void noPackageImportsAStageAfterIt() throws IOException, CheckstyleException {
        assertThat(violations(Path.of("src/main/java"))).isEmpty();
    }

    @Test
    void anImportAgainstTheFlowIsCaught(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        // The rule file is only worth something if it bites: the checklist must not know about reports.
        Path file = dir.resolve("dk/praksis/checklist/Backwards.java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "package dk.praksis.checklist;\n\nimport dk.praksis.report.AuditReport;\n\n"
                + "final class Backwards {\n    AuditReport report;\n}\n");
        assertThat(violations(dir)).singleElement().asString()
                .contains("Backwards.java:3", "dk.praksis.report.AuditReport");
    }

    private static List<String> violations(Path root) throws IOException, CheckstyleException {
        DefaultConfiguration importControl = new DefaultConfiguration("ImportControl");
        importControl.addProperty("file", Path.of("src/test/resources/import-control.xml").toAbsolutePath().toString());
        DefaultConfiguration treeWalker = new DefaultConfiguration("TreeWalker");
        treeWalker.addChild(importControl);
        DefaultConfiguration config = new DefaultConfiguration("Checker");
        config.addProperty("charset", "UTF-8");
        config.addChild(treeWalker);

        List<String> found = new ArrayList<>();
        Checker checker = new Checker();
        checker.setModuleClassLoader(ImportControlTest.class.getClassLoader());
        checker.configure(config);
        checker.addListener(new AuditListener() {
            @Override
            public void addError(AuditEvent e) {
                found.add(root.toAbsolutePath().relativize(Path.of(e.getFileName()).toAbsolutePath()) + ":" + e.getLine() + ": " + e.getMessage());
            }

            @Override
            public void addException(AuditEvent e, Throwable t) {
                found.add(e.getFileName() + ": " + t);
            }

            @Override
            public void auditStarted(AuditEvent e) {
            }

            @Override
            public void auditFinished(AuditEvent e) {
            }

            @Override
            public void fileStarted(AuditEvent e) {
            }

            @Override
            public void fileFinished(AuditEvent e) {
            }
        });
        List<File> files;
        try (Stream<Path> s = Files.walk(root)) {
            files = s.filter(p -> p.toString().endsWith(".java")).sorted().map(Path::toFile).toList();
        }
        try {
            checker.process(files);
        } finally {
            checker.destroy();
        }
        return found;
    }
}
