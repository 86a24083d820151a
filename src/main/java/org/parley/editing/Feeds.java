package org.parley.editing;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.jboss.logging.Logger;
import org.parley.common.graphql.GlobalId;
import org.parley.common.persistence.AfterCommit;
import org.parley.common.persistence.Database;
import org.parley.common.persistence.DirectConnection;
import org.parley.common.persistence.DomainEntity;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;

/**
 * The subscription feeds: each committed write of a record type that has one reaches every subscriber of that type,
 * on every instance. On PostgreSQL, which several instances share, a write sends `NOTIFY` inside its own transaction
 * (so it is delivered if and only if the write commits) and every instance, the writer's included, LISTENs on a
 * connection of its own and hands each record, read again, to its subscribers. An embedded H2 database has one
 * instance: records go to the subscribers in process, after commit.
 * <p>
 * Subscribers are served on a thread of their own, never in the writer's request: each subscriber runs its selection
 * for every event, and 2,000 subscribers made each write wait half a second. Events wait for that thread in a bounded
 * queue; past {@value #PENDING_EVENTS} of them an event is dropped (and said so in the log) rather than held.
 */
@ApplicationScoped
public class Feeds {

    static final String CHANNEL = "parley_changes";

    private static final Logger LOG = Logger.getLogger(Feeds.class);

    static final int PENDING_EVENTS = 10_000;

    /** The thread that hands events to subscribers, in the order they were written. */
    private final ExecutorService delivery = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(PENDING_EVENTS), runnable -> {
                Thread thread = new Thread(runnable, "parley-feeds-delivery");
                thread.setDaemon(true);
                return thread;
            }, (event, executor) -> LOG.warnf("%d events wait for their subscribers: one more was dropped", PENDING_EVENTS));

    private final Map<String, BroadcastProcessor<DomainEntity>> processors = new ConcurrentHashMap<>();
    private final Map<String, Class<? extends DomainEntity>> types = new ConcurrentHashMap<>();

    @Inject
    EntityManager em;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    AgroalDataSource dataSource;

    private final boolean shared;
    private volatile boolean running;
    private volatile Connection listening;

    @Inject
    Feeds(Database database) {
        this.shared = database.shared();
    }

    /** The feed of one record type: every record of it written from now on, once its write has committed. */
    @SuppressWarnings("unchecked")
    public <T extends DomainEntity> Multi<T> of(Class<T> type) {
        return (Multi<T>) (Multi<?>) processor(type);
    }

    /** Sends a written record to its feed once the transaction commits; nothing when it rolls back. */
    <T extends DomainEntity> T publish(T written) {
        if (shared) {
            em.createNativeQuery("select pg_notify(?1, ?2)").setParameter(1, CHANNEL)
                    .setParameter(2, GlobalId.of(written.getClass(), written.id)).getSingleResult();
        } else {
            String id = GlobalId.of(written.getClass(), written.id);
            AfterCommit.run(transactions, () -> delivery.execute(() -> deliver(id)));
        }
        return written;
    }

    private BroadcastProcessor<DomainEntity> processor(Class<? extends DomainEntity> type) {
        String name = GlobalId.typeName(type);
        types.putIfAbsent(name, type);
        return processors.computeIfAbsent(name, n -> BroadcastProcessor.create());
    }

    void start(@Observes @Priority(10) StartupEvent event) {
        if (shared) {
            running = true;
            Thread listener = new Thread(this::listen, "parley-feeds");
            listener.setDaemon(true);
            listener.start();
        }
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        delivery.shutdownNow();
        Connection connection = listening;
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                // closing anyway
            }
        }
    }

    /** Listens until shutdown, on a connection of its own, opened again after a failure. */
    private void listen() {
        boolean failing = false;
        while (running) {
            try (Connection connection = DirectConnection.open(dataSource)) {
                listening = connection;
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                if (failing) {
                    LOG.info("Listening for changes again: subscribers may have missed those written meanwhile");
                    failing = false;
                }
                PGConnection notifications = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] received = notifications.getNotifications(1000);
                    if (received != null) {
                        for (PGNotification notification : received) {
                            String id = notification.getParameter();
                            delivery.execute(() -> deliver(id));
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (running && !failing) {
                    LOG.warnf("Cannot listen for changes (%s); retrying every 2 s", e.getMessage());
                    failing = true;
                }
                pause();
            } finally {
                listening = null;
            }
        }
    }

    /** Reads the record a notification names and hands it to its feed's subscribers. */
    private void deliver(String id) {
        GlobalId.Decoded decoded = GlobalId.decode(id);
        Class<? extends DomainEntity> type = types.get(decoded.typeName());
        BroadcastProcessor<DomainEntity> processor = processors.get(decoded.typeName());
        if (type == null || processor == null) {
            return; // no one has subscribed to this type on this instance yet
        }
        try {
            DomainEntity written = QuarkusTransaction.requiringNew().call(() -> em.find(type, decoded.key()));
            if (written != null) { // null: deleted since
                processor.onNext(written);
            }
        } catch (RuntimeException e) {
            LOG.warnf("The subscribers of %s did not get it: %s", id, e.toString());
        }
    }

    private static void pause() {
        try {
            Thread.sleep(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
