package dk.praksis.bench;

import dk.praksis.checklist.Checklist;
import dk.praksis.checklist.ChecklistLoader;
import dk.praksis.testdata.ChecklistVocabulary;
import dk.praksis.testdata.SyntheticCases;

/** The shipped fleksjob-2010 checklist and its synthetic cases; paths are relative to the project folder. */
final class Fleksjob {

    private Fleksjob() {
    }

    static Checklist checklist() {
        return ChecklistLoader.load(ChecklistVocabulary.FLEKSJOB_2010);
    }

    static SyntheticCases cases() {
        return SyntheticCases.fleksjob2010();
    }
}
