package vn.qrqg.codec.image;

import com.google.zxing.common.BitMatrix;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Writes a module matrix as a 1-bit black-on-white PNG, by hand rather than with ZXing's
 * javase module, which the codec does not depend on at run time.
 */
final class PngWriter {

    static final String PNG_METADATA_FORMAT = "javax_imageio_png_1.0";
    static final double METRES_PER_INCH = 0.0254;

    private PngWriter() {
    }

    /** @param dpi the resolution to record in the pHYs chunk, or 0 to record none */
    static byte[] write(BitMatrix modules, int modulePixels, int dpi) {
        BufferedImage image = render(modules, modulePixels);
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try {
            ImageWriteParam param = writer.getDefaultWriteParam();
            IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
            if (dpi > 0) {
                metadata.mergeTree(PNG_METADATA_FORMAT, physicalSize(dpi));
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            // a memory stream: ImageIO's default may spill to a temporary file
            try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
                writer.setOutput(out);
                writer.write(null, new IIOImage(image, null, metadata), param);
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("writing a PNG to memory failed", e);
        } finally {
            writer.dispose();
        }
    }

    private static BufferedImage render(BitMatrix modules, int modulePixels) {
        int side = modules.getWidth() * modulePixels;
        // TYPE_BYTE_BINARY's palette: sample 0 is black, 1 is white
        BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_BYTE_BINARY);
        WritableRaster raster = image.getRaster();
        int[] row = new int[side];
        for (int y = 0; y < modules.getHeight(); y++) {
            for (int x = 0; x < side; x++) {
                row[x] = modules.get(x / modulePixels, y) ? 0 : 1;
            }
            for (int dy = 0; dy < modulePixels; dy++) {
                raster.setSamples(0, y * modulePixels + dy, side, 1, 0, row);
            }
        }
        return image;
    }

    /** pHYs: PNG records resolution in pixels per metre, so print software sizes the image right. */
    private static IIOMetadataNode physicalSize(int dpi) {
        String pixelsPerMetre = Long.toString(Math.round(dpi / METRES_PER_INCH));
        IIOMetadataNode phys = new IIOMetadataNode("pHYs");
        phys.setAttribute("pixelsPerUnitXAxis", pixelsPerMetre);
        phys.setAttribute("pixelsPerUnitYAxis", pixelsPerMetre);
        phys.setAttribute("unitSpecifier", "meter");
        IIOMetadataNode root = new IIOMetadataNode(PNG_METADATA_FORMAT);
        root.appendChild(phys);
        return root;
    }
}
