package vn.qrqg.codec.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class QrSvgTest {

    private static final String SVG_NAMESPACE = "http://www.w3.org/2000/svg";
    private static final Pattern RUN = Pattern.compile("M(\\d+) (\\d+)h(\\d+)v1h-(\\d+)z");

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    @ParameterizedTest
    @EnumSource(QrMedium.class)
    void writesAStandaloneSvgMeasuredInModules(QrMedium medium) throws Exception {
        Element svg = parse(QrImages.svg(QrImagesTest.PERSONAL, medium)).getDocumentElement();
        int pngModules = QrDecoding.image(QrImages.png(QrImagesTest.PERSONAL, medium, 1)).getWidth();

        assertThat(svg.getNamespaceURI()).isEqualTo(SVG_NAMESPACE);
        assertThat(svg.getLocalName()).isEqualTo("svg");
        assertThat(svg.getAttribute("shape-rendering")).isEqualTo("crispEdges");
        assertThat(svg.getAttribute("viewBox")).isEqualTo("0 0 " + pngModules + " " + pngModules);
        assertThat(pngModules).isEqualTo(QrImages.moduleCount(QrImagesTest.PERSONAL, medium))
                .isGreaterThanOrEqualTo(21 + 2 * QrImages.QUIET_ZONE_MODULES);
        Element background = (Element) svg.getElementsByTagNameNS(SVG_NAMESPACE, "rect").item(0);
        assertThat(background.getAttribute("width")).isEqualTo(Integer.toString(pngModules));
        assertThat(background.getAttribute("fill")).isEqualTo("#ffffff");
        assertThat(svg.getElementsByTagNameNS(SVG_NAMESPACE, "path").getLength()).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(QrMedium.class)
    void drawsExactlyTheBlackModulesOfThePng(QrMedium medium) throws Exception {
        Element path = (Element) parse(QrImages.svg(QrImagesTest.PERSONAL, medium)).getDocumentElement()
                .getElementsByTagNameNS(SVG_NAMESPACE, "path").item(0);
        BufferedImage png = QrDecoding.image(QrImages.png(QrImagesTest.PERSONAL, medium, 1));
        boolean[][] drawn = new boolean[png.getHeight()][png.getWidth()];

        String d = path.getAttribute("d");
        Matcher run = RUN.matcher(d);
        int consumed = 0;
        while (run.find()) {
            assertThat(run.start()).isEqualTo(consumed); // nothing but runs in the path
            consumed = run.end();
            int x = Integer.parseInt(run.group(1));
            int y = Integer.parseInt(run.group(2));
            for (int i = 0; i < Integer.parseInt(run.group(3)); i++) {
                drawn[y][x + i] = true;
            }
        }
        assertThat(consumed).isEqualTo(d.length());
        assertThat(path.getAttribute("fill")).isEqualTo("#000000");
        for (int y = 0; y < png.getHeight(); y++) {
            for (int x = 0; x < png.getWidth(); x++) {
                assertThat(drawn[y][x]).as("module %d,%d", x, y).isEqualTo(QrDecoding.isBlack(png, x, y));
            }
        }
    }
}
