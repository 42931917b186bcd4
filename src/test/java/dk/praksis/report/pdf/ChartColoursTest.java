package dk.praksis.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The chart colours against WCAG 2.1: 1.4.11 asks graphics that carry meaning to have at least 3:1
 * contrast with what is next to them (white paper, and the other series' bars). Colour-blind readers
 * are checked with the simulation of Machado, Oliveira and Fernandes (2009) at full severity.
 */
class ChartColoursTest {

    private static final Color WHITE = Color.WHITE;

    @Test
    void everySeriesColourHasThreeToOneContrastAgainstWhiteAndTheOthers() {
        List<Color> series = HouseStyle.SERIES;
        assertThat(series).hasSizeGreaterThanOrEqualTo(2);
        for (Color c : series) {
            assertThat(contrast(c, WHITE)).as("%s against white", c).isGreaterThanOrEqualTo(3.0);
        }
        for (int i = 0; i < series.size(); i++) {
            for (int j = i + 1; j < series.size(); j++) {
                assertThat(contrast(series.get(i), series.get(j))).as("%s against %s", series.get(i), series.get(j))
                        .isGreaterThanOrEqualTo(3.0);
            }
        }
        // the numbers behind the choice: navy 11.4:1 on white, orange 3.4:1, navy against orange 3.4:1
        assertThat(contrast(HouseStyle.NAVY, WHITE)).isCloseTo(11.42, org.assertj.core.data.Offset.offset(0.01));
        assertThat(contrast(HouseStyle.ORANGE, WHITE)).isCloseTo(3.37, org.assertj.core.data.Offset.offset(0.01));
        assertThat(contrast(HouseStyle.NAVY, HouseStyle.ORANGE)).isCloseTo(3.39, org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void theSeriesStayApartForColourBlindReaders() {
        double[][][] simulations = {PROTANOPIA, DEUTERANOPIA, TRITANOPIA};
        for (double[][] m : simulations) {
            double[] a = simulate(HouseStyle.SERIES.get(0), m);
            double[] b = simulate(HouseStyle.SERIES.get(1), m);
            // lightness alone keeps them apart (2.5:1 is far above what the eye needs to tell two areas apart)
            assertThat(contrast(luminance(a), luminance(b))).isGreaterThanOrEqualTo(2.5);
        }
    }

    @Test
    void errorBarsAreBlackOnAWhiteHaloSoTheyShowOnBarsOfEitherColourAndOnWhite() {
        for (Color c : HouseStyle.SERIES) {
            assertThat(Math.max(contrast(HouseStyle.INK, c), contrast(WHITE, c))).isGreaterThanOrEqualTo(3.0);
        }
        assertThat(contrast(HouseStyle.INK, WHITE)).isEqualTo(21.0);
    }

    /** WCAG 2.1 contrast ratio: (L1 + 0.05) / (L2 + 0.05), L1 the lighter relative luminance. */
    static double contrast(Color a, Color b) {
        return contrast(luminance(linear(a)), luminance(linear(b)));
    }

    private static double contrast(double la, double lb) {
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(double[] linearRgb) {
        return 0.2126 * linearRgb[0] + 0.7152 * linearRgb[1] + 0.0722 * linearRgb[2];
    }

    /** sRGB components to linear light (WCAG 2.1's definition of relative luminance). */
    private static double[] linear(Color c) {
        return new double[] {channel(c.getRed()), channel(c.getGreen()), channel(c.getBlue())};
    }

    private static double channel(int value) {
        double c = value / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static double[] simulate(Color c, double[][] m) {
        double[] rgb = linear(c);
        double[] out = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = m[i][0] * rgb[0] + m[i][1] * rgb[1] + m[i][2] * rgb[2];
            out[i] = Math.max(0, Math.min(1, v));
        }
        return out;
    }

    // Machado, Oliveira, Fernandes (2009), severity 1.0, applied to linear RGB
    private static final double[][] PROTANOPIA = {
            {0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216}, {-0.003882, -0.048116, 1.051998}};
    private static final double[][] DEUTERANOPIA = {
            {0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413}, {-0.011820, 0.042940, 0.968881}};
    private static final double[][] TRITANOPIA = {
            {1.255528, -0.076749, -0.178779}, {-0.078411, 0.930809, 0.147602}, {0.004733, 0.691367, 0.303900}};
}
