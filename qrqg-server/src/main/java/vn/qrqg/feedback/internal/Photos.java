package vn.qrqg.feedback.internal;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.metadata.MetadataException;
import com.drew.metadata.exif.ExifIFD0Directory;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import vn.qrqg.feedback.PhotoNotAcceptedException;
import vn.qrqg.feedback.PhotoTooLargeException;

/**
 * A report's photo, decoded and encoded again so that nothing of the file but its pixels
 * survives: no EXIF (GPS position, camera, time), no comment, no trailing bytes. What it is, is
 * read from its first bytes, never from its name or declared type. A JPEG stays a JPEG
 * (quality {@value #JPEG_QUALITY}), a PNG a PNG; turned upright by its EXIF orientation first, and
 * scaled down to {@code maxPixels} on its long side.
 */
final class Photos {
    static final float JPEG_QUALITY = 0.85f;
    /** More than this is refused unread: a small file can claim a huge image (a decompression bomb). */
    static final long MAX_SOURCE_PIXELS = 60_000_000L;
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    /** An image as kept: its type and bytes. */
    record Photo(String contentType, byte[] bytes) {
    }

    private final long maxBytes;
    private final int maxPixels;

    Photos(long maxBytes, int maxPixels) {
        this.maxBytes = maxBytes;
        this.maxPixels = maxPixels;
    }

    long maxBytes() {
        return maxBytes;
    }

    /**
     * @throws PhotoTooLargeException when {@code sent} is over the limit
     * @throws PhotoNotAcceptedException when it is no JPEG or PNG image the platform can read
     */
    Photo encodeAgain(byte[] sent) {
        if (sent.length > maxBytes) {
            throw new PhotoTooLargeException(maxBytes);
        }
        String format = startsWith(sent, JPEG) ? "jpeg" : startsWith(sent, PNG) ? "png" : null;
        if (format == null) {
            throw new PhotoNotAcceptedException(sent.length == 0 ? "the file is empty"
                    : startsWith(sent, "%PDF".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                            ? "this file is a PDF document" : "this file is not one, whatever its name");
        }
        BufferedImage image = upright(decode(sent, format), orientation(sent));
        return "jpeg".equals(format) ? new Photo("image/jpeg", jpeg(image)) : new Photo("image/png", png(image));
    }

    private BufferedImage decode(byte[] sent, String format) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
        if (!readers.hasNext()) {
            throw new IllegalStateException("every Java platform reads " + format);
        }
        ImageReader reader = readers.next();
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(sent))) {
            reader.setInput(input, true, true);
            long width = reader.getWidth(0);
            long height = reader.getHeight(0);
            if (width * height > MAX_SOURCE_PIXELS) {
                throw new PhotoNotAcceptedException("it has more than " + MAX_SOURCE_PIXELS / 1_000_000 + " million pixels");
            }
            ImageReadParam param = reader.getDefaultReadParam();
            int step = (int) Math.max(1, Math.max(width, height) / maxPixels);
            param.setSourceSubsampling(step, step, 0, 0); // no more pixels in memory than are kept, near enough
            return scaled(reader.read(0, param));
        } catch (IOException | RuntimeException e) {
            if (e instanceof PhotoNotAcceptedException refused) {
                throw refused;
            }
            throw new PhotoNotAcceptedException("it cannot be read as a " + format.toUpperCase(java.util.Locale.ROOT)
                    + " image (damaged, or a colour model the platform does not read)");
        } finally {
            reader.dispose();
        }
    }

    private BufferedImage scaled(BufferedImage image) {
        int longest = Math.max(image.getWidth(), image.getHeight());
        if (longest <= maxPixels) {
            return image;
        }
        double factor = (double) maxPixels / longest;
        int width = Math.max(1, (int) Math.round(image.getWidth() * factor));
        int height = Math.max(1, (int) Math.round(image.getHeight() * factor));
        BufferedImage target = new BufferedImage(width, height, image.getColorModel().hasAlpha()
                ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(image, 0, 0, width, height, null);
        g.dispose();
        return target;
    }

    /** The EXIF orientation (1 to 8), 1 when there is none or it cannot be read. */
    private static int orientation(byte[] sent) {
        try {
            ExifIFD0Directory exif = ImageMetadataReader.readMetadata(new ByteArrayInputStream(sent))
                    .getFirstDirectoryOfType(ExifIFD0Directory.class);
            return exif == null || !exif.containsTag(ExifIFD0Directory.TAG_ORIENTATION) ? 1
                    : exif.getInt(ExifIFD0Directory.TAG_ORIENTATION);
        } catch (ImageProcessingException | IOException | MetadataException | RuntimeException e) {
            return 1; // the pixels were read: a photo with unreadable metadata is kept as it stands
        }
    }

    /** The image turned as EXIF orientation {@code orientation} says its camera held it. */
    static BufferedImage upright(BufferedImage image, int orientation) {
        if (orientation < 2 || orientation > 8) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        boolean swaps = orientation >= 5;
        AffineTransform t = new AffineTransform();
        switch (orientation) {
            case 2 -> { t.translate(w, 0); t.scale(-1, 1); }
            case 3 -> { t.translate(w, h); t.rotate(Math.PI); }
            case 4 -> { t.translate(0, h); t.scale(1, -1); }
            case 5 -> { t.rotate(-Math.PI / 2); t.scale(-1, 1); }
            case 6 -> { t.translate(h, 0); t.rotate(Math.PI / 2); }
            case 7 -> { t.scale(-1, 1); t.translate(-h, 0); t.translate(0, w); t.rotate(3 * Math.PI / 2); }
            default -> { t.translate(0, w); t.rotate(3 * Math.PI / 2); } // 8
        }
        BufferedImage target = new BufferedImage(swaps ? h : w, swaps ? w : h, image.getColorModel().hasAlpha()
                ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        g.drawImage(image, t, null);
        g.dispose();
        return target;
    }

    private static byte[] jpeg(BufferedImage image) {
        BufferedImage rgb = image;
        if (image.getType() != BufferedImage.TYPE_INT_RGB) { // JPEG has no alpha; grey and indexed become RGB too
            rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
            Graphics2D g = rgb.createGraphics();
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.drawImage(image, 0, 0, null);
            g.dispose();
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream output = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(output);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
            writer.write(null, new IIOImage(rgb, null, null), param);
        } catch (IOException e) {
            throw new IllegalStateException("writing a JPEG to memory cannot fail", e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private static byte[] png(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new IllegalStateException("writing a PNG to memory cannot fail", e);
        }
        return out.toByteArray();
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}
