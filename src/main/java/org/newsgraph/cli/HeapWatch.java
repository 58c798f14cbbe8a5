package org.newsgraph.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryNotificationInfo;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import javax.management.ListenerNotFoundException;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;

/**
 * Stops the process with a one-line message when the heap is nearly full after a full
 * collection, while the whole graph is held in memory. Armed only when the JVM exits on an
 * {@link OutOfMemoryError} ({@code -XX:+ExitOnOutOfMemoryError}, as the launcher runs it), where
 * the error cannot be caught and reported; otherwise the command catches it. The old generation's
 * use after a collection is watched (not the young pools, full after every collection), at 90%
 * of its largest size. Close it before anything is written, so that stopping leaves no file.
 */
final class HeapWatch implements AutoCloseable {

    static final double LIMIT = 0.9;

    private final List<MemoryPoolMXBean> pools = new ArrayList<>();
    private NotificationListener listener;
    private volatile boolean armed;

    private HeapWatch() {
    }

    /** True when the JVM exits on an OutOfMemoryError instead of throwing it to the program. */
    static boolean exitsOnOutOfMemory() {
        try {
            com.sun.management.HotSpotDiagnosticMXBean vm =
                    ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class);
            return vm != null && Boolean.parseBoolean(vm.getVMOption("ExitOnOutOfMemoryError").getValue());
        } catch (RuntimeException | LinkageError e) {
            return false; // not a HotSpot JVM: the error is thrown and caught as usual
        }
    }

    /** A watch that runs {@code stop} (which should end the process) when the heap is nearly full. */
    static HeapWatch arm(Runnable stop) {
        HeapWatch w = new HeapWatch();
        if (!exitsOnOutOfMemory()) {
            return w;
        }
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            String name = p.getName();
            long max = p.getUsage().getMax();
            if (p.getType() == MemoryType.HEAP && p.isCollectionUsageThresholdSupported() && max > 0
                    && (name.contains("Old") || name.contains("Tenured"))) {
                p.setCollectionUsageThreshold((long) (max * LIMIT));
                w.pools.add(p);
            }
        }
        if (w.pools.isEmpty()) {
            return w;
        }
        w.armed = true;
        w.listener = (notification, handback) -> {
            if (w.armed && MemoryNotificationInfo.MEMORY_COLLECTION_THRESHOLD_EXCEEDED.equals(notification.getType())) {
                stop.run();
            }
        };
        ((NotificationEmitter) ManagementFactory.getMemoryMXBean()).addNotificationListener(w.listener, null, null);
        return w;
    }

    @Override
    public void close() {
        armed = false;
        for (MemoryPoolMXBean p : pools) {
            p.setCollectionUsageThreshold(0);
        }
        if (listener != null) {
            try {
                ((NotificationEmitter) ManagementFactory.getMemoryMXBean()).removeNotificationListener(listener);
            } catch (ListenerNotFoundException e) {
                // removed already
            }
        }
    }
}
