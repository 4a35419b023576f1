package org.careloop.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A process's resident memory as the Linux kernel counts it: now (VmRSS) and at its peak (VmHWM), in MB. */
record ProcessMemory(long currentMegabytes, long peakMegabytes) {

    static ProcessMemory of(long pid) {
        try {
            long current = 0;
            long peak = 0;
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    current = kilobytes(line) / 1024;
                } else if (line.startsWith("VmHWM:")) {
                    peak = kilobytes(line) / 1024;
                }
            }
            return new ProcessMemory(current, peak);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the memory of process " + pid + " (Linux only)", e);
        }
    }

    private static long kilobytes(String line) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
    }
}
