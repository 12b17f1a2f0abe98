package org.coachlogic.examples.cli;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * JSON Lines read as raw bytes, one line at a time, so that the codec sees each line's exact UTF-8 (a decoder
 * would replace malformed bytes without a word). A line may end with {@code \n} or {@code \r\n}. A line longer
 * than the codec's 1 MB limit is kept only up to one byte past the limit (the codec then reports it as too
 * large) and the rest of it is skipped, so memory stays bounded whatever the input.
 */
final class JsonLinesInput implements Closeable {

    static final String STDIN = "-";

    /** One byte over the codec's limit of 1 MB is enough for it to say the line is too large. */
    private static final int MAX_KEPT = 1024 * 1024 + 1;

    private final InputStream in;
    private final String name;
    private final long size;
    private final byte[] chunk = new byte[1 << 16];
    private int position;
    private int limit;
    private byte[] line = new byte[8192];
    private long bytesRead;

    private JsonLinesInput(InputStream in, String name, long size) {
        this.in = in;
        this.name = name;
        this.size = size;
    }

    /** Opens a file, or standard input for {@code -}; an unreadable file is invalid input, exit code 2. */
    static JsonLinesInput open(String file) {
        if (STDIN.equals(file)) {
            return new JsonLinesInput(System.in, "standard input", -1);
        }
        try {
            Path path = Path.of(file);
            if (Files.isDirectory(path)) {
                throw new InvalidInput("cannot read " + file + ": it is a directory");
            }
            return new JsonLinesInput(Files.newInputStream(path), file, Files.size(path));
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

    /** The next line without its line end, or {@code null} at the end of the input. */
    byte[] next() throws IOException {
        int length = 0;
        boolean any = false;
        while (true) {
            if (position == limit) {
                limit = in.read(chunk);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    break;
                }
            }
            any = true;
            int end = position;
            while (end < limit && chunk[end] != '\n') {
                end++;
            }
            int take = Math.min(end - position, MAX_KEPT - length);
            if (take > 0) {
                if (length + take > line.length) {
                    line = Arrays.copyOf(line, Math.min(MAX_KEPT, Math.max(line.length * 2, length + take)));
                }
                System.arraycopy(chunk, position, line, length, take);
                length += take;
            }
            bytesRead += end - position;
            if (end < limit) {
                bytesRead++;
                position = end + 1;
                break;
            }
            position = limit;
        }
        if (!any) {
            return null;
        }
        if (length > 0 && length < MAX_KEPT && line[length - 1] == '\r') {
            length--;
        }
        return Arrays.copyOf(line, length);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
