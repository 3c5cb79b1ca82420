package vn.qrqg.feed.internal;

import io.nats.client.Connection;
import io.nats.client.ErrorListener;
import io.nats.client.JetStream;
import io.nats.client.JetStreamApiException;
import io.nats.client.JetStreamManagement;
import io.nats.client.Nats;
import io.nats.client.Options;
import io.nats.client.api.StorageType;
import io.nats.client.api.StreamConfiguration;
import java.io.IOException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.qrqg.feed.FeedProperties;

/**
 * The feed publisher's connection to NATS: made when first needed (the client reconnects by
 * itself after that), with the feed's streams made if missing; dropped after a failed round so
 * that the next one connects again and makes any stream that went missing.
 */
final class FeedNatsLink {
    private static final Logger LOG = LoggerFactory.getLogger(FeedNatsLink.class);
    private static final int STREAM_NOT_FOUND = 10059;

    private final FeedProperties properties;
    private volatile Connection connection;

    FeedNatsLink(FeedProperties properties) {
        this.properties = properties;
    }

    JetStream jetStream() {
        try {
            Connection current = connection;
            if (current == null) {
                current = connect();
                connection = current;
            }
            return current.jetStream();
        } catch (IOException e) {
            throw new FeedNats.NatsUnavailableException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FeedNats.NatsUnavailableException(e);
        }
    }

    private Connection connect() throws IOException, InterruptedException {
        FeedProperties.Nats nats = properties.nats();
        Options.Builder options = new Options.Builder().servers(nats.url().split("\\s*,\\s*"))
                .connectionName("qrqg-feed").connectionTimeout(Duration.ofSeconds(5)).maxReconnects(-1)
                .errorListener(new Quiet());
        if (!nats.credentials().isBlank()) {
            options.authHandler(Nats.credentials(nats.credentials()));
        }
        Connection connected = Nats.connect(options.build());
        try {
            ensureStreams(connected.jetStreamManagement());
        } catch (IOException | JetStreamApiException | RuntimeException e) {
            connected.close();
            throw e instanceof IOException io ? io : new IOException("cannot make the feed's NATS streams", e);
        }
        LOG.info("The change feed is published to NATS JetStream ({} streams)", FeedFamily.values().length);
        return connected;
    }

    private void ensureStreams(JetStreamManagement management) throws IOException, JetStreamApiException {
        for (FeedFamily family : FeedFamily.values()) {
            try {
                management.getStreamInfo(family.stream());
            } catch (JetStreamApiException e) {
                if (e.getApiErrorCode() != STREAM_NOT_FOUND) {
                    throw e;
                }
                management.addStream(StreamConfiguration.builder().name(family.stream()).subjects(family.subjects())
                        .storageType(StorageType.File).maxAge(properties.retention())
                        .duplicateWindow(Duration.ofMinutes(2)).build());
                LOG.info("Created the NATS stream {}", family.stream());
            }
        }
    }

    void close() {
        Connection open = connection;
        connection = null;
        if (open != null) {
            try {
                open.close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * The client's own errors, told without their messages (which may quote a server URL with its
     * user and password); a NATS outage is warned of once per round by {@link #run}.
     */
    private static final class Quiet implements ErrorListener {
        @Override
        public void errorOccurred(Connection connection, String error) {
            LOG.warn("The NATS server refused the feed's publisher: {}", error);
        }

        @Override
        public void exceptionOccurred(Connection connection, Exception exception) {
            LOG.debug("NATS client: {}", exception.getClass().getSimpleName());
        }
    }
}
