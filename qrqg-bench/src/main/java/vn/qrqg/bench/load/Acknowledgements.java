package vn.qrqg.bench.load;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the platform acknowledged during a run, one line each ({@code --acknowledged FILE}), for a
 * check afterwards against the database (bin/cluster-test): a check-in batch stored, a QR issued,
 * a scan answered, a feed item read. A line is a word saying what, then its values, space-separated.
 * Off (no file) it records nothing.
 */
final class Acknowledgements implements AutoCloseable {
    private static final Acknowledgements NONE = new Acknowledgements(null);

    private final BufferedWriter out;

    private Acknowledgements(BufferedWriter out) {
        this.out = out;
    }

    static Acknowledgements none() {
        return NONE;
    }

    /** Records into {@code file}, made anew. */
    static Acknowledgements to(Path file) throws IOException {
        if (file.toAbsolutePath().getParent() != null) {
            Files.createDirectories(file.toAbsolutePath().getParent());
        }
        return new Acknowledgements(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
    }

    boolean on() {
        return out != null;
    }

    /** One line; called from the HTTP client's threads. */
    void record(String line) {
        if (out == null) {
            return;
        }
        synchronized (out) {
            try {
                out.write(line);
                out.write('\n');
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the acknowledgements", e);
            }
        }
    }

    @Override
    public void close() throws IOException {
        if (out != null) {
            synchronized (out) {
                out.close();
            }
        }
    }
}
