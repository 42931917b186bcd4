/** The short plain-text summary {@code audit} prints when it is done. */
package dk.praksis.report.terminal;
