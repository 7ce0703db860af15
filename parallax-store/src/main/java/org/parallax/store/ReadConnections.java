package org.parallax.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;

/**
 * A few read-only connections to the store's file, so that reads run side by side while the writer works:
 * in write-ahead-log mode each read sees the last committed state and neither waits for the writer nor
 * holds it up. Connections open on first need, up to {@code size}; a borrower waits at most {@code wait} for
 * one to come free. A thread that borrows again before it has given back gets the connection it holds,
 * so a read nested in another read's callback never waits for a second one. A connection that failed as
 * a connection (closed, input/output error, corrupt or missing file), or came back inside a transaction, is
 * closed and the next borrower opens a fresh one.
 */
final class ReadConnections implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ReadConnections.class);

    /** How long a borrower waits for a connection when all are in use. */
    static final Duration WAIT = Duration.ofSeconds(30);
    /** How long a statement waits for a lock (rare for a reader in write-ahead-log mode: only during recovery). */
    static final int BUSY_TIMEOUT_MILLIS = 10_000;

    /** SQLite primary result codes that mean the connection, not the statement, has failed. */
    private static final int SQLITE_IOERR = 10;
    private static final int SQLITE_CORRUPT = 11;
    private static final int SQLITE_CANTOPEN = 14;
    private static final int SQLITE_NOTADB = 26;

    private final Path file;
    private final int size;
    private final Duration wait;
    private final Semaphore permits;
    private final ArrayBlockingQueue<Connection> idle;
    private final ThreadLocal<Lease> held = new ThreadLocal<>();
    private final AtomicInteger opened = new AtomicInteger();
    private final AtomicInteger replaced = new AtomicInteger();
    private volatile boolean closed;

    /** Processors × 2, at least 2 and at most 8: reads are short, and SQLite reads scale with the cores. */
    static int defaultSize() {
        return Math.clamp(Runtime.getRuntime().availableProcessors() * 2L, 2, 8);
    }

    ReadConnections(Path file, int size, Duration wait) {
        if (size < 1) {
            throw new IllegalArgumentException("a store needs at least 1 read connection, was given " + size);
        }
        if (wait.isNegative()) {
            throw new IllegalArgumentException("the wait for a read connection must not be negative, was " + wait);
        }
        this.file = file;
        this.size = size;
        this.wait = wait;
        // fair: readers are served in the order they came, so no request starves behind later ones (under load
        // an unfair pool let the slowest searches wait several times as long as the median)
        this.permits = new Semaphore(size, true);
        this.idle = new ArrayBlockingQueue<>(size);
    }

    /**
     * A read-only connection until the lease is closed; use it with try-with-resources.
     *
     * @throws StoreException if the pool is closed, none came free in time, or a new connection cannot be opened
     */
    Lease borrow() {
        Lease mine = held.get();
        if (mine != null) {
            mine.depth++;
            return mine;
        }
        if (closed) {
            throw new StoreException("the store " + file + " is closed", null);
        }
        try {
            if (!permits.tryAcquire(wait.toNanos(), TimeUnit.NANOSECONDS)) {
                throw new StoreException("no read connection to " + file + " came free within " + wait.toMillis() + " ms ("
                        + summary() + ")", null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting for a read connection to " + file, e);
        }
        Connection c = idle.poll();
        try {
            if (c == null) {
                c = open();
            }
        } catch (SQLException e) {
            permits.release();
            throw new StoreException("cannot open a read connection to " + file + ": " + e.getMessage(), e);
        }
        if (closed) {
            quietlyClose(c);
            permits.release();
            throw new StoreException("the store " + file + " is closed", null);
        }
        Lease lease = new Lease(c);
        held.set(lease);
        return lease;
    }

    private Connection open() throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        Connection c = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA query_only = ON");
        } catch (SQLException e) {
            quietlyClose(c);
            throw e;
        }
        opened.incrementAndGet();
        return c;
    }

    private void giveBack(Lease lease) {
        held.remove();
        try {
            String unfit = lease.broken != null ? "failed (" + lease.broken.getMessage() + ")"
                    : inTransaction(lease.connection) ? "was given back inside a transaction" : null;
            if (unfit != null || closed) {
                quietlyClose(lease.connection);
                if (unfit != null) {
                    replaced.incrementAndGet();
                    LOG.warn("closed a read connection to {} that {}; the next read opens a new one ({})", file, unfit,
                            summary());
                }
            } else {
                idle.offer(lease.connection);
                if (closed) {
                    closeIdle();
                }
            }
        } finally {
            permits.release();
        }
    }

    /** A connection left inside a transaction would go on reading an old state: it is not given back. */
    private static boolean inTransaction(Connection c) {
        try {
            return !c.getAutoCommit();
        } catch (SQLException e) {
            return true;
        }
    }

    /** Whether this error means the connection itself is unusable, rather than one statement failed. */
    static boolean breaks(Connection c, SQLException e) {
        int code = e.getErrorCode() & 0xff;
        if (code == SQLITE_IOERR || code == SQLITE_CORRUPT || code == SQLITE_CANTOPEN || code == SQLITE_NOTADB) {
            return true;
        }
        try {
            return c.isClosed();
        } catch (SQLException notEvenThat) {
            return true;
        }
    }

    /** The numbers that matter, as one line: {@code total=…, active=…, idle=…, replaced=…}. */
    String summary() {
        int idleNow = idle.size();
        int active = size - permits.availablePermits();
        return "total=" + size + ", open=" + (idleNow + active) + ", active=" + active + ", idle=" + idleNow
                + ", opened=" + opened.get() + ", replaced=" + replaced.get();
    }

    /** Closes the idle connections now and each borrowed one when it is given back; later borrows fail. */
    @Override
    public void close() {
        closed = true;
        LOG.debug("closing the read connections to {} ({})", file, summary());
        closeIdle();
    }

    private void closeIdle() {
        for (Connection c; (c = idle.poll()) != null; ) {
            quietlyClose(c);
        }
    }

    private static void quietlyClose(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // a read-only connection holds nothing to lose; the store goes on without it
        }
    }

    /** A borrowed connection; closing the outermost lease of a thread gives it back. */
    final class Lease implements AutoCloseable {
        private final Connection connection;
        private int depth = 1;
        private SQLException broken;

        private Lease(Connection connection) {
            this.connection = connection;
        }

        Connection connection() {
            return connection;
        }

        /** Notes a failure: a connection broken by it is closed instead of given back. */
        void failed(SQLException e) {
            if (broken == null && breaks(connection, e)) {
                broken = e;
            }
        }

        @Override
        public void close() {
            if (--depth == 0) {
                giveBack(this);
            }
        }
    }
}
