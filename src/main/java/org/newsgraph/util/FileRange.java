package org.newsgraph.util;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.security.MessageDigest;

/**
 * A range of bytes of an open file (a block of a temporary file, of the previous output) read
 * by position, without moving the channel's own position.
 */
public final class FileRange {
    private FileRange() {
    }

    /**
     * Copies {@code length} bytes at {@code pos} of {@code in} to {@code out} (and into {@code md}
     * unless it is null) through {@code buffer}; returns how many were copied, fewer when the
     * file ends first.
     */
    public static long copy(FileChannel in, long pos, long length, byte[] buffer, OutputStream out, MessageDigest md)
            throws IOException {
        long left = length;
        while (left > 0) {
            int n = in.read(ByteBuffer.wrap(buffer, 0, (int) Math.min(buffer.length, left)), pos);
            if (n < 0) {
                break;
            }
            out.write(buffer, 0, n);
            if (md != null) {
                md.update(buffer, 0, n);
            }
            pos += n;
            left -= n;
        }
        return length - left;
    }
}
