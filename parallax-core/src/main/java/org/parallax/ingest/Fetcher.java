package org.parallax.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;

/**
 * Fetches one page or feed over http(s): a connect and a read timeout, a size limit, at most five
 * redirects, each to http(s) only. Unless private addresses are allowed, a host that resolves to a loopback,
 * private, link-local, shared or otherwise non-public address is refused before any request, at every redirect
 * (a URL given to a server-side tool must not reach the machine's own services or its network).
 */
final class Fetcher {
    static final int MAX_REDIRECTS = 5;

    /** What a fetch returned: the final URL, its content type and its body. */
    record Fetched(URI url, String contentType, byte[] body) {
    }

    private final HttpClient client;
    private final Duration timeout;
    private final long maxBytes;
    private final boolean privateAddresses;

    Fetcher(Duration timeout, long maxBytes, boolean privateAddresses) {
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
        this.timeout = timeout;
        this.maxBytes = maxBytes;
        this.privateAddresses = privateAddresses;
    }

    static boolean isWebAddress(String location) {
        String l = location.toLowerCase(Locale.ROOT);
        return l.startsWith("http://") || l.startsWith("https://");
    }

    Fetched fetch(String location) throws InputException {
        URI url;
        try {
            url = URI.create(location.strip());
        } catch (IllegalArgumentException e) {
            throw new InputException("not a valid URL");
        }
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                throw new InputException("only http and https URLs are fetched, not " + (scheme.isEmpty() ? "this" : scheme));
            }
            if (!privateAddresses) {
                refuseNonPublic(url);
            }
            HttpRequest request = HttpRequest.newBuilder(url).timeout(timeout).header("User-Agent", "Parallax/0.1")
                    .header("Accept", "text/html, application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5")
                    .GET().build();
            HttpResponse<InputStream> response;
            try {
                response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            } catch (IOException e) {
                throw new InputException("cannot fetch: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InputException("fetch interrupted");
            }
            int status = response.statusCode();
            if (status >= 300 && status < 400) {
                close(response);
                String next = response.headers().firstValue("Location").orElseThrow(
                        () -> new InputException("HTTP " + status + " redirect without a Location"));
                url = url.resolve(next);
                continue;
            }
            if (status != 200) {
                close(response);
                throw new InputException("HTTP status " + status);
            }
            try (InputStream in = response.body()) {
                byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
                if (body.length > maxBytes) {
                    throw new InputException("response larger than the " + (maxBytes >> 20) + " MiB limit");
                }
                return new Fetched(url, response.headers().firstValue("Content-Type").orElse(""), body);
            } catch (IOException e) {
                throw new InputException("cannot read the response: " + e.getMessage());
            }
        }
        throw new InputException("more than " + MAX_REDIRECTS + " redirects");
    }

    /** Refuses a URL whose host resolves to any address that is not public. */
    private static void refuseNonPublic(URI url) throws InputException {
        String host = url.getHost();
        if (host == null || host.isEmpty()) {
            throw new InputException("the URL names no host");
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new InputException("cannot resolve the host " + host);
        }
        for (InetAddress a : addresses) {
            if (!isPublic(a)) {
                throw new InputException("the host " + host + " is a private or local address (" + a.getHostAddress()
                        + "): not fetched (allow it with --allow-private-urls)");
            }
        }
    }

    /**
     * Whether an address is on the public internet: not the unspecified, loopback, link-local, private (10/8,
     * 172.16/12, 192.168/16, fc00::/7), shared (100.64/10), benchmarking (198.18/15), multicast or reserved ranges.
     */
    static boolean isPublic(InetAddress a) {
        if (a.isAnyLocalAddress() || a.isLoopbackAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress()
                || a.isMulticastAddress()) {
            return false;
        }
        byte[] b = a.getAddress();
        if (b.length == 4) {
            int x = b[0] & 0xff;
            int y = b[1] & 0xff;
            return x != 0 && x < 224 && !(x == 100 && (y & 0xc0) == 64) && !(x == 198 && (y == 18 || y == 19))
                    && !(x == 192 && y == 0 && (b[2] & 0xff) == 0);
        }
        return (b[0] & 0xfe) != 0xfc;   // unique local IPv6
    }

    private static void close(HttpResponse<InputStream> response) {
        try {
            response.body().close();
        } catch (IOException ignored) {
            // the response is abandoned either way
        }
    }
}
