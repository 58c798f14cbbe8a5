package org.newsgraph.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * UTF-8 bytes written to a {@link Writer} (the command's standard output), decoded as they come:
 * a character split between two writes is put together. {@link #flush} flushes the writer;
 * {@link #close} does not close it.
 */
final class Utf8WriterStream extends OutputStream {

    private final Writer writer;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
    private final ByteBuffer pending = ByteBuffer.allocate(1 << 16);
    private final CharBuffer chars = CharBuffer.allocate(1 << 16);

    Utf8WriterStream(Writer writer) {
        this.writer = writer;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        while (len > 0) {
            int n = Math.min(len, pending.remaining());
            pending.put(b, off, n);
            off += n;
            len -= n;
            decode(false);
        }
    }

    private void decode(boolean end) throws IOException {
        pending.flip();
        while (true) {
            CoderResult r = decoder.decode(pending, chars, end);
            chars.flip();
            writer.append(chars);
            chars.clear();
            if (!r.isOverflow()) {
                break;
            }
        }
        pending.compact(); // an incomplete character stays for the next write
    }

    @Override
    public void flush() throws IOException {
        writer.flush();
    }
}
