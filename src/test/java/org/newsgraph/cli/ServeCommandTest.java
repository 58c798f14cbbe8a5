package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.jena.atlas.logging.LogCtl;
import org.apache.jena.fuseki.Fuseki;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.server.NewsgraphServer;
import picocli.CommandLine;

/**
 * {@code newsgraph serve} end to end on a small annotation of the seed article: the store is
 * loaded, reused when the input is unchanged, rebuilt when it changed; an invalid graph or a
 * busy port is refused with its exit code.
 */
class ServeCommandTest {

    @TempDir
    static Path dir;
    static Path data;

    @BeforeAll
    static void fixture() throws Exception {
        data = CliTest.data(dir.resolve("input"), CliTest.VALID);
    }

    /** {@code serve} sets up Fuseki's logging (INFO, a line per request); tests turn it down. */
    @BeforeEach
    @AfterEach
    void quiet() {
        for (String log : List.of("org.apache.jena", "org.apache.jena.fuseki", Fuseki.serverLogName,
                Fuseki.actionLogName, Fuseki.configLogName, NewsgraphServer.REQUEST_LOG)) {
            LogCtl.setLevel(log, "warn");
        }
    }

    /** A serve command parsed from {@code args}, its output going to {@code out}. */
    static ServeCommand parse(StringWriter out, String... args) {
        ServeCommand cmd = new ServeCommand();
        CommandLine cl = Main.configure(new CommandLine(cmd));
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(out, true));
        cl.parseArgs(args);
        return cmd;
    }

    static String ask(ServeCommand.Running running, String query) throws Exception {
        String url = running.server().datasetURL("/newsgraph/sparql") + "?query="
                + URLEncoder.encode(query, StandardCharsets.UTF_8);
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .header("Accept", "text/csv").timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return r.body();
    }

    static final String HEADLINE = "PREFIX schema: <https://schema.org/> "
            + "SELECT ?h WHERE { ?a a schema:NewsArticle ; schema:headline ?h }";

    @Test
    void loadsReusesAndRebuildsTheStore() throws Exception {
        Path store = dir.resolve("store-reuse");
        Path input = CliTest.data(dir.resolve("data-reuse"), CliTest.VALID);
        String[] args = {"--port", "0", "--data", input.toString(), "--store", store.toString()};

        StringWriter first = new StringWriter();
        try (ServeCommand.Running r = parse(first, args).start()) {
            assertTrue(first.toString().contains("store " + store + " loaded"), first::toString);
            assertTrue(first.toString().contains("SPARQL endpoint  http://127.0.0.1:" + r.server().getHttpPort()
                    + "/newsgraph/sparql"), first::toString);
            assertTrue(ask(r, HEADLINE).contains("US extracted top spy from inside Russia in 2017"));
        }

        StringWriter second = new StringWriter();
        try (ServeCommand.Running r = parse(second, args).start()) {
            assertTrue(second.toString().contains("store " + store + " reused, the input has not changed"),
                    second::toString);
            assertFalse(second.toString().contains("building"), second::toString);
            assertEquals(0, r.store().loadCount());
            assertTrue(ask(r, HEADLINE).contains("US extracted top spy"));
        }

        Path annotation = input.resolve("articles/cnn-test/annotation.json");
        Files.writeString(annotation, Files.readString(annotation).replace("US extracted top spy from inside Russia",
                "US pulled top spy out of Russia"));
        StringWriter third = new StringWriter();
        try (ServeCommand.Running r = parse(third, args).start()) {
            assertTrue(third.toString().contains("store " + store + " updated (only the changed articles were built"
                    + " again)"), third::toString);
            assertTrue(third.toString().contains("building and validating 1 added or changed article of 1"),
                    third::toString);
            assertEquals(1, r.store().loadCount());
            String answer = ask(r, HEADLINE);
            assertTrue(answer.contains("US pulled top spy out of Russia"), answer);
            assertFalse(answer.contains("US extracted top spy"), answer);
        }
    }

    @Test
    void anInvalidGraphIsNotServed() throws Exception {
        Path invalid = CliTest.data(dir.resolve("data-invalid"), CliTest.VALID.replace(
                "\"label\": \"The United States extracted",
                "\"assertion\": [{\"subject\": \"publication\", \"predicate\": \"ng:object\", \"value\": \"many\"}],"
                        + " \"label\": \"The United States extracted"));
        Path store = dir.resolve("store-invalid");
        CliTest.Run r = CliTest.run("serve", "--port", "0", "--data", invalid.toString(), "--store", store.toString());
        assertEquals(Main.EXIT_INVALID, r.code(), r::toString);
        assertTrue(r.err().contains("ng:object"), r::toString);
        assertTrue(r.err().contains("does not validate; nothing was written or served"), r::toString);
        assertFalse(r.out().contains("SPARQL endpoint"), r::toString);
    }

    @Test
    void malformedInputIsAnInputError() {
        CliTest.Run r = CliTest.run("serve", "--port", "0", "--data", dir.resolve("nowhere").toString(),
                "--store", dir.resolve("store-none").toString());
        assertEquals(Main.EXIT_INPUT_ERROR, r.code(), r::toString);
        assertEquals(1, r.err().strip().lines().count(), r::toString);
    }

    @Test
    void aBusyPortIsAOneLineError() throws Exception {
        try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            CliTest.Run r = CliTest.run("serve", "--port", Integer.toString(busy.getLocalPort()),
                    "--data", data.toString(), "--store", dir.resolve("store-busy").toString());
            assertEquals(Main.EXIT_UNAVAILABLE, r.code(), r::toString);
            assertTrue(r.err().startsWith("newsgraph serve: cannot listen on 127.0.0.1:" + busy.getLocalPort()),
                    r::toString);
            assertEquals(1, r.err().strip().lines().count(), r::toString);
        }
        // The store was released: it opens again.
        StringWriter out = new StringWriter();
        try (ServeCommand.Running r = parse(out, "--port", "0", "--data", data.toString(),
                "--store", dir.resolve("store-busy").toString()).start()) {
            assertTrue(out.toString().contains("reused"), out::toString);
        }
    }

    @Test
    void badOptionsAreUsageErrors() {
        assertEquals(2, CliTest.run("serve", "--timeout", "soon").code());
        assertEquals(2, CliTest.run("serve", "--max-rows", "-1", "--data", dir.resolve("nowhere").toString()).code());
        assertEquals(2, CliTest.run("serve", "--port", "70000").code());
        assertEquals(Duration.ofMillis(1500), new OptionConverters.PositiveDuration().convert("1.5s"));
        assertEquals(Duration.ofMillis(250), new OptionConverters.PositiveDuration().convert("250ms"));
        assertEquals(Duration.ofMinutes(2), new OptionConverters.PositiveDuration().convert("2m"));
        assertEquals(Duration.ofSeconds(30), new OptionConverters.PositiveDuration().convert("30"));
        assertEquals(Duration.ofSeconds(45), new OptionConverters.PositiveDuration().convert("PT45S"));
    }

    @Test
    void badLimitsNameTheOption() {
        for (String bad : List.of("0", "0ms", "-5s", "PT-1S")) {
            CliTest.Run r = CliTest.run("serve", "--timeout", bad, "--data", dir.resolve("nowhere").toString());
            assertEquals(2, r.code(), r::toString);
            assertTrue(r.err().startsWith("Invalid value for option '--timeout': must be positive (e.g. 30s)"),
                    r::toString);
        }
        CliTest.Run rows = CliTest.run("serve", "--max-rows", "-1", "--data", dir.resolve("nowhere").toString());
        assertEquals(2, rows.code(), rows::toString);
        assertTrue(rows.err().startsWith("Invalid value for option '--max-rows': must be 0 or more"), rows::toString);
        CliTest.Run port = CliTest.run("serve", "--port", "70000");
        assertEquals(2, port.code(), port::toString);
        assertTrue(port.err().startsWith("Invalid value for option '--port': must be 0..65535"), port::toString);
    }
}
