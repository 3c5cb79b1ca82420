package vn.qrqg.bench.load;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** The scenarios {@code --scenario} names. Adding one is a line here. */
final class Scenarios {
    private static final Map<String, Function<LoadOptions, Scenario>> ALL = new LinkedHashMap<>();

    static {
        ALL.put("issuance", IssuanceScenario::new);
        ALL.put("scans", ScanScenario::new);
        ALL.put("checkins", CheckInScenario::new);
        ALL.put("history", HistoryScenario::new);
        ALL.put("risk-map", RiskMapScenario::new);
        ALL.put("public-list", PublicListScenario::new);
        ALL.put("feed", FeedScenario::new);
        ALL.put("feed-alerts", AlertFeedScenario::new);
    }

    private Scenarios() {
    }

    static Set<String> names() {
        return ALL.keySet();
    }

    static Scenario create(LoadOptions options) {
        return ALL.get(options.scenario()).apply(options);
    }

    /** For picocli's help text. */
    static final class Names implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return ALL.keySet().iterator();
        }
    }
}
