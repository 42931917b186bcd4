/**
 * The høring package of a draft ({@code audit --udkast}): per kommune a folder with its draft report and workbook,
 * a høring letter (the board's Markdown template or the standard text) with the deadline for comments, and an
 * empty corrections sheet in the format {@code rettelser:} reads. Comes after the report stage, like sample.
 */
package dk.praksis.hoering;
