package fi.turvaverkko.platform;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One running application per data directory: a second one would fight the first over its embedded PostgreSQL.
 * The lock is an operating-system file lock, so it disappears with the process, however the process ends.
 */
final class DataDirectoryLock implements AutoCloseable {

    private final Path directory;
    private final FileChannel channel;
    private final FileLock lock;

    private DataDirectoryLock(Path directory, FileChannel channel, FileLock lock) {
        this.directory = directory;
        this.channel = channel;
        this.lock = lock;
    }

    static DataDirectoryLock acquire(Path directory) throws IOException {
        Files.createDirectories(directory);
        Path file = directory.resolve("turvaverkko.lock");
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.READ);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (java.nio.channels.OverlappingFileLockException heldByThisProcess) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            throw new IllegalStateException("The data directory " + directory + " is in use by another running Turvaverkko "
                    + "(pid " + Files.readString(file, StandardCharsets.UTF_8).trim() + "). Stop it, or give this one another "
                    + "directory with TURVAVERKKO_DATA_DIR.");
        }
        channel.truncate(0);
        channel.write(java.nio.ByteBuffer.wrap(String.valueOf(ProcessHandle.current().pid()).getBytes(StandardCharsets.UTF_8)));
        channel.force(true);
        return new DataDirectoryLock(directory, channel, lock);
    }

    Path directory() {
        return directory;
    }

    @Override
    public void close() throws IOException {
        lock.release();
        channel.close();
    }
}
