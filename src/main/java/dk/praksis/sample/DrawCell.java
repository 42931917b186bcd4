package dk.praksis.sample;

import dk.praksis.cases.Kommune;
import java.util.List;

/**
 * What one kommune's stratum gave.
 *
 * @param available how many cases of the population were in the stratum
 * @param drawn     the sample, in the order drawn
 * @param reserve   the replacements, in the order they are to be used
 */
public record DrawCell(Kommune kommune, Stratum stratum, int available, List<PopulationCase> drawn,
                       List<PopulationCase> reserve) {

    public DrawCell {
        drawn = List.copyOf(drawn);
        reserve = List.copyOf(reserve);
    }

    /** How many cases the quota wanted but the stratum did not have. */
    public int shortfall() {
        return Math.max(0, stratum.count() - drawn.size());
    }
}
