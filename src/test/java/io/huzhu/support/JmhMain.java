package io.huzhu.support;

import java.io.File;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/** Runs a JMH benchmark class from {@code exec:java} (test class path), with JMH's own command line options. */
public final class JmhMain {

    private JmhMain() {}

    /**
     * Under {@code exec:java} the test class path lives in a class loader, not in {@code java.class.path}, which is
     * what JMH hands to its forked JVM: copy it there first. Arguments are JMH's ({@code -wi 5 -i 5 someRegex}); with
     * no regex, every benchmark of {@code benchmarks} runs.
     */
    public static void run(Class<?> benchmarks, String[] args)
            throws RunnerException, URISyntaxException, CommandLineOptionException {
        if (Thread.currentThread().getContextClassLoader() instanceof URLClassLoader loader) {
            List<String> entries = new ArrayList<>();
            for (URL url : loader.getURLs()) {
                entries.add(Path.of(url.toURI()).toString());
            }
            System.setProperty("java.class.path", String.join(File.pathSeparator, entries));
        }
        var options = new CommandLineOptions(args);
        var builder = new OptionsBuilder().parent(options);
        if (options.getIncludes().isEmpty()) {
            builder.include(benchmarks.getName() + "\\.");
        }
        new Runner(builder.build()).run();
    }
}
