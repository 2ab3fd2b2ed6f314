package io.netledger.bench;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs one phase of {@link LoadClient} in a JVM of its own, from this bench's jar, and reads its result:
 * a real client over loopback, whose threads and garbage collector do not share the server's JVM. The
 * child's stderr (its progress and failures) goes to the bench's.
 */
final class LoadClientProcess {

    private final List<String> jvmOptions;
    private final String token;
    private final String base;
    private final PrintStream progress;

    LoadClientProcess(List<String> jvmOptions, String token, String base, PrintStream progress) {
        this.jvmOptions = jvmOptions;
        this.token = token;
        this.base = base;
        this.progress = progress;
    }

    /** {@code creates} customers, numbered from {@code firstCustomer}; their ids go to {@code idsOut}. */
    LoadResult post(String name, int clients, int warmUp, int creates, long firstCustomer, Path idsOut)
            throws Exception {
        return run(name, clients, warmUp, creates, List.of("--mode=post", "--first=" + firstCustomer,
                "--ids-out=" + idsOut));
    }

    /** {@code reads} GETs of a random customer among those in {@code idsIn}. */
    LoadResult get(String name, int clients, int warmUp, int reads, Path idsIn) throws Exception {
        return run(name, clients, warmUp, reads, List.of("--mode=get", "--ids-in=" + idsIn));
    }

    /** {@code requests} GETs of one path, with the token: the same client against whatever that path costs. */
    LoadResult path(String name, int clients, int warmUp, int requests, String path) throws Exception {
        return run(name, clients, warmUp, requests, List.of("--mode=path", "--path=" + path));
    }

    private LoadResult run(String name, int clients, int warmUp, int count, List<String> modeArguments)
            throws Exception {
        List<String> args = new ArrayList<>(List.of("load-client", "--base=" + base, "--clients=" + clients,
                "--warmup=" + warmUp, "--count=" + count));
        args.addAll(modeArguments);
        // Its result goes to a file, not a pipe: the JDK closes a child's pipe when the child exits, under
        // a reader that may not have read the last lines yet.
        Path output = Files.createTempFile("netledger-load-client-", ".out");
        ProcessBuilder builder = new ProcessBuilder(ChildProcesses.bench(jvmOptions, args))
                .redirectOutput(output.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT);
        builder.environment().put(LoadClient.TOKEN_VARIABLE, token);
        progress.printf("running %s with %d clients in a load-client JVM: %d warm-up, %d measured%n", name,
                clients, warmUp, count);
        Map<String, String> result = new HashMap<>();
        Process process = ChildProcesses.start(builder);
        // Its stdin stays open until it is done: end of file tells the client that the bench is gone.
        try (OutputStream stdin = process.getOutputStream()) {
            process.waitFor();
            if (process.exitValue() != 0) {
                throw new IllegalStateException("the load client for " + name + " ended with exit code "
                        + process.exitValue() + " (its stderr is above)");
            }
            for (String line : Files.readAllLines(output)) {
                if (line.startsWith(LoadClient.RESULT_PREFIX) && line.contains("=")) {
                    int equals = line.indexOf('=');
                    result.put(line.substring(LoadClient.RESULT_PREFIX.length(), equals), line.substring(equals + 1));
                } else {
                    progress.println("load-client: " + line);
                }
            }
        } finally {
            ChildProcesses.end(process, 5);
            Files.deleteIfExists(output);
        }
        return LoadResult.of(name, clients, count, result);
    }
}
