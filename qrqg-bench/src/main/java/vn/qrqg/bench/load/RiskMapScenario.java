package vn.qrqg.bench.load;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The public risk map as millions open it in an outbreak, without login: {@code GET
 * /api/v1/risk/levels} of the provinces (the map's first answer) and of one province's communes
 * (a click), in turn: request {@code i} reads the provinces when {@code i} is even, else the
 * communes of province {@code (i / 2) mod 34}. An answer counts (row {@code levels}) when it is a
 * 200 with its items. Setup checks that the platform has assessed the levels (an operator's
 * {@code POST /api/v1/admin/risk/recompute} does it at once). Made for the issue-18 target: at
 * least 5,000 requests a second with p99 under 50 ms. The row {@code certified} of scenario
 * {@code public-list} is its peer: the smallest public answer the platform has.
 */
final class RiskMapScenario implements Scenario {
    private static final String ITEMS = "\"items\":[";

    private URI[] targets;

    RiskMapScenario(LoadOptions options) {
    }

    @Override
    public String name() {
        return "risk-map";
    }

    @Override
    public void prepare(Setup setup) throws IOException, InterruptedException {
        Map<String, Object> provinces = setup.platform().getJson("/api/v1/risk/levels", null);
        if (provinces.get("assessedOn") == null) {
            throw new IOException("the platform has assessed no levels yet: POST /api/v1/admin/risk/recompute first");
        }
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) provinces.get("items");
        List<URI> uris = new ArrayList<>();
        for (Map<String, Object> province : items) {
            uris.add(setup.platform().uri("/api/v1/risk/levels"));
            uris.add(setup.platform().uri("/api/v1/risk/levels?scope=commune&provinceCode=" + province.get("code")));
        }
        targets = uris.toArray(URI[]::new);
        setup.progress().printf("load: reading the levels of %d provinces and of their communes, assessed on %s%n",
                items.size(), provinces.get("assessedOn"));
    }

    @Override
    public LoadRequest request(long sequence) {
        return LoadRequest.get(targets[(int) (sequence % targets.length)], null, "levels");
    }

    @Override
    public Outcome judge(LoadRequest request, int status, String body) {
        if (status != 200) {
            return Outcome.httpError(status, body);
        }
        return body.contains(ITEMS) ? Outcome.ok(request.kind()) : Outcome.error("no items");
    }
}
