package dk.praksis.compare;

import dk.praksis.results.ResultsFile;

/** Opens the package-private fixtures to the CLI tests. */
public final class CompareFixturesAccess {

    private CompareFixturesAccess() {
    }

    public static ResultsFile y2010() {
        return CompareFixtures.y2010();
    }

    public static ResultsFile y2011() {
        return CompareFixtures.y2011();
    }

    public static ResultsFile verdictsOnly(int year, int inAccordance, int cases) {
        return CompareFixtures.verdictsOnly(year, inAccordance, cases);
    }
}
