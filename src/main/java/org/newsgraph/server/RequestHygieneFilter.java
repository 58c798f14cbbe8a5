package org.newsgraph.server;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * In front of every path: {@code TRACE} is refused ({@code 405}; it would echo the request,
 * cookies and all) and is never listed in an {@code Allow} header (of an {@code OPTIONS}
 * answer, say); a request whose path is longer than {@value #MAX_PATH} characters is answered
 * {@code 414} with a short message, before any page could echo it in a header.
 */
final class RequestHygieneFilter extends HttpFilter {

    /** The longest request path served (no IRI we mint comes near it). */
    static final int MAX_PATH = 1000;

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        if (req.getMethod().equalsIgnoreCase("TRACE")) {
            resp.setHeader("Allow", "GET, HEAD, POST, OPTIONS");
            plain(resp, HttpServletResponse.SC_METHOD_NOT_ALLOWED, "405 Method Not Allowed: TRACE is not served.");
            return;
        }
        String path = req.getRequestURI();
        if (path != null && path.length() > MAX_PATH) {
            plain(resp, 414, "414 URI Too Long: a path has at most " + MAX_PATH + " characters here.");
            return;
        }
        chain.doFilter(req, new HttpServletResponseWrapper(resp) {
            @Override
            public void setHeader(String name, String value) {
                super.setHeader(name, allow(name, value));
            }

            @Override
            public void addHeader(String name, String value) {
                super.addHeader(name, allow(name, value));
            }
        });
    }

    /** An {@code Allow} header's value without {@code TRACE}; any other header as it is. */
    static String allow(String name, String value) {
        if (value == null || !name.equalsIgnoreCase("Allow")) {
            return value;
        }
        return Arrays.stream(value.split(",")).map(String::trim).filter(m -> !m.isEmpty() && !m.equalsIgnoreCase("TRACE"))
                .collect(Collectors.joining(", "));
    }

    private static void plain(HttpServletResponse resp, int status, String message) throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/plain");
        resp.setCharacterEncoding("UTF-8");
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.getOutputStream().write((message + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
