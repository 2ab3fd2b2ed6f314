package io.netledger.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The processes a bench started (load clients, the app under test), and how they end: asked to stop
 * (SIGTERM), then killed with their descendants when they do not. A shutdown hook ends those still
 * running when the bench itself is stopped (Ctrl-C, SIGTERM), so a failed or interrupted run leaves no
 * JVM behind and no PostgreSQL connection open.
 */
final class ChildProcesses {

    /** Each running child, and what to clean up after it when the bench is stopped. */
    private static final Map<Process, Runnable> RUNNING = new ConcurrentHashMap<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> new ArrayList<>(RUNNING.entrySet()).forEach(child -> {
            end(child.getKey(), 30);
            child.getValue().run();
        }), "end-child-processes"));
    }

    private ChildProcesses() {
    }

    static Process start(ProcessBuilder builder) throws java.io.IOException {
        return start(builder, () -> { });
    }

    /** {@code afterwards} runs when the bench is stopped and has ended the process. */
    static Process start(ProcessBuilder builder, Runnable afterwards) throws java.io.IOException {
        Process process = builder.start();
        RUNNING.put(process, afterwards);
        return process;
    }

    /**
     * Asks the process to stop and waits up to {@code graceSeconds}; then kills it and whatever it
     * started. Answers whether it stopped by itself.
     */
    static boolean end(Process process, long graceSeconds) {
        try {
            if (!process.isAlive()) {
                return true;
            }
            List<ProcessHandle> descendants = process.descendants().toList();
            process.destroy();
            if (process.waitFor(graceSeconds, TimeUnit.SECONDS)) {
                return true;
            }
            descendants.forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            return false;
        } finally {
            if (!process.isAlive()) {
                RUNNING.remove(process);
            }
        }
    }

    /** The java launcher of this JVM, for children that run on the same JDK. */
    static String java() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /**
     * The command that runs this bench again with {@code args}: {@code java -jar netledger-bench.jar}
     * when it runs from its jar, else the same class path and {@link BenchMain}.
     */
    static List<String> bench(List<String> jvmOptions, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(java());
        command.addAll(jvmOptions);
        String classPath = System.getProperty("java.class.path");
        if (classPath.endsWith(".jar") && !classPath.contains(java.io.File.pathSeparator)) {
            command.add("-jar");
            command.add(classPath);
        } else {
            command.add("-cp");
            command.add(classPath);
            command.add(BenchMain.class.getName());
        }
        command.addAll(args);
        return command;
    }

    /** {@code --jvm-opts="-Xmx256m -XX:+UseSerialGC"} as a list of options. */
    static List<String> options(String line) {
        return line == null || line.isBlank() ? List.of() : List.of(line.strip().split("\\s+"));
    }
}
