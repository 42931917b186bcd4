package dk.praksis.report.pdf;

import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfICCBased;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.xml.xmp.XmpSchema;
import com.lowagie.text.xml.xmp.XmpWriter;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * What PDF/A-2a and PDF/UA-1 ask of the file beyond its tags and embedded fonts (kommuner journalise the
 * reports in archives and the board publishes them): an sRGB output intent, and XMP metadata that
 * repeats the Info dictionary and names both conformance levels (with the extension schema PDF/A asks
 * for the PDF/UA identification). OpenPDF 2.0 writes PDF/A-1 identification only, so this is done here.
 */
final class PdfA {

    private static final String PDFAID_NS = "xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\"";
    private static final String PDFUAID_NS = "xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\"";
    private static final String EXTENSION_NS = "xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\" "
            + "xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\" "
            + "xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\"";
    /** PDF/A allows XMP properties outside its own schemas only when the file describes them: pdfuaid:part. */
    private static final String PDFUAID_SCHEMA = "<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">"
            + "<pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>"
            + "<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>"
            + "<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>"
            + "<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">"
            + "<pdfaProperty:name>part</pdfaProperty:name>"
            + "<pdfaProperty:valueType>Integer</pdfaProperty:valueType>"
            + "<pdfaProperty:category>internal</pdfaProperty:category>"
            + "<pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed</pdfaProperty:description>"
            + "</rdf:li></rdf:Seq></pdfaSchema:property></rdf:li></rdf:Bag></pdfaExtension:schemas>";

    private PdfA() {
    }

    /** Call after the document is opened; {@code date} is the one the Info dictionary carries. */
    static void apply(PdfWriter writer, DocumentInfo info, PdfDate date) {
        try {
            PdfDictionary intent = new PdfDictionary(PdfName.OUTPUTINTENT);
            intent.put(PdfName.S, PdfName.GTS_PDFA1); // the subtype PDF/A-2 also uses
            intent.put(PdfName.OUTPUTCONDITIONIDENTIFIER, new PdfString("sRGB IEC61966-2.1"));
            intent.put(PdfName.INFO, new PdfString("sRGB IEC61966-2.1"));
            intent.put(PdfName.DESTOUTPUTPROFILE, writer.addToBody(
                    new PdfICCBased(ICC_Profile.getInstance(ColorSpace.CS_sRGB))).getIndirectReference());
            writer.getExtraCatalog().put(PdfName.OUTPUTINTENTS, new PdfArray(intent));

            writer.setXmpMetadata(xmp(info, date));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** XMP with the types PDF/A requires (language alternatives for title and description, a creator sequence). */
    private static byte[] xmp(DocumentInfo info, PdfDate date) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XmpWriter x = new XmpWriter(out)) {
            StringBuilder dc = new StringBuilder("<dc:format>application/pdf</dc:format>")
                    .append("<dc:title>").append(alt(info.title())).append("</dc:title>");
            if (!info.author().isEmpty()) {
                dc.append("<dc:creator><rdf:Seq><rdf:li>").append(XmpSchema.escape(info.author()))
                        .append("</rdf:li></rdf:Seq></dc:creator>");
            }
            if (!info.subject().isEmpty()) {
                dc.append("<dc:description>").append(alt(info.subject())).append("</dc:description>");
            }
            dc.append("<dc:language><rdf:Bag><rdf:li>").append(DocumentInfo.LANGUAGE).append("</rdf:li></rdf:Bag></dc:language>");
            x.addRdfDescription("xmlns:dc=\"http://purl.org/dc/elements/1.1/\"", dc.toString());
            x.addRdfDescription("xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"", "<pdf:Producer>" + PdfOutput.PRODUCER
                    + "</pdf:Producer>" + (info.keywords().isEmpty() ? ""
                    : "<pdf:Keywords>" + XmpSchema.escape(info.keywords()) + "</pdf:Keywords>"));
            String w3c = date.getW3CDate();
            x.addRdfDescription("xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"", "<xmp:CreatorTool>" + PdfOutput.PRODUCER
                    + "</xmp:CreatorTool><xmp:CreateDate>" + w3c + "</xmp:CreateDate><xmp:ModifyDate>" + w3c
                    + "</xmp:ModifyDate>");
            x.addRdfDescription(PDFAID_NS, "<pdfaid:part>2</pdfaid:part><pdfaid:conformance>A</pdfaid:conformance>");
            x.addRdfDescription(PDFUAID_NS, "<pdfuaid:part>1</pdfuaid:part>");
            x.addRdfDescription(EXTENSION_NS, PDFUAID_SCHEMA);
        }
        return out.toByteArray();
    }

    private static String alt(String text) {
        return "<rdf:Alt><rdf:li xml:lang=\"x-default\">" + XmpSchema.escape(text) + "</rdf:li></rdf:Alt>";
    }
}
