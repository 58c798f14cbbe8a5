package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.cli.CliTest.run;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.http.auth.AuthEnv;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.http.GSP;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.eclipse.jetty.ee10.servlet.security.ConstraintSecurityHandler;
import org.eclipse.jetty.security.UserStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.cli.CliTest.Run;
import org.newsgraph.mapping.Build;

/**
 * {@code newsgraph publish} to a second Fuseki (started here on a free port, with digest
 * authentication): every graph arrives isomorphic to ours, a second publish sends nothing; and to
 * a flaky store made here: retries after a 503, a failure in the middle stops with exit 4 and the
 * next run sends only what was not sent.
 */
class PublishCommandTest {

    static final Path CORPUS = Path.of("src/test/resources/corpus");

    @TempDir
    static Path tmp;
    static FusekiServer fuseki;
    static DatasetGraph remote;
    static DatasetGraph ours;
    static Path password;
    static UserStore users;

    @BeforeAll
    static void start() throws IOException {
        PublishCommand.firstDelay = Duration.ofMillis(20);
        password = tmp.resolve("password");
        Files.writeString(password, "s3cret-pw\n");
        remote = DatasetGraphFactory.createTxnMem();
        // the user store in memory: a password file would start a reload scanner that outlives the server
        users = JettySecurityLib.makeUserStore("editor", "s3cret-pw");
        ConstraintSecurityHandler security = JettySecurityLib.makeSecurityHandler("newsgraph-test", users, AuthScheme.DIGEST);
        JettySecurityLib.addPathConstraint(security, "/*");
        fuseki = FusekiServer.create().port(0).loopback(true).securityHandler(security)
                .auth(AuthScheme.DIGEST).serverAuthPolicy(Auth.ANY_USER).add("/ds", remote, true).build().start();
        ours = Build.build(CORPUS, Build.DEFAULT_BASE);
    }

    @AfterAll
    static void stop() throws Exception {
        if (fuseki != null) {
            fuseki.stop();
        }
        if (users != null) {
            users.stop();
        }
        PublishCommand.firstDelay = Duration.ofMillis(500);
    }

    static String ds() {
        return "http://127.0.0.1:" + fuseki.getHttpPort() + "/ds";
    }

    /** Publishes {@link #ours} without the command line (no build each time): the summary and the progress. */
    static Object[] direct(Path record, String store, String user, int retries, boolean dryRun) {
        java.io.StringWriter progress = new java.io.StringWriter();
        org.newsgraph.publish.Publisher.Summary s = new org.newsgraph.publish.Publisher(
                new org.newsgraph.publish.Publisher.Target(store, user, user == null ? null : "s3cret-pw", record,
                        retries, Duration.ofMillis(20)), new java.io.PrintWriter(progress, true)).publish(ours, dryRun);
        return new Object[] {s, progress.toString()};
    }

    static Run publish(Path record, String... more) {
        List<String> args = new ArrayList<>(List.of("publish", "--data", CORPUS.toString(), "--record", record.toString()));
        Collections.addAll(args, more);
        return run(args.toArray(String[]::new));
    }

    @Test
    void toASecondFusekiWithDigestAuthenticationThenNothingTheSecondTime() {
        Path record = tmp.resolve("fuseki-record.json");
        Object[] refused = direct(tmp.resolve("refused.json"), ds() + "/data", null, 0, false);
        assertEquals(1, ((org.newsgraph.publish.Publisher.Summary) refused[0]).failed());
        assertTrue(((org.newsgraph.publish.Publisher.Summary) refused[0]).failure().contains("HTTP 401"),
                refused[0]::toString);

        Run r = publish(record, "--endpoint", ds() + "/sparql", "--graph-store", ds() + "/data",
                "--user", "editor", "--password-file", password.toString());
        assertEquals(0, r.code(), r::toString);
        List<Node> names = new ArrayList<>();
        ours.listGraphNodes().forEachRemaining(names::add);
        assertTrue(r.out().contains("sent " + names.size() + ", unchanged (skipped) 0, failed 0"), r::toString);
        AuthEnv.get().registerUsernamePassword(java.net.URI.create(ds()), "editor", "s3cret-pw");
        try {
            for (Node g : names) {
                Graph theirs = GSP.service(ds() + "/data").graphName(g).GET();
                assertTrue(theirs.isIsomorphicWith(ours.getGraph(g)), "the store's copy of " + g + " differs");
            }
        } finally {
            AuthEnv.get().unregisterUsernamePassword(java.net.URI.create(ds()));
        }
        List<Node> remoteNames = new ArrayList<>();
        remote.executeRead(() -> remote.listGraphNodes().forEachRemaining(remoteNames::add));
        assertEquals(names.size(), remoteNames.size());

        Object[] again = direct(record, ds() + "/data", "editor", 0, false);
        assertEquals(new org.newsgraph.publish.Publisher.Summary(0, names.size(), 0, 0, null), again[0],
                () -> (String) again[1]);

        Object[] dry = direct(tmp.resolve("empty-record.json"), ds() + "/data", null, 0, true);
        assertEquals(new org.newsgraph.publish.Publisher.Summary(names.size(), 0, 0, 0, null), dry[0]);
        assertTrue(((String) dry[1]).contains("would send") && ((String) dry[1]).contains("/graph/import/wikidata-positions"),
                () -> (String) dry[1]);
        assertFalse(Files.exists(tmp.resolve("empty-record.json")), "a dry run writes no record");
    }

