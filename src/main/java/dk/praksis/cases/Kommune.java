package dk.praksis.cases;

/** One of the 98 kommuner: official code (e.g. "575"), name and region. */
public record Kommune(String kode, String navn, String region) {
}
