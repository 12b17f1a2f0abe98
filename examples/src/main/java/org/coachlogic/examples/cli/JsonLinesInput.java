package org.coachlogic.examples.cli;

import java.io.Closeable;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * JSON Lines read as raw bytes, a chunk of lines at a time, so that the codec sees each line's exact UTF-8 (a
 * decoder would replace malformed bytes without a word). A line may end with {@code \n} or {@code \r\n}. A line
 * longer than the codec's 1 MB limit is kept only up to one byte past the limit (the codec then reports it as
 * too large) and the rest of it is skipped, so memory stays bounded whatever the input.
 *
 * <p>The input is read from a file channel (of the file, or of standard input for {@code -}) in reads of 1 MB
 * into a direct buffer, and the lines of a chunk are copied once, into the chunk's own buffer, where each is a slice: no object
 * per line. {@link #fill} is called by one thread at a time (the pipeline holds a lock around it).
 */
final class JsonLinesInput implements Closeable {

    static final String STDIN = "-";

    /** One byte over the codec's limit of 1 MB is enough for it to say the line is too large. */
    static final int MAX_KEPT = 1024 * 1024 + 1;

    private static final int READ = 1 << 20;

    private final FileChannel in;
    /** Read into by the channel: a direct buffer costs no allocation or copy inside the JDK per read. */
    private final ByteBuffer direct = ByteBuffer.allocateDirect(READ);
    private final String name;
    private final long size;
    private final byte[] buffer = new byte[READ];
    private int position;
    private int limit;
    private boolean ended;
    private long lines;
    /** Read by the progress bar on another thread. */
    private volatile long bytesRead;

    private JsonLinesInput(FileChannel in, String name, long size) {
        this.in = in;
        this.name = name;
        this.size = size;
    }

    /** Opens a file, or standard input for {@code -}; an unreadable file is invalid input, exit code 2. */
    static JsonLinesInput open(String file) {
        if (STDIN.equals(file)) {
            // the descriptor itself, not System.in: its buffer of 8 kB would only add a copy in front of ours
            // closing the channel would close standard input; it is left open for whatever runs after
            return new JsonLinesInput(new FileInputStream(FileDescriptor.in).getChannel(), "standard input", -1);
        }
        try {
            Path path = Path.of(file);
            if (Files.isDirectory(path)) {
                throw new InvalidInput("cannot read " + file + ": it is a directory");
            }
            return new JsonLinesInput(FileChannel.open(path), file, Files.size(path));
        } catch (NoSuchFileException e) {
            throw new InvalidInput("cannot read " + file + ": no such file");
        } catch (AccessDeniedException e) {
            throw new InvalidInput("cannot read " + file + ": permission denied");
        } catch (IOException e) {
            throw new InvalidInput("cannot read " + file + ": " + e.getMessage());
        } catch (InvalidPathException e) {
            throw new InvalidInput("cannot read " + file + ": not a valid path");
        }
    }

    /** What to call the input in messages. */
    String name() {
        return name;
    }

    /** The size of the file in bytes; -1 for standard input. */
    long size() {
        return size;
    }

    /** How many bytes were read so far. */
    long bytesRead() {
        return bytesRead;
    }

    /**
     * Reads up to {@code chunk.capacity()} next lines into the chunk, numbered on from the last; returns how many
     * (0 at the end of the input).
     */
    int fill(LinePipeline.Chunk chunk) throws IOException {
        chunk.clear(lines + 1);
        long read = bytesRead;
        while (chunk.size() < chunk.capacity()) {
            if (position == limit && !refill()) {
                break;
            }
            int start = chunk.begin();
            boolean complete = false;
            while (true) {
                int end = indexOfNewline(buffer, position, limit);
                int stop = end < 0 ? limit : end;
                chunk.append(buffer, position, Math.min(stop - position, MAX_KEPT - (chunk.end() - start)));
                read += stop - position;
                if (end >= 0) {
                    read++;
                    position = end + 1;
                    complete = true;
                    break;
                }
                position = limit;
                if (!refill()) {
                    break; // the last line has no line end
                }
            }
            chunk.endLine(start, MAX_KEPT);
            lines++;
            if (!complete) {
                break;
            }
        }
        bytesRead = read;
        return chunk.size();
    }

    private boolean refill() throws IOException {
        if (ended) {
            return false;
        }
        direct.clear();
        int n = in.read(direct);
        while (n == 0) {
            n = in.read(direct);
        }
        if (n < 0) {
            ended = true;
            position = limit = 0;
            return false;
        }
        direct.flip();
        direct.get(buffer, 0, n);
        position = 0;
        limit = n;
        return true;
    }

    /** The index of the first {@code \n} in {@code bytes[from, to)}, or -1. */
    private static int indexOfNewline(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    @Override
    public void close() throws IOException {
        if (size >= 0) {
            in.close();
        }
    }
}
