package dk.praksis.report.excel;

import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.ooxml.POIXMLRelation;
import org.apache.poi.xssf.usermodel.XSSFFactory;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Makes the parts of the reports' workbooks: POI's own, except the cheaper {@link PlainTextSharedStrings}. */
final class WorkbookParts extends XSSFFactory {

    private static final WorkbookParts INSTANCE = new WorkbookParts();

    private WorkbookParts() {
    }

    /** A new, empty workbook (POI's full model) made of these parts. */
    static XSSFWorkbook newWorkbook() {
        return new XSSFWorkbook(INSTANCE);
    }

    @Override
    public POIXMLDocumentPart newDocumentPart(POIXMLRelation descriptor) {
        return descriptor == XSSFRelation.SHARED_STRINGS ? new PlainTextSharedStrings() : super.newDocumentPart(descriptor);
    }
}
