/**
 * The board's own text for an audit report (forord, resumé og anbefalinger, indledning, regler og praksis,
 * one text per theme, anbefalinger, a note per kommune): Markdown files named in the audit file, parsed with
 * CommonMark into a small immutable model of blocks that the PDF renderer typesets. A paragraph
 * {@code [[sag ID]]} cites a case, which the report shows as an Eksempel box. Text passes the same
 * personal-data guard as the cases.
 */
package dk.praksis.boardtext;
