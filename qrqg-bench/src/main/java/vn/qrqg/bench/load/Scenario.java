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
     * The request numbered {@code sequence} (0, 1, 2, … in the order they are sent), the first of
     * a chain ({@link #followUp}). A closed loop calls this from several threads at once.
     */
    LoadRequest request(long sequence);

    /** What the platform's answer counts as; transport failures never get here. */
    Outcome judge(LoadRequest request, int status, String body);

    /**
     * The request to send as soon as {@code request} is answered, before anything else of its chain
     * (e.g. the code after a {@code 202} that sent one), or null when this answer ends the chain.
     * Called after {@link #judge} with the same answer, on the hot path, for every HTTP answer,
     * measured or not (a chain is measured as a whole when its first request is); never after a
     * transport failure. The follow-up is recorded under the kind its own answer is judged as.
     */
    default LoadRequest followUp(LoadRequest request, int status, String body) {
        return null;
    }

    /**
     * Called with the run's results just before the load starts, for a scenario that measures
     * something besides its answers (the change feed: the delay until a change reaches an app).
     */
    default void measure(Results results) {
    }

    /**
     * What this answer acknowledged, as one line for {@code --acknowledged} ({@link Acknowledgements}),
     * or null when it acknowledged nothing; called for every HTTP answer, warmup included.
     */
    default String acknowledged(LoadRequest request, int status, String body) {
        return null;
    }

    /** Called once the load is over, before the results close: a scenario's own measuring ends. */
    default void finish() throws InterruptedException {
    }

    /**
     * What {@link #prepare} gets: the platform's setup calls, the options, where progress goes, and
     * where what the platform acknowledged is written down (the scenario's own ids, e.g. its app's).
     */
    record Setup(Platform platform, LoadOptions options, java.io.PrintStream progress,
            Acknowledgements acknowledgements) {

        Setup(Platform platform, LoadOptions options, java.io.PrintStream progress) {
            this(platform, options, progress, Acknowledgements.none());
        }
    }
}
