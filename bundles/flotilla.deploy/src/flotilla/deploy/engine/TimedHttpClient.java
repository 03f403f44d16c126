package flotilla.deploy.engine;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import com.github.dockerjava.transport.DockerHttpClient;

/**
 * Puts a deadline on every exchange with a daemon, whatever the transport: the answer must begin within the connect
 * and read timeouts, and each read of its body must return within the read timeout. A unix socket has no read
 * timeout of its own in Java, so waiting happens on another thread, and a daemon that never answers gets its
 * connections closed, which ends the blocked read.
 */
final class TimedHttpClient implements DockerHttpClient {

    private static final ExecutorService CALLS = Executors.newCachedThreadPool(daemon("flotilla-engine-call"));
    private static final ScheduledExecutorService WATCHDOG = Executors
            .newSingleThreadScheduledExecutor(daemon("flotilla-engine-watchdog"));

    private final DockerHttpClient delegate;
    private final String host;
    private final Timeouts timeouts;

    TimedHttpClient(DockerHttpClient delegate, String host, Timeouts timeouts) {
        this.delegate = delegate;
        this.host = host;
        this.timeouts = timeouts;
    }

    @Override
    public Response execute(Request request) {
        Future<Response> answer = CALLS.submit(() -> delegate.execute(request));
        Duration wait = timeouts.connect().plus(timeouts.read());
        try {
            return new TimedResponse(answer.get(wait.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            answer.cancel(true);
            closeQuietly(delegate);
            throw new UncheckedIOException(noAnswer(wait));
        } catch (InterruptedException e) {
            answer.cancel(true);
            closeQuietly(delegate);
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new IOException("interrupted while waiting for " + host));
        } catch (ExecutionException e) {
            if (rootCause(e) instanceof SocketTimeoutException) {
                // The transport's own read timeout (TCP): the same message as the deadline's.
                throw new UncheckedIOException(noAnswer(timeouts.read()));
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new UncheckedIOException(new IOException(e.getCause()));
        }
    }

    private static Throwable rootCause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    private SocketTimeoutException noAnswer(Duration wait) {
        return new SocketTimeoutException("no answer within " + Timeouts.format(wait) + " (--timeout or "
                + Timeouts.READ_VARIABLE + " waits longer)");
    }

    @Override
    public void close() throws IOException {
        delegate.close();
    }

    /** A response whose body reads are each bounded by the read timeout. */
    private final class TimedResponse implements Response {

        private final Response response;

        TimedResponse(Response response) {
            this.response = response;
        }

        @Override
        public int getStatusCode() {
            return response.getStatusCode();
        }

        @Override
        public Map<String, List<String>> getHeaders() {
            return response.getHeaders();
        }

        @Override
        public String getHeader(String name) {
            return response.getHeader(name);
        }

        @Override
        public InputStream getBody() {
            InputStream body = response.getBody();
            return body == null ? null : new FilterInputStream(body) {
                @Override
                public int read() throws IOException {
                    byte[] one = new byte[1];
                    int n = read(one, 0, 1);
                    return n < 0 ? -1 : one[0] & 0xff;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    AtomicBoolean expired = new AtomicBoolean();
                    ScheduledFuture<?> alarm = WATCHDOG.schedule(() -> {
                        expired.set(true);
                        closeQuietly(response);
                        closeQuietly(delegate);
                    }, timeouts.read().toMillis(), TimeUnit.MILLISECONDS);
                    try {
                        return super.read(buffer, offset, length);
                    } catch (IOException | RuntimeException e) {
                        if (expired.get()) {
                            throw noAnswer(timeouts.read());
                        }
                        throw e;
                    } finally {
                        alarm.cancel(false);
                    }
                }
            };
        }

        @Override
        public void close() {
            response.close();
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            // Closing is how a stalled exchange is ended; what else fails then changes nothing.
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
