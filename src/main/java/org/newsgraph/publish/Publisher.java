package org.newsgraph.publish;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpTimeoutException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.http.auth.AuthEnv;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.http.GSP;
import org.newsgraph.store.StoreException;

/**
 * Publishes the named graphs of a dataset to a SPARQL 1.1 Graph Store Protocol endpoint: one PUT
 * per graph (so publishing twice gives the same remote content), only the graphs whose content
 * changed since the last publish to that store ({@link PublishRecord}, by content hash), with HTTP
 * basic or digest authentication (Jena answers the server's challenge), and retries with
 * exponential backoff on 5xx answers and connection errors. It stops at the first graph that
 * still fails: the record then holds every graph sent, and the next run resumes from there.
 */
public final class Publisher {

    /** Where to publish and how. */
    public record Target(String graphStore, String user, String password, Path record, int retries,
            Duration firstDelay, Duration requestTimeout) {
        /** With the default request timeout. */
        public Target(String graphStore, String user, String password, Path record, int retries, Duration firstDelay) {
            this(graphStore, user, password, record, retries, firstDelay, DEFAULT_TIMEOUT);
        }
    }

    /** How long one request may take (connection, sending and the answer) before it counts as failed. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    /** The longest wait between two attempts. */
    public static final Duration MAX_DELAY = Duration.ofSeconds(30);

    /** {@code url} with the password of its user info (if any) masked, to be shown. */
    public static String masked(String url) {
        return url == null ? null : url.replaceAll("(?<=^[A-Za-z][A-Za-z0-9+.-]{0,20}://[^/@?#:]{0,200}:)[^/@?#]*(?=@)",
                "****");
    }

    /** What a run did. */
    public record Summary(int sent, int skipped, int failed, int notTried, String failure) {
        public boolean ok() {
            return failed == 0;
        }
    }

    private final Target target;
    private final PrintWriter progress;
    private final HttpClient client;

    public Publisher(Target target, PrintWriter progress) {
        this.target = target;
        this.progress = progress;
        this.client = HttpClient.newBuilder().connectTimeout(
                        target.requestTimeout().compareTo(Duration.ofSeconds(10)) < 0 ? target.requestTimeout()
                                : Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** Sends every changed graph of {@code ds} (or, with {@code dryRun}, only lists them). */
    public Summary publish(DatasetGraph ds, boolean dryRun) {
        List<GraphContent> graphs = GraphContent.of(ds);
        PublishRecord record = PublishRecord.read(target.record(), target.graphStore());
        if (target.user() != null && !dryRun) {
            AuthEnv.get().registerUsernamePassword(URI.create(target.graphStore()), target.user(), target.password());
        }
        int sent = 0;
        int skipped = 0;
        try {
            for (int i = 0; i < graphs.size(); i++) {
                GraphContent g = graphs.get(i);
                String state;
                if (g.sha256().equals(record.sent(g.iri()))) {
                    skipped++;
                    state = "unchanged";
                } else if (dryRun) {
                    sent++;
                    state = "would send (" + g.graph().size() + " triples)";
                } else {
                    String failure = put(g);
                    if (failure != null) {
                        line(i + 1, graphs.size(), "FAILED", g.iri());
                        return new Summary(sent, skipped, 1, graphs.size() - i - 1, g.iri() + ": " + failure);
                    }
                    try {
                        record.markSent(g.iri(), g.sha256());
                    } catch (IOException e) {
                        throw new StoreException("cannot write the publish record " + target.record() + ": "
                                + e.getMessage(), e);
                    }
                    sent++;
                    state = "sent";
                }
                line(i + 1, graphs.size(), state, g.iri());
            }
        } finally {
            if (target.user() != null && !dryRun) {
                AuthEnv.get().unregisterUsernamePassword(URI.create(target.graphStore()));
            }
        }
        return new Summary(sent, skipped, 0, 0, null);
    }

    /** PUTs one graph, retrying on 5xx and connection errors; null when it was accepted, else why not. */
    private String put(GraphContent g) {
        Duration delay = target.firstDelay();
        for (int attempt = 0; ; attempt++) {
            String problem;
            java.util.concurrent.Future<?> request = REQUESTS.submit(() -> GSP.service(target.graphStore())
                    .httpClient(client).contentType(RDFFormat.NTRIPLES).graphName(g.iri()).PUT(g.graph()));
            try {
                try {
                    request.get(target.requestTimeout().toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
                } catch (java.util.concurrent.ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException re) {
                        throw re;
                    }
                    throw new IllegalStateException(e.getCause());
                } catch (java.util.concurrent.TimeoutException e) {
                    request.cancel(true);
                    throw new IllegalStateException(new HttpTimeoutException("no answer within "
                            + target.requestTimeout().toSeconds() + " s"));
                } catch (InterruptedException e) {
                    request.cancel(true);
                    Thread.currentThread().interrupt();
                    return "interrupted";
                }
                return null;
            } catch (HttpException e) {
                int status = e.getStatusCode();
                problem = status > 0 ? "HTTP " + status + (e.getStatusLine() == null ? "" : " " + e.getStatusLine())
                        : "cannot connect (" + rootMessage(e) + ")";
                if (status > 0 && status < 500) {
                    return problem; // the store refuses it: retrying will not help
                }
            } catch (RuntimeException e) {
                if (!isConnectionError(e)) {
                    throw e;
                }
                problem = (rootCause(e) instanceof HttpTimeoutException ? "timed out (" : "cannot connect (")
                        + rootMessage(e) + ")";
            }
            problem = masked(problem);
            if (attempt >= target.retries()) {
                return problem + (target.retries() > 0 ? " after " + (target.retries() + 1) + " attempts" : "");
            }
            progress.println("  retrying in " + delay.toMillis() + " ms: " + problem);
            progress.flush();
            try {
                Thread.sleep(delay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return problem + " (interrupted)";
            }
            delay = delay.multipliedBy(2);
            if (delay.compareTo(MAX_DELAY) > 0) {
                delay = MAX_DELAY;
            }
        }
    }

    private static boolean isConnectionError(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof HttpTimeoutException || t instanceof IOException) {
                return true;
            }
        }
        return false;
    }

    private static Throwable rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    /** Runs the requests, so that one can be given up after its timeout (daemon threads: they never hold the exit). */
    private static final java.util.concurrent.ExecutorService REQUESTS = java.util.concurrent.Executors
            .newCachedThreadPool(r -> {
                Thread t = new Thread(r, "publish-request");
                t.setDaemon(true);
                return t;
            });

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    /** A progress line: {@code [#####.....]  12/40  sent       <iri>}. */
    private void line(int done, int total, String state, String iri) {
        int width = 20;
        int filled = total == 0 ? width : done * width / total;
        progress.printf("[%s%s] %" + Integer.toString(total).length() + "d/%d  %-9s %s%n", "#".repeat(filled),
                ".".repeat(width - filled), done, total, state, iri);
        progress.flush();
    }
}
