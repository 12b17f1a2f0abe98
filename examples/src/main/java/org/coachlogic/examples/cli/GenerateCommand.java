package org.coachlogic.examples.cli;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

import org.coachlogic.CoachingJson;
import org.coachlogic.testkit.ClientGenerator;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code coach generate --count N --seed S}: a synthetic population as JSON Lines. */
@Command(name = "generate",
        description = "Writes a realistic synthetic population of valid client facts as JSON Lines on standard "
                + "output, from the same client generator as the tests and benchmarks "
                + "(org.coachlogic.testkit.ClientGenerator): the same seed always gives the same clients.")
final class GenerateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--count", paramLabel = "N", required = true, description = "How many clients.")
    private long count;

    @Option(names = "--seed", paramLabel = "S", description = "The seed; default ${DEFAULT-VALUE}.")
    private long seed = 1;

    @Mixin
    private HelpOption help;

    @Override
    public Integer call() throws IOException {
        if (count < 0) {
            throw new ParameterException(spec.commandLine(), "--count must not be negative, was " + count);
        }
        ClientGenerator clients = ClientGenerator.population(seed);
        Writer out = new BufferedWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out),
                StandardCharsets.UTF_8), 1 << 16);
        try {
            for (long i = 0; i < count; i++) {
                out.write(CoachingJson.writeFactsLine(clients.next()));
            }
            out.flush();
        } catch (IOException e) {
            if (String.valueOf(e.getMessage()).contains("Broken pipe")) {
                return CoachCommand.OK; // the reader has all it wanted, as with `coach generate ... | head`
            }
            throw e;
        }
        return CoachCommand.OK;
    }
}
