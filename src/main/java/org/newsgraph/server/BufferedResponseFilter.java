package org.newsgraph.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Answers written through a buffer of {@value #SIZE} bytes that a writer's {@code flush()} does
 * not empty. Jena's CSV writer flushes after every field; on the servlet's stream each flush
 * sends what it has to the client, so an answer of tens of megabytes went out in millions of
 * small pieces and took as long again as the query. The buffer goes out when it is full and when
 * the answer ends (or on the response's {@code flushBuffer()}); the bytes are the same. An error
 * status set after part of an answer was written (Fuseki sets it, then writes the message: a
 * query stopped while its rows were being written) drops what is still in the buffer, and the
 * servlet's own buffer when nothing was sent yet, so that the answer is the error's message alone.
 */
final class BufferedResponseFilter implements Filter {

    static final int SIZE = 1 << 16;

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        if (!(resp instanceof HttpServletResponse http)) {
            chain.doFilter(req, resp);
            return;
        }
        Buffered buffered = new Buffered(http);
        chain.doFilter(req, buffered);
        try {
            buffered.drain();
        } catch (IOException e) {
            // the client has gone: nothing more can be sent
        }
    }

    /** The response with its output stream buffered. */
    static final class Buffered extends HttpServletResponseWrapper {
        private BufferedStream out;

        Buffered(HttpServletResponse response) {
            super(response);
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (out == null) {
                out = new BufferedStream(super.getOutputStream());
            }
            return out;
        }

        @Override
        public void flushBuffer() throws IOException {
            drain();
            super.flushBuffer();
        }

        @Override
        public void resetBuffer() {
            discard();
            super.resetBuffer();
        }

        @Override
        public void reset() {
            discard();
            super.reset();
        }

        @Override
        public void setStatus(int sc) {
            if (sc >= 400) {
                discard();
                if (!isCommitted()) {
                    super.resetBuffer();
                }
            }
            super.setStatus(sc);
        }

        @Override
        public void sendError(int sc) throws IOException {
            discard();
            super.sendError(sc);
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            discard();
            super.sendError(sc, msg);
        }

        /** Writes what the buffer holds to the servlet's stream. */
        void drain() throws IOException {
            if (out != null) {
                out.drain();
            }
        }

        private void discard() {
            if (out != null) {
                out.count = 0;
            }
        }
    }

    /** A servlet output stream that collects writes into one array and sends it when full. */
    static final class BufferedStream extends ServletOutputStream {
        private final ServletOutputStream target;
        private final byte[] buffer = new byte[SIZE];
        private int count;

        BufferedStream(ServletOutputStream target) {
            this.target = target;
        }

        @Override
        public void write(int b) throws IOException {
            if (count == buffer.length) {
                drain();
            }
            buffer[count++] = (byte) b;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (len >= buffer.length) {
                drain();
                target.write(b, off, len);
                return;
            }
            if (len > buffer.length - count) {
                drain();
            }
            System.arraycopy(b, off, buffer, count, len);
            count += len;
        }

        void drain() throws IOException {
            if (count > 0) {
                target.write(buffer, 0, count);
                count = 0;
            }
        }

        /** Nothing is sent: the buffer goes out when it is full or when the answer ends. */
        @Override
        public void flush() {
        }

        @Override
        public void close() throws IOException {
            drain();
            target.close();
        }

        @Override
        public boolean isReady() {
            return target.isReady();
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            target.setWriteListener(listener);
        }
    }
}
