package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Standard output written as bytes: characters split between writes come out whole. */
class Utf8WriterStreamTest {

    @Test
    void aCharacterSplitBetweenWritesIsDecodedWhole() throws IOException {
        String text = "Zürich 📰 \"Смоленков\"\n".repeat(5000); // more than one buffer of 64 KiB
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        for (int step : new int[] {1, 3, 7, 65_537}) {
            StringWriter w = new StringWriter();
            Utf8WriterStream out = new Utf8WriterStream(w);
            for (int i = 0; i < bytes.length; i += step) {
                out.write(bytes, i, Math.min(step, bytes.length - i));
            }
            out.flush();
            assertEquals(text, w.toString(), "written " + step + " bytes at a time");
        }
    }
}
