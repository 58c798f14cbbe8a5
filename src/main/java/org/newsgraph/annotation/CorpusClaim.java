package org.newsgraph.annotation;

import java.util.List;

/**
 * A proposition of the corpus register: what several articles' claims are accounts of. It may
 * contradict other register claims ({@code contradicts}, symmetric).
 */
public record CorpusClaim(String id, String label, List<String> contradicts, String note) {
    public CorpusClaim {
        contradicts = Annotation.nonNull(contradicts);
    }
}
