package org.careloop.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A process's resident memory as the Linux kernel counts it, in MB: now (VmRSS) and at its peak (VmHWM), and of now
 * how much is the process's own (RssAnon: heap, metaspace, code, stacks) and how much mapped files (RssFile: the JDK's
 * and the startup cache's pages, shared with the page cache).
 */
record ProcessMemory(long currentMegabytes, long peakMegabytes, long anonymousMegabytes, long fileMegabytes) {

    static ProcessMemory of(long pid) {
        try {
            long current = 0;
            long peak = 0;
            long anonymous = 0;
            long file = 0;
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    current = kilobytes(line) / 1024;
                } else if (line.startsWith("VmHWM:")) {
                    peak = kilobytes(line) / 1024;
                } else if (line.startsWith("RssAnon:")) {
                    anonymous = kilobytes(line) / 1024;
                } else if (line.startsWith("RssFile:")) {
                    file = kilobytes(line) / 1024;
                }
            }
            return new ProcessMemory(current, peak, anonymous, file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the memory of process " + pid + " (Linux only)", e);
        }
    }

    private static long kilobytes(String line) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
    }
}
