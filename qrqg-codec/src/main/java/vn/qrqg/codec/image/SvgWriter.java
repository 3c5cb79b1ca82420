package vn.qrqg.codec.image;

import com.google.zxing.common.BitMatrix;

/**
 * Writes a module matrix as a standalone SVG measured in modules: a white square and one
 * path of black horizontal runs, which scales to any size without blur or seams.
 */
final class SvgWriter {

    private SvgWriter() {
    }

    static String write(BitMatrix modules) {
        int size = modules.getWidth();
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < modules.getHeight(); y++) {
            int x = 0;
            while (x < size) {
                if (!modules.get(x, y)) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < size && modules.get(x, y)) {
                    x++;
                }
                int run = x - start;
                path.append('M').append(start).append(' ').append(y)
                        .append('h').append(run).append("v1h-").append(run).append('z');
            }
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" viewBox=\"0 0 " + size + " " + size
                + "\" shape-rendering=\"crispEdges\">\n"
                + "<rect width=\"" + size + "\" height=\"" + size + "\" fill=\"#ffffff\"/>\n"
                + "<path fill=\"#000000\" d=\"" + path + "\"/>\n"
                + "</svg>\n";
    }
}
