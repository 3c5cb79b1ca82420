package vn.qrqg.bench.load;

import java.io.IOException;

/**
 * A scenario whose every acknowledged answer ({@link Scenario#acknowledged}) is written down,
 * warmup included: the drivers judge only measured answers, but hand every HTTP answer to
 * {@link Scenario#followUp}, so that is where this records.
 */
final class AcknowledgedScenario implements Scenario {
    private final Scenario scenario;
    private final Acknowledgements acknowledgements;

    AcknowledgedScenario(Scenario scenario, Acknowledgements acknowledgements) {
        this.scenario = scenario;
        this.acknowledgements = acknowledgements;
    }

    @Override
    public String name() {
        return scenario.name();
    }

    @Override
    public void prepare(Setup setup) throws IOException, InterruptedException {
        scenario.prepare(setup);
    }

    @Override
    public LoadRequest request(long sequence) {
        return scenario.request(sequence);
    }

    @Override
    public Outcome judge(LoadRequest request, int status, String body) {
        return scenario.judge(request, status, body);
    }

    @Override
    public LoadRequest followUp(LoadRequest request, int status, String body) {
        String line = scenario.acknowledged(request, status, body);
        if (line != null) {
            acknowledgements.record(line);
        }
        return scenario.followUp(request, status, body);
    }

    @Override
    public void measure(Results results) {
        scenario.measure(results);
    }

    @Override
    public void finish() throws InterruptedException {
        scenario.finish();
    }
}
