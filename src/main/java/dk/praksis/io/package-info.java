/**
 * Small helpers shared by the stages, with no domain knowledge: byte-level ones for the stages that write files
 * (such as making POI's workbooks byte-identical from run to run), and process-level ones (whether a process
 * still runs, work on a thread beside the command's own).
 */
package dk.praksis.io;
