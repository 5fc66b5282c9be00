package fi.turvaverkko.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

/** A PDF's first page as a PNG (Poppler's pdftoppm) and how much of it is ink: for the tests that look at review PDFs. */
public final class PdfPages {

    private PdfPages() {
    }

    /** pdftoppm: page 1 at 80 dpi as {prefix}.png. */
    public static Path page1(Path pdf, Path prefix) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", pdf.toString(), prefix.toString())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("pdftoppm: " + output).isZero();
        return Path.of(prefix + ".png");
    }

    /** The share of pixels that are not (nearly) white. */
    public static double inked(Path png) throws IOException {
        BufferedImage image = ImageIO.read(png.toFile());
        long dark = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xff, g = (rgb >> 8) & 0xff, b = rgb & 0xff;
                if (r < 230 || g < 230 || b < 230) {
                    dark++;
                }
            }
        }
        return (double) dark / ((long) image.getWidth() * image.getHeight());
    }
}
