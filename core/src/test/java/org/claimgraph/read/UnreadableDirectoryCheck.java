package org.claimgraph.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Walks a directory tree in which some directories and a file have no permissions at all, and reports what the
 * walker and loader make of it, one line per input.
 *
 * <p>Root reads every directory whatever its mode, so a chmod test run as root proves nothing. When the JVM runs as
 * root, the check runs in a child JVM as user {@code nobody} (through {@code setpriv} or {@code runuser}), over copies
 * of the class directories and jars it needs in a temporary directory that nobody can read: the originals live under
 * {@code /root} and {@code ~/.m2}, which nobody cannot.
 */
final class UnreadableDirectoryCheck {

    private static final int NOBODY = 65534;

    private UnreadableDirectoryCheck() {}

    /** In the child JVM: {@code args[0]} is the directory holding the fixture. */
    public static void main(String[] args) {
        report(Path.of(args[0])).forEach(System.out::println);
    }

    static List<String> runAsUnprivilegedUser() throws Exception {
        Path work = Files.createTempDirectory("claimgraph-unreadable-");
        try {
            Files.setPosixFilePermissions(work, PosixFilePermissions.fromString("rwxr-xr-x"));
            makeFixture(work);
            if (!runningAsRoot()) {
                return report(work);
            }
            return runAsNobody(work);
        } finally {
            deleteTree(work);
        }
    }

    private static void makeFixture(Path work) throws IOException {
        Files.createDirectories(work.resolve("locked"));
        Files.writeString(work.resolve("locked/inner.txt"), "Never listed.", StandardCharsets.UTF_8);
        Files.createDirectories(work.resolve("open/shut"));
        Files.writeString(work.resolve("open/a.txt"), "Readable.", StandardCharsets.UTF_8);
        Files.writeString(work.resolve("open/shut/b.txt"), "Never listed.", StandardCharsets.UTF_8);
        Files.writeString(work.resolve("secret.txt"), "Never read.", StandardCharsets.UTF_8);
        for (String locked : List.of("locked", "open/shut", "secret.txt")) {
            Files.setPosixFilePermissions(work.resolve(locked), PosixFilePermissions.fromString("---------"));
        }
    }

    static List<String> report(Path work) {
        List<String> lines = new ArrayList<>();
        String prefix = work + File.separator;
        List<String> arguments = List.of(work.resolve("locked").toString(), work.resolve("open").toString());
        try (InputWalker walker = new InputWalker(arguments, java.io.InputStream.nullInputStream())) {
            walker.forEachRemaining(input -> {
                if (input instanceof Input.Unreadable unreadable) {
                    lines.add("UNREADABLE " + unreadable.source().replace(prefix, "") + ": " + unreadable.message());
                } else {
                    lines.add("FILE " + input.source().replace(prefix, ""));
                }
            });
        }
        Path secret = work.resolve("secret.txt");
        try {
            new InputLoader(InputLoader.DEFAULT_MAX_BYTES)
                    .load(new Input.FileInput(secret.toString(), secret, InputFormat.TEXT));
            lines.add("LOADED secret.txt");
        } catch (InputException e) {
            lines.add("LOAD-ERROR " + e.getMessage().replace(prefix, ""));
        }
        return lines;
    }

    private static List<String> runAsNobody(Path work) throws Exception {
        Path classpath = work.resolve("classpath");
        Files.createDirectories(classpath);
        List<String> entries = new ArrayList<>();
        int index = 0;
        for (Class<?> type : List.of(UnreadableDirectoryCheck.class, InputWalker.class, ObjectMapper.class,
                JsonFactory.class, JsonAutoDetect.class, UniversalDetector.class)) {
            Path origin = codeSource(type);
            Path copy = classpath.resolve(index++ + "-" + origin.getFileName());
            if (entries.contains(copy.toString()) || Files.exists(copy)) {
                continue;
            }
            copyTree(origin, copy);
            entries.add(copy.toString());
        }
        makeReadableByAll(classpath);
        List<String> command = new ArrayList<>(dropPrivileges());
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:-UsePerfData", "-Xshare:off", "-cp", String.join(File.pathSeparator, entries),
                UnreadableDirectoryCheck.class.getName(), work.toString()));
        Process process = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("the check as user nobody did not finish in 120 s: " + command);
        }
        String text = new String(output, StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), () -> "the check as user nobody failed: " + command + "\n" + text);
        return text.lines().toList();
    }

    /** The command prefix that runs a program as user nobody, whichever of the tools this system has. */
    private static List<String> dropPrivileges() {
        String nobody = Integer.toString(NOBODY);
        if (onPath("setpriv") != null) {
            return List.of(onPath("setpriv").toString(), "--reuid=" + nobody, "--regid=" + nobody, "--clear-groups");
        }
        if (onPath("runuser") != null) {
            return List.of(onPath("runuser").toString(), "-u", "nobody", "--");
        }
        return fail("running as root, and neither setpriv nor runuser is installed to run the unreadable-directory "
                + "check as user nobody; install util-linux");
    }

    private static Path onPath(String program) {
        String path = System.getenv().getOrDefault("PATH", "") + File.pathSeparator + "/usr/bin:/usr/sbin:/bin:/sbin";
        for (String folder : path.split(File.pathSeparator)) {
            Path candidate = Path.of(folder, program);
            if (!folder.isEmpty() && Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static boolean runningAsRoot() throws IOException, InterruptedException {
        if ("root".equals(System.getProperty("user.name"))) {
            return true;
        }
        Process id = new ProcessBuilder("id", "-u").redirectErrorStream(true).start();
        String uid = new String(id.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertTrue(id.waitFor(30, TimeUnit.SECONDS), "id -u did not finish");
        return uid.equals("0");
    }

    private static Path codeSource(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
    }

    private static void makeReadableByAll(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                Files.setPosixFilePermissions(path,
                        PosixFilePermissions.fromString(Files.isDirectory(path) ? "rwxr-xr-x" : "rw-r--r--"));
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            List<Path> all = paths.sorted(Comparator.reverseOrder()).toList();
            for (Path path : all) {
                Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(
                        Files.isDirectory(path) ? "rwx------" : "rw-------"));
            }
        }
        // a second walk, now that every directory can be listed again
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
