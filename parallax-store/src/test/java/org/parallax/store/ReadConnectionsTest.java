package org.parallax.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadConnectionsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    /** Only a guard against a hang turning into a stuck build: no assertion here is about time. */
    private static final long GUARD_SECONDS = 60;

    @TempDir
    Path dir;

    private Store store;
    private Path file;
    private final ExecutorService other = Executors.newSingleThreadExecutor();

    @BeforeEach
    void writeOneArticle() {
        store = Store.open(dir, CLOCK);
        store.accept(List.of(StoreTest.done("raw", "Harbour bridge", "The harbour bridge was closed.")));
        file = store.file();
    }

    @AfterEach
    void close() {
        other.shutdownNow();
        store.close();
    }

    private static int articles(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM articles")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Test
    void defaultSize_isTwiceTheProcessors_betweenTwoAndEight() {
        int expected = Math.min(8, Math.max(2, Runtime.getRuntime().availableProcessors() * 2));
        assertThat(ReadConnections.defaultSize()).isEqualTo(expected);
    }

    @Test
    void new_sizeBelowOne_failsWithTheRule() {
        assertThatThrownBy(() -> new ReadConnections(file, 0, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 1 read connection");
    }

    @Test
    void borrow_givesAReadOnlyConnectionThatSeesCommittedRows() throws Exception {
        try (ReadConnections pool = new ReadConnections(file, 2, Duration.ZERO);
             ReadConnections.Lease lease = pool.borrow()) {
            Connection c = lease.connection();
            assertThat(articles(c)).isEqualTo(1);
            assertThat(c.isReadOnly()).isTrue();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA query_only")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).isEqualTo(1);
            }
            try (Statement s = c.createStatement()) {
                assertThatThrownBy(() -> s.executeUpdate("DELETE FROM articles")).isInstanceOf(SQLException.class);
            }
            assertThat(articles(c)).isEqualTo(1);
        }
    }

    @Test
    void borrow_sameThreadAgain_sharesTheConnectionAndGivesItBackOnce() {
        try (ReadConnections pool = new ReadConnections(file, 1, Duration.ZERO)) {
            try (ReadConnections.Lease outer = pool.borrow()) {
                try (ReadConnections.Lease inner = pool.borrow()) {
                    assertThat(inner.connection()).isSameAs(outer.connection());
                }
                assertThat(pool.summary()).contains("active=1");
            }
            assertThat(pool.summary()).contains("active=0", "idle=1", "opened=1");
        }
    }

    @Test
    void borrow_whileAnotherThreadHoldsOne_opensASecond() throws Exception {
        try (ReadConnections pool = new ReadConnections(file, 2, Duration.ZERO)) {
            CountDownLatch held = new CountDownLatch(1);
            CountDownLatch done = new CountDownLatch(1);
            Future<Connection> holder = other.submit(() -> {
                try (ReadConnections.Lease lease = pool.borrow()) {
                    held.countDown();
                    done.await(GUARD_SECONDS, TimeUnit.SECONDS);
                    return lease.connection();
                }
            });
            assertThat(held.await(GUARD_SECONDS, TimeUnit.SECONDS)).isTrue();
            Connection mine;
            try (ReadConnections.Lease lease = pool.borrow()) {
                mine = lease.connection();
                assertThat(articles(mine)).isEqualTo(1);
            }
            done.countDown();
            assertThat(holder.get(GUARD_SECONDS, TimeUnit.SECONDS)).isNotSameAs(mine);
            assertThat(pool.summary()).contains("open=2", "opened=2");
        }
    }

    @Test
    void borrow_allInUse_failsNamingTheFileAndTheCounts() throws Exception {
        try (ReadConnections pool = new ReadConnections(file, 1, Duration.ZERO)) {
            CountDownLatch held = new CountDownLatch(1);
            CountDownLatch done = new CountDownLatch(1);
            Future<Boolean> holder = other.submit(() -> {
                try (ReadConnections.Lease lease = pool.borrow()) {
                    held.countDown();
                    return done.await(GUARD_SECONDS, TimeUnit.SECONDS) && articles(lease.connection()) == 1;
                }
            });
            assertThat(held.await(GUARD_SECONDS, TimeUnit.SECONDS)).isTrue();
            assertThatThrownBy(pool::borrow).isInstanceOf(StoreException.class)
                    .hasMessageContaining(file.toString()).hasMessageContaining("total=1, open=1, active=1, idle=0");
            done.countDown();
            assertThat(holder.get(GUARD_SECONDS, TimeUnit.SECONDS)).isTrue();
            try (ReadConnections.Lease lease = pool.borrow()) {
                assertThat(articles(lease.connection())).isEqualTo(1);
            }
        }
    }

    @Test
    void failed_brokenConnection_isClosedAndReplaced() throws Exception {
        try (ReadConnections pool = new ReadConnections(file, 1, Duration.ZERO)) {
            Connection first;
            try (ReadConnections.Lease lease = pool.borrow()) {
                first = lease.connection();
                first.close(); // as if the connection had died under the read
                boolean threw = false;
                try {
                    articles(first);
                } catch (SQLException e) {
                    threw = true;
                    lease.failed(e);
                }
                assertThat(threw).isTrue();
            }
            assertThat(pool.summary()).contains("replaced=1", "open=0");
            try (ReadConnections.Lease lease = pool.borrow()) {
                assertThat(lease.connection()).isNotSameAs(first);
                assertThat(articles(lease.connection())).isEqualTo(1);
            }
            assertThat(pool.summary()).contains("opened=2");
        }
    }

    @Test
    void failed_statementError_keepsTheConnection() throws Exception {
        try (ReadConnections pool = new ReadConnections(file, 1, Duration.ZERO)) {
            Connection first;
            try (ReadConnections.Lease lease = pool.borrow()) {
                first = lease.connection();
                boolean threw = false;
                try (Statement s = first.createStatement()) {
                    s.executeQuery("SELECT nothing FROM nowhere");
                } catch (SQLException e) {
                    threw = true;
                    lease.failed(e);
                }
                assertThat(threw).isTrue();
            }
            try (ReadConnections.Lease lease = pool.borrow()) {
                assertThat(lease.connection()).isSameAs(first);
            }
            assertThat(pool.summary()).contains("opened=1", "replaced=0");
        }
    }

    @Test
    void giveBack_transactionLeftOpen_closesTheConnectionSoNoReadSeesAnOldState() throws Exception {
        try (ReadConnections pool = new ReadConnections(file, 1, Duration.ZERO)) {
            Connection first;
            try (ReadConnections.Lease lease = pool.borrow()) {
                first = lease.connection();
                first.setAutoCommit(false);
                assertThat(articles(first)).isEqualTo(1);
            }
            store.accept(List.of(StoreTest.done("raw 2", "Ferries", "Extra ferries ran.")));
            try (ReadConnections.Lease lease = pool.borrow()) {
                assertThat(lease.connection()).isNotSameAs(first);
                assertThat(articles(lease.connection())).isEqualTo(2);
            }
            assertThat(first.isClosed()).isTrue();
        }
    }

    @Test
    void close_closesIdleConnectionsAndTheOneStillBorrowedWhenGivenBack() throws Exception {
        ReadConnections pool = new ReadConnections(file, 2, Duration.ZERO);
        Connection idle;
        ReadConnections.Lease borrowed;
        try (ReadConnections.Lease lease = pool.borrow()) {
            idle = lease.connection();
            borrowed = other.submit(pool::borrow).get(GUARD_SECONDS, TimeUnit.SECONDS);
        }
        assertThat(borrowed.connection()).isNotSameAs(idle);
        pool.close();
        assertThat(idle.isClosed()).isTrue();
        assertThat(borrowed.connection().isClosed()).isFalse();
        other.submit(borrowed::close).get(GUARD_SECONDS, TimeUnit.SECONDS);
        assertThat(borrowed.connection().isClosed()).isTrue();
        assertThatThrownBy(pool::borrow).isInstanceOf(StoreException.class).hasMessageContaining("is closed");
    }
}
