package vn.qrqg.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import java.util.zip.GZIPOutputStream;
import vn.qrqg.codec.revocation.RevocationList;

/**
 * The size of a key's revocation list (FORMATS.md §4) as a phone downloads and keeps it, for 1
 * and 10 million entries, and of a day's delta: JSON as served, gzipped as served to clients that
 * accept it, and the codec's in-memory form (sorted {@code long}s). Ids are random 8-byte values,
 * as SHA-256 truncations are. Not a JMH benchmark: it measures bytes, once, plus the time to
 * parse a whole list. About a minute; give it 2 GB of heap for the 10-million list:
 * {@code java -Xmx2g -cp qrqg-bench/target/benchmarks.jar vn.qrqg.bench.RevocationListSizes}.
 */
public final class RevocationListSizes {
    private static final String KID = "AAAAAAAA";

    private RevocationListSizes() {
    }

    public static void main(String[] args) throws IOException {
        SplittableRandom random = new SplittableRandom(21);
        System.out.println("| entries | JSON | per entry | gzip | per entry | parse | in memory |");
        System.out.println("|---:|---:|---:|---:|---:|---:|---:|");
        for (int entries : new int[] {1_000, 1_000_000, 10_000_000}) {
            // a list is mostly superseded versions; revocations are the few
            long[] revoked = random.longs(entries / 10).toArray();
            long[] superseded = random.longs(entries - entries / 10).toArray();
            measure(entries, RevocationList.of(KID, entries, revoked, superseded), true);
        }
        System.out.println();
        System.out.println("A delta of a day, 30 000 entries added (about a tenth of them revoked):");
        long[] revoked = random.longs(3_000).toArray();
        long[] superseded = random.longs(27_000).toArray();
        measure(30_000, RevocationList.delta(KID, 1_000_000, 1_030_000, revoked, superseded), false);
    }

    private static void measure(int entries, RevocationList list, boolean parse) throws IOException {
        byte[] json = list.toJson().getBytes(StandardCharsets.UTF_8);
        byte[] gzip = gzip(json);
        String parsed = "";
        if (parse) {
            String text = new String(json, StandardCharsets.US_ASCII);
            long start = System.nanoTime();
            RevocationList read = RevocationList.parse(text);
            long millis = (System.nanoTime() - start) / 1_000_000;
            if (read.size() != list.size()) {
                throw new IllegalStateException("read " + read.size() + " of " + list.size() + " entries");
            }
            parsed = millis + " ms";
        }
        System.out.printf("| %,d | %s | %.2f B | %s | %.2f B | %s | %s |%n", entries, bytes(json.length),
                (double) json.length / entries, bytes(gzip.length), (double) gzip.length / entries, parsed,
                bytes(8L * list.size()));
    }

    private static String bytes(long count) {
        return count >= 1_000_000 ? String.format("%.1f MB", count / 1e6) : String.format("%.1f kB", count / 1e3);
    }

    private static byte[] gzip(byte[] body) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 2);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out, 1 << 16)) {
            gzip.write(body);
        }
        return out.toByteArray();
    }
}
