/**
 * Small byte-level helpers shared by stages that write files (no domain knowledge here), such as
 * making POI's workbooks byte-identical from run to run.
 */
package dk.praksis.io;
