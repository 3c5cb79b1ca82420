package vn.qrqg.bench.load;

import java.io.IOException;
import java.net.URI;

/**
 * The peer of {@link RiskMapScenario}: {@code GET /api/v1/apps/certified}, the public list of
 * certified apps, without login; the smallest public answer the platform has, so that the two
 * side by side show what the levels cost beyond the platform's own path. Row {@code certified}.
 */
final class PublicListScenario implements Scenario {
    private URI target;

    PublicListScenario(LoadOptions options) {
    }

    @Override
    public String name() {
        return "public-list";
    }

    @Override
    public void prepare(Setup setup) throws IOException, InterruptedException {
        target = setup.platform().uri("/api/v1/apps/certified");
    }

    @Override
    public LoadRequest request(long sequence) {
        return LoadRequest.get(target, null, "certified");
    }

    @Override
    public Outcome judge(LoadRequest request, int status, String body) {
        return status == 200 ? Outcome.ok(request.kind()) : Outcome.httpError(status, body);
    }
}
