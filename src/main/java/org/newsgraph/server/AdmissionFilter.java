package org.newsgraph.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * In front of the query endpoint: refuses a request whose query string or body is not valid
 * UTF-8 (400, before anything is decoded with replacement characters), and admits at most
 * {@link QueryAdmission#maxRequests()} requests at once (503 with {@code Retry-After} past a
 * short wait).
 */
final class AdmissionFilter implements Filter {

    /** The largest request body read to check it (a query or a form); larger ones are refused (413). */
    static final int MAX_BODY = 1 << 20;

    private final QueryAdmission admission;

    AdmissionFilter(QueryAdmission admission) {
        this.admission = admission;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) resp;
        String raw = request.getQueryString();
        if (raw != null && !validPercentEncoded(raw)) {
            response.sendError(400, "The request's query string is not valid UTF-8");
            return;
        }
        HttpServletRequest forward = request;
        if ("POST".equalsIgnoreCase(request.getMethod())) {
            String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
            byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
            if (body.length > MAX_BODY) {
                response.sendError(413, "The request body is larger than " + MAX_BODY + " bytes");
                return;
            }
            boolean form = type.startsWith("application/x-www-form-urlencoded");
            if (form ? !validPercentEncoded(new String(body, StandardCharsets.ISO_8859_1)) : !validUtf8(body)) {
                response.sendError(400, "The request body is not valid UTF-8");
                return;
            }
            forward = new BufferedRequest(request, body, form);
        }
        boolean admitted;
        try {
            admitted = admission.enter();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        if (!admitted) {
            response.setHeader("Retry-After", Integer.toString(QueryAdmission.RETRY_AFTER_SECONDS));
            response.sendError(503, "Too many queries at once (" + admission.maxRequests() + "); retry later");
            return;
        }
        try {
            chain.doFilter(forward, response);
        } finally {
            admission.leave();
        }
    }

    static boolean validUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** A percent-encoded string (query string, form body) whose bytes are UTF-8; a bad escape is left to Fuseki. */
    static boolean validPercentEncoded(String s) {
        byte[] bytes = percentDecode(s);
        return bytes == null || validUtf8(bytes);
    }

    /** The bytes of a percent-encoded string ('+' as space); null if an escape is malformed. */
    static byte[] percentDecode(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%') {
                if (i + 2 >= s.length()) {
                    return null;
                }
                int hi = Character.digit(s.charAt(i + 1), 16);
                int lo = Character.digit(s.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    return null;
                }
                out.write(hi * 16 + lo);
                i += 2;
            } else if (c == '+') {
                out.write(' ');
            } else if (c < 0x80) {
                out.write(c);
            } else {
                byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                out.write(b, 0, b.length);
            }
        }
        return out.toByteArray();
    }

    /** Form fields of a checked percent-encoded string, in order. */
    static Map<String, List<String>> parseForm(String s, Map<String, List<String>> into) {
        if (s == null || s.isEmpty()) {
            return into;
        }
        for (String pair : s.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            into.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return into;
    }

    private static String decode(String s) {
        byte[] b = percentDecode(s);
        return b == null ? s : new String(b, StandardCharsets.UTF_8);
    }

    /** The request with its body read (and checked) here: given again to Fuseki, with its form fields. */
    private static final class BufferedRequest extends HttpServletRequestWrapper {
        private final byte[] body;
        private final Map<String, String[]> params;

        BufferedRequest(HttpServletRequest request, byte[] body, boolean form) {
            super(request);
            this.body = body;
            if (form) {
                Map<String, List<String>> fields = parseForm(request.getQueryString(), new LinkedHashMap<>());
                parseForm(new String(body, StandardCharsets.ISO_8859_1), fields);
                Map<String, String[]> p = new LinkedHashMap<>();
                fields.forEach((k, v) -> p.put(k, v.toArray(new String[0])));
                this.params = Collections.unmodifiableMap(p);
            } else {
                this.params = null;
            }
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(params == null ? body : new byte[0]);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException();
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }

        @Override
        public String getParameter(String name) {
            if (params == null) {
                return super.getParameter(name);
            }
            String[] v = params.get(name);
            return v == null || v.length == 0 ? null : v[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return params == null ? super.getParameterMap() : params;
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return params == null ? super.getParameterNames() : Collections.enumeration(params.keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            return params == null ? super.getParameterValues(name) : params.get(name);
        }
    }
}
