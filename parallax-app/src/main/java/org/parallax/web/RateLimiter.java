package org.parallax.web;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per client address: {@code burst} requests at once, refilled at {@code perSecond}.
 * The clock is injected so that tests are deterministic.
 */
class RateLimiter {
    /** Allows everything. */
    static final RateLimiter NONE = new RateLimiter(1, 1, System::nanoTime) {
        @Override
        boolean allow(String client) {
            return true;
        }
    };

    private final double perSecond;
    private final double burst;
    private final LongSupplier nanos;
    private final ConcurrentHashMap<String, double[]> buckets = new ConcurrentHashMap<>();

    RateLimiter(double perSecond, double burst, LongSupplier nanos) {
        if (perSecond <= 0 || burst < 1) {
            throw new IllegalArgumentException("rate must be positive and burst at least 1");
        }
        this.perSecond = perSecond;
        this.burst = burst;
        this.nanos = nanos;
    }

    boolean allow(String client) {
        if (buckets.size() > 100_000) {
            buckets.clear();
        }
        double[] bucket = buckets.computeIfAbsent(client, c -> new double[] {burst, nanos.getAsLong()});
        synchronized (bucket) {
            long now = nanos.getAsLong();
            bucket[0] = Math.min(burst, bucket[0] + (now - (long) bucket[1]) / 1e9 * perSecond);
            bucket[1] = now;
            if (bucket[0] >= 1) {
                bucket[0] -= 1;
                return true;
            }
            return false;
        }
    }
}