    @Test
    void retriesAfter5xxAndResumesAfterAFailureInTheMiddle() throws IOException {
        List<String> received = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger puts = new AtomicInteger();
        AtomicInteger failFrom = new AtomicInteger(Integer.MAX_VALUE);
        HttpServer flaky = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        flaky.createContext("/store", ex -> {
            ex.getRequestBody().readAllBytes();
            int n = puts.incrementAndGet();
            String query = ex.getRequestURI().getRawQuery();
            String graph = URLDecoder.decode(query.substring(query.indexOf("graph=") + 6), StandardCharsets.UTF_8);
            int status = n == 1 ? 503 : received.size() >= failFrom.get() ? 500 : 204;
            if (status == 204) {
                received.add(graph);
            }
            ex.sendResponseHeaders(status, -1);
            ex.close();
        });
        flaky.start();
        try {
            String store = "http://127.0.0.1:" + flaky.getAddress().getPort() + "/store";
            Path record = tmp.resolve("flaky-record.json");
            failFrom.set(3); // the first PUT gets a 503 (retried), then two graphs go through, then 500s
            Object[] first = direct(record, store, null, 1, false);
            String progress = (String) first[1];
            assertTrue(progress.contains("retrying in 20 ms: HTTP 503"), progress);
            assertTrue(progress.contains("FAILED"), progress);
            List<Node> names = new ArrayList<>();
            ours.listGraphNodes().forEachRemaining(names::add);
            assertEquals(new org.newsgraph.publish.Publisher.Summary(3, 0, 1, names.size() - 4,
                    ((org.newsgraph.publish.Publisher.Summary) first[0]).failure()), first[0]);
            List<String> sentFirst = List.copyOf(received);
            assertEquals(3, sentFirst.size());

            failFrom.set(Integer.MAX_VALUE);
            received.clear();
            Object[] second = direct(record, store, null, 1, false);
            assertTrue(((org.newsgraph.publish.Publisher.Summary) second[0]).ok(), (String) second[1]);
            assertEquals(names.size() - sentFirst.size(), received.size(), (String) second[1]);
            assertTrue(Collections.disjoint(sentFirst, received), "a graph sent before was sent again");
        } finally {
            flaky.stop(0);
        }
    }

    @Test
    void aStoreThatIsNotThereFailsAfterRetries() {
        Object[] r = direct(tmp.resolve("nowhere.json"), "http://127.0.0.1:1/data", null, 2, false);
        org.newsgraph.publish.Publisher.Summary s = (org.newsgraph.publish.Publisher.Summary) r[0];
        assertFalse(s.ok());
        assertTrue(s.failure().contains("cannot connect") && s.failure().contains("after 3 attempts"), s::toString);
        assertEquals(2, ((String) r[1]).lines().filter(l -> l.contains("retrying")).count(), (String) r[1]);
    }

    @Test
    void aStoreThatNeverAnswersTimesOutAndRetriesAndAPasswordInTheUrlIsNotShown() throws Exception {
        try (java.net.ServerSocket silent = new java.net.ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
            List<java.net.Socket> held = Collections.synchronizedList(new ArrayList<>());
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        held.add(silent.accept());
                    }
                } catch (IOException closed) {
                    // the test is over
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            String url = "http://someone:s3cret-pw@127.0.0.1:" + silent.getLocalPort() + "/data";
            long start = System.nanoTime();
            Run r = publish(tmp.resolve("silent.json"), "--endpoint", url, "--request-timeout", "1", "--retries", "1");
            long seconds = (System.nanoTime() - start) / 1_000_000_000L;
            assertEquals(4, r.code(), r::toString);
            assertTrue(r.err().contains("timed out") && r.err().contains("after 2 attempts"), r::toString);
            assertFalse(r.out().contains("s3cret-pw") || r.err().contains("s3cret-pw"), r::toString);
            assertTrue(r.out().contains("someone:****@127.0.0.1"), r::toString);
            assertTrue(seconds < 30, "took " + seconds + " s");
            synchronized (held) {
                for (java.net.Socket s : held) {
                    s.close();
                }
            }
        }
    }

    @Test
    void anEndpointWithoutAHostOrWithABadPortIsAOneLineError() {
        for (String url : new String[] {"http:///x", "http://127.0.0.1:0/x", "http://127.0.0.1:99999/x", "ftp://h/x",
                "http://exa mple.org/x"}) {
            Run r = publish(tmp.resolve("bad.json"), "--endpoint", url);
            assertEquals(2, r.code(), r::toString);
            assertTrue(r.err().lines().findFirst().orElse("").contains(url), r::toString);
            assertFalse(r.err().contains("\tat "), r::toString);
        }
        Run r = publish(tmp.resolve("bad.json"), "--endpoint", "http://u:pw-secret@/x");
        assertEquals(2, r.code(), r::toString);
        assertFalse(r.err().contains("pw-secret"), r::toString);
    }

    @Test
    void aDamagedRecordIsOneLineInOurWords() throws IOException {
        Path record = tmp.resolve("damaged-record.json");
        Files.writeString(record, "{\"http://x/\": {\"g\": ");
        Run r = publish(record, "--endpoint", "http://127.0.0.1:1/data", "--dry-run");
        assertEquals(2, r.code(), r::toString);
        assertEquals(1, r.err().strip().lines().count(), r::toString);
        assertTrue(r.err().contains("damaged-record.json: [line 1, column") && r.err().contains("not a publish record"),
                r::toString);
        assertFalse(r.err().contains("Source") || r.err().contains("REDACTED"), r::toString);
    }
}
