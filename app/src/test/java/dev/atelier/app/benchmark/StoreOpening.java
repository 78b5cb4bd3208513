package dev.atelier.app.benchmark;

import dev.atelier.app.storage.DurableH2Backend;
import java.nio.file.Path;

/**
 * Times opening an existing embedded store file with the application's backend (what a start does
 * before the application can answer): {@code StoreOpening <file>}. Use a copy: closing writes to it.
 */
public final class StoreOpening {

    private StoreOpening() {}

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        long start = System.nanoTime();
        DurableH2Backend backend = DurableH2Backend.open(file, true);
        long opened = System.nanoTime();
        backend.close();
        System.out.printf(
                "opened %s in %,d ms (closed in %,d ms)%n",
                file, (opened - start) / 1_000_000, (System.nanoTime() - opened) / 1_000_000);
    }
}
