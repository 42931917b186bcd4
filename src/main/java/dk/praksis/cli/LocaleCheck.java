package dk.praksis.cli;

import java.nio.charset.Charset;

/**
 * Detects a JVM started in a locale that cannot carry Danish letters in arguments and paths.
 * Such a JVM turns "ø" into '?' or U+FFFD before we ever see it; going on would fail later
 * with a confusing "file not found".
 */
final class LocaleCheck {

    private LocaleCheck() {
    }

    static String problem(String[] args) {
        String jnu = System.getProperty("sun.jnu.encoding", "UTF-8");
        boolean canEncodeDanish;
        try {
            canEncodeDanish = Charset.forName(jnu).newEncoder().canEncode("æøåÆØÅ");
        } catch (RuntimeException e) {
            canEncodeDanish = false;
        }
        if (canEncodeDanish) {
            return null;
        }
        for (String a : args) {
            if (a.indexOf('\uFFFD') >= 0) {
                return "Java kører med tegnsættet " + jnu + ", som ikke kan gengive danske bogstaver i argumenter og"
                        + " filnavne. Brug ./praksis eller praksis.cmd, eller start Java med"
                        + " -Dsun.jnu.encoding=UTF-8 -Dfile.encoding=UTF-8 (Linux: export LANG=C.UTF-8).";
            }
        }
        return null;
    }
}
