package dk.praksis.checklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dk.praksis.errors.InvalidInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A small valid checklist to mutate line by line, and helpers to load text as a file. */
final class TestChecklists {

    /** Line numbers in comments are what the tests assert. */
    static final String BASE = """
            id: test
            version: 1
            titel: Test
            sagstyper:
              bevilling: Bevilling
              revurdering: Revurdering
            svarskalaer:
              ja-nej: {opfyldt: [ja], ikke_opfyldt: [nej], ikke_relevant: [ikke relevant]}
              likert: {værdier: [i høj grad, i nogen grad, i ringe grad, slet ikke]}
            konsekvenser: [ændring, hjemvisning, formel]
            afsnit:
              - id: A
                titel: Afsnit A
                sagstyper: [bevilling]
                spørgsmål:
                  - id: A1
                    tekst: Vurdering?
                    type: vurdering
                    svarskala: ja-nej
                    ved_ikke_opfyldt: hjemvisning
                  - id: A2
                    tekst: Frist?
                    type: frist
                    frist:
                      optælling: sammenlagt
                      perioder: [ledighedsydelse]
                      længde: 12 måneder
                      inden_for: 18 måneder
                      hændelse: revurderinger
                      genstarter: true
                    ved_ikke_opfyldt: formel
            """;

    private TestChecklists() {
    }

    static Path write(Path dir, String yaml) {
        try {
            Path file = dir.resolve("skema.yaml");
            Files.writeString(file, yaml, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Checklist load(Path dir, String yaml) {
        return ChecklistLoader.load(write(dir, yaml));
    }

    /** The problem lines of a checklist that must fail, with the directory stripped from the file name. */
    static List<String> problems(Path dir, String yaml) {
        Path file = write(dir, yaml);
        Throwable t = catchThrowable(() -> ChecklistLoader.load(file));
        assertThat(t).as("the checklist should be rejected").isInstanceOf(InvalidInputException.class);
        return ((InvalidInputException) t).lines().stream().map(l -> l.replace(file.toString(), "skema.yaml")).toList();
    }

    /** BASE with one exact text replaced (which must occur). */
    static String with(String from, String to) {
        if (!BASE.contains(from)) {
            throw new IllegalArgumentException(from);
        }
        return BASE.replace(from, to);
    }
}
