package vn.qrqg.bench.load;

import java.io.IOException;

/**
 * One kind of load: what to set up, which request to send next and how to judge the answer.
 * A new scenario is a class implementing this and one line in {@link Scenarios}.
 *
 * <p>The drivers ({@link OpenLoop}, {@link ClosedLoop}) own timing and recording; a scenario
 * only says what a request is. {@link #request} and {@link #judge} run on the hot path: keep
 * them cheap (build bodies in {@link #prepare} where you can), since the generator's CPU is
 * taken from the machine the platform runs on.
 */
interface Scenario {

    /** The name {@code --scenario} takes. */
    String name();

    /**
     * Makes what the requests need before the clock starts: an app and its tokens, people in the
     * registry, QRs to scan. May take a while; it is not measured.
     */
    void prepare(Setup setup) throws IOException, InterruptedException;

    /**
     * The request numbered {@code sequence} (0, 1, 2, … in the order they are sent). A closed
     * loop calls this from several threads at once.
     */
    LoadRequest request(long sequence);

    /** What the platform's answer counts as; transport failures never get here. */
    Outcome judge(LoadRequest request, int status, String body);

    /** What {@link #prepare} gets: the platform's setup calls, the options, and where progress goes. */
    record Setup(Platform platform, LoadOptions options, java.io.PrintStream progress) {
    }
}
