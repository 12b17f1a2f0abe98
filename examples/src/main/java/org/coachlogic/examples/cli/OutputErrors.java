package org.coachlogic.examples.cli;

import java.io.PrintWriter;

/**
 * Standard output that could not be written (closed, a full disk, {@code > /dev/full}) is an error: the
 * advice is lost, so the run must not end with 0. {@link PrintWriter} keeps write errors to itself; this
 * asks it after the last flush.
 */
final class OutputErrors {

    private OutputErrors() {
    }

    /** The exit code after flushing both streams: 1 with a message on standard error if the output was lost. */
    static int checked(PrintWriter out, PrintWriter err, int exitCode) {
        out.flush();
        if (out.checkError()) {
            err.println("coach: cannot write to standard output (closed, or the disk is full): the output is lost");
            err.flush();
            return CoachCommand.INTERNAL_ERROR;
        }
        err.flush();
        return exitCode;
    }
}
