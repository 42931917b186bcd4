package dk.praksis.report.excel;

import org.apache.poi.xssf.model.SharedStringsTable;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTRst;

/**
 * POI's shared-strings table, finding a plain text already in it by the text itself. POI keys every text it
 * adds by the XML of its rich-text element, serialised with XMLBeans for each text cell written, also when the
 * text is already in the table: in a profile of 98 kommune workbooks that serialising was 30 % of their CPU time
 * (docs/benchmarks.md). A text without formatting runs or phonetic parts (every text cell the reports write) is
 * keyed by its text; any other keeps POI's key. Two such texts are the same entry exactly when their texts are
 * equal, as with POI's key, so the table's entries, their order and counts, and the bytes written are the same.
 */
final class PlainTextSharedStrings extends SharedStringsTable {

    /** Starts every plain-text key; POI's keys are XML and start with '<'. */
    private static final char PLAIN = '\u0000';

    @Override
    protected String xmlText(CTRst st) {
        if (st.isSetT() && st.sizeOfRArray() == 0 && st.sizeOfRPhArray() == 0 && !st.isSetPhoneticPr()) {
            return PLAIN + st.getT();
        }
        return super.xmlText(st);
    }
}
