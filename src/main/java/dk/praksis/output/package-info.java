/** Writing a command's output folder safely: all or nothing, never over existing work without --force. */
package dk.praksis.output;
