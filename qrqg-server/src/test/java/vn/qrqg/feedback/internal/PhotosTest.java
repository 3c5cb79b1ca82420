package vn.qrqg.feedback.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import vn.qrqg.feedback.PhotoNotAcceptedException;
import vn.qrqg.feedback.PhotoTooLargeException;

class PhotosTest {
    private static final Photos PHOTOS = new Photos(5L * 1024 * 1024, 256);

    @Test
    void everyExifOrientationPutsTheTopLeftCornerWhereTheCameraSawIt() {
        // a 4×2 image with its top-left pixel red; EXIF orientation n stores it turned, upright() turns it back
        BufferedImage image = new BufferedImage(4, 2, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, Color.RED.getRGB());
        int[][] redAt = {null, {0, 0}, {3, 0}, {3, 1}, {0, 1}, {0, 0}, {1, 0}, {1, 3}, {0, 3}};
        for (int orientation = 1; orientation <= 8; orientation++) {
            BufferedImage upright = Photos.upright(image, orientation);
            boolean turned = orientation >= 5;
            assertThat(upright.getWidth()).as("orientation %d", orientation).isEqualTo(turned ? 2 : 4);
            assertThat(upright.getRGB(redAt[orientation][0], redAt[orientation][1])).as("orientation %d", orientation)
                    .isEqualTo(Color.RED.getRGB());
        }
    }

    @Test
    void aLargePhotoIsScaledDownToItsLongSide() throws Exception {
        Photos.Photo kept = PHOTOS.encodeAgain(encoded(new BufferedImage(1024, 512, BufferedImage.TYPE_INT_RGB), "jpeg"));
        BufferedImage read = ImageIO.read(new ByteArrayInputStream(kept.bytes()));
        assertThat(read.getWidth()).isEqualTo(256);
        assertThat(read.getHeight()).isEqualTo(128);
    }

    @Test
    void aSmallFileClaimingAHugeImageIsRefusedUnread() throws Exception {
        byte[] png = encoded(new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB), "png");
        // IHDR's width and height, at bytes 16..23: claim 20,000 × 20,000 pixels
        java.nio.ByteBuffer.wrap(png, 16, 8).putInt(20_000).putInt(20_000);
        assertThatThrownBy(() -> PHOTOS.encodeAgain(png)).isInstanceOf(PhotoNotAcceptedException.class)
                .hasMessageContaining("image");
    }

    @Test
    void sizeAndKindAreCheckedBeforeAnythingIsDecoded() {
        assertThatThrownBy(() -> new Photos(10, 256).encodeAgain(new byte[11])).isInstanceOf(PhotoTooLargeException.class);
        assertThatThrownBy(() -> PHOTOS.encodeAgain("GIF89a....".getBytes())).isInstanceOf(PhotoNotAcceptedException.class);
        assertThatThrownBy(() -> PHOTOS.encodeAgain(new byte[0])).isInstanceOf(PhotoNotAcceptedException.class);
    }

    private static byte[] encoded(BufferedImage image, String format) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }
}
