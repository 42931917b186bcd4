package dk.praksis.sample;

import java.util.List;

/**
 * The list a sample is drawn from, with what identifies it exactly.
 *
 * @param fileName the list's file name (no folder: the record is shared with others)
 * @param sha256   the hash of the file's bytes, so anyone redoing the draw can tell they have the same list
 * @param columns  the list's further columns (beyond reference, kommune, sagstype, dato), as headed
 */
public record Population(String fileName, String sha256, List<PopulationCase> cases, List<String> columns) {

    public Population {
        cases = List.copyOf(cases);
        columns = List.copyOf(columns);
    }
}
