package flotilla.cli;

import static flotilla.cli.Cli.flotilla;
import static flotilla.cli.Reliability.assertFailsCleanly;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;

import flotilla.model.examples.ExampleClusters;
import flotilla.model.persistence.AtomicFile;
import flotilla.model.persistence.Models;

/**
 * Issue 15, item 2: a save killed, interrupted or stopped by a full or read-only disk leaves the file and its backup
 * whole and no temporary file behind. Kills need a real process: a JVM running the save path in a loop.
 */
class Issue15InterruptedSaveTest {

    /** The child: saves files of one repeated letter, a new letter each time, until it is killed. */
    private static final String SAVE_LOOP = """
            import java.nio.file.Path;
            import java.util.Arrays;
            import flotilla.model.persistence.AtomicFile;

            public class SaveLoop {
                public static void main(String[] args) throws Exception {
                    Path file = Path.of(args[0]);
                    int size = Integer.parseInt(args[1]);
                    System.out.println("ready");
                    System.out.flush();
                    for (int i = 0; ; i++) {
                        byte[] content = new byte[size];
                        Arrays.fill(content, (byte) ('A' + i % 26));
                        AtomicFile.write(file, out -> {
                            for (int at = 0; at < size; at += 8192) {
                                out.write(content, at, Math.min(8192, size - at));
                            }
                        });
                    }
                }
            }
            """;

    private static final int SIZE = 4 << 20;

    @TempDir
    Path folder;

    @Test
    void sigkillDuringSavesInALoopNeverLeavesAHalfWrittenFileOrBackup() throws Exception {
        Path file = folder.resolve("model.flotilla");
        Random random = new Random(15);
        for (int round = 0; round < 6; round++) {
            Process child = startSaveLoop(file);
            Thread.sleep(100 + random.nextInt(600));
            child.destroyForcibly();
            assertTrue(child.waitFor(10, TimeUnit.SECONDS));
            assertWhole(file);
            assertWhole(AtomicFile.backupOf(file));
        }
        // The next save in the folder removes what the killed ones left.
        AtomicFile.write(file, out -> out.write('Z'));
        assertEquals(List.of(), Reliability.temporaries(folder));
    }

    @Test
    void ctrlCDuringASaveLeavesNoTemporaryFile() throws Exception {
        Path file = folder.resolve("model.flotilla");
        Process child = startSaveLoop(file);
        Thread.sleep(700);
        new ProcessBuilder("kill", "-INT", Long.toString(child.pid())).start().waitFor();
        assertTrue(child.waitFor(10, TimeUnit.SECONDS));
        assertEquals(130, child.exitValue(), "the JVM's exit status for SIGINT");
        assertWhole(file);
        assertWhole(AtomicFile.backupOf(file));
        assertEquals(List.of(), Reliability.temporaries(folder), "the shutdown hook removed the save in progress");
    }

    @Test
    void aFullDiskLeavesTheModelItsBackupAndTheManifestsWhole() throws Exception {
        Path disk = Reliability.mountTmpfs(folder, 1024);
        try {
            Path target = disk != null ? disk : Files.createDirectory(folder.resolve("injected"));
            Path model = target.resolve("tutorial.flotilla");
            Models.save(ExampleClusters.swarmTutorial(), model);
            Models.save(ExampleClusters.stackWithDatabase(), model);
            Path k8s = target.resolve("k8s");
            assertEquals(0, flotilla("export", model.toString(), "--format", "k8s", "-o", k8s.toString()).exitCode());
            Map<Path, byte[]> before = Reliability.snapshot(target);
            Path script = Files.writeString(folder.resolve("grow.sh"),
                    "docker service create --name cache --replicas 2 redis:7\n");

            Cli.Run save;
            Cli.Run export;
            if (disk != null) {
                Reliability.fill(disk);
                before.put(disk.resolve("filler"), Files.readAllBytes(disk.resolve("filler")));
                save = flotilla("sim", script.toString(), "--model", model.toString(), "--save", model.toString());
                export = flotilla("export", model.toString(), "--format", "k8s", "-o", k8s.toString(), "--force");
            } else {
                // No tmpfs here (not root): the same failure, injected where a save writes its bytes.
                System.setProperty(AtomicFile.CAPACITY_PROPERTY, "100");
                try {
                    save = flotilla("sim", script.toString(), "--model", model.toString(), "--save", model.toString());
                    export = flotilla("export", model.toString(), "--format", "k8s", "-o", k8s.toString(), "--force");
                } finally {
                    System.clearProperty(AtomicFile.CAPACITY_PROPERTY);
                }
            }
            assertFailsCleanly(save);
            assertEquals("flotilla: " + model + ": no space left on device\n", save.err());
            assertFailsCleanly(export);
            assertTrue(export.err().contains(": no space left on device"), export.err());
            Map<Path, byte[]> after = Reliability.snapshot(target);
            assertEquals(before.keySet(), after.keySet());
            before.forEach((path, bytes) -> assertArrayEquals(bytes, after.get(path), path::toString));
            assertEquals(List.of(), Reliability.temporaries(target));
            assertEquals(List.of(), Reliability.temporaries(k8s));
        } finally {
            Reliability.unmount(disk);
        }
    }

    @Test
    void aReadOnlyFolderIsNamedAndNothingChanges() throws Exception {
        Path disk = Reliability.mountTmpfs(folder, 1024);
        try {
            Path script = Files.writeString(folder.resolve("init.sh"), "docker swarm init\n");
            if (disk == null) {
                // Not root: a folder that does not exist fails the same way, at the same place.
                Path missing = folder.resolve("no/such/out.flotilla");
                Cli.Run run = flotilla("sim", script.toString(), "--save", missing.toString());
                assertFailsCleanly(run);
                return;
            }
            Path model = disk.resolve("out.flotilla");
            Models.save(ExampleClusters.swarmTutorial(), model);
            byte[] before = Files.readAllBytes(model);
            Reliability.remountReadOnly(disk);

            Cli.Run run = flotilla("sim", script.toString(), "--save", model.toString(), "--force");

            assertFailsCleanly(run);
            assertTrue(run.err().startsWith("flotilla: " + disk), run.err());
            assertTrue(run.err().contains("read-only file system"), run.err());
            assertArrayEquals(before, Files.readAllBytes(model));
        } finally {
            Reliability.unmount(disk);
        }
    }

    @Test
    void savingOntoASymbolicLinkUpdatesItsTarget() throws Exception {
        Path real = folder.resolve("real.flotilla");
        Models.save(ExampleClusters.swarmTutorial(), real);
        Path link = Files.createSymbolicLink(folder.resolve("link.flotilla"), real.getFileName());
        Path script = Files.writeString(folder.resolve("grow.sh"), "docker service create --name cache redis:7\n");

        assertEquals(0,
                flotilla("sim", script.toString(), "--model", link.toString(), "--save", link.toString()).exitCode());

        assertTrue(Files.isSymbolicLink(link));
        assertTrue(Models.load(real).getServices().stream().anyMatch(service -> service.getName().equals("cache")));
        assertTrue(Files.exists(AtomicFile.backupOf(real)));
    }

    /** Whole: absent, or one letter repeated {@link #SIZE} times, exactly as one save wrote it. */
    private static void assertWhole(Path file) throws IOException {
        if (!Files.exists(file)) {
            return;
        }
        byte[] bytes = Files.readAllBytes(file);
        assertEquals(SIZE, bytes.length, () -> file + " is cut");
        for (byte b : bytes) {
            if (b != bytes[0]) {
                throw new AssertionError(file + " mixes two saves");
            }
        }
    }

    private Process startSaveLoop(Path file) throws Exception {
        Path source = folder.getParent().resolve(folder.getFileName() + "-SaveLoop.java");
        Files.writeString(source, SAVE_LOOP);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(
                List.of(java, "-cp", modelBundleClasses(), source.toString(), file.toString(), Integer.toString(SIZE)));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        String first = out.readLine();
        assertEquals("ready", first, "the save loop started");
        // Keep draining, so a full pipe never blocks the child.
        Thread drain = new Thread(() -> {
            try {
                while (out.readLine() != null) {
                    // discard
                }
            } catch (IOException closed) {
                // the child was killed
            }
        });
        drain.setDaemon(true);
        drain.start();
        return child;
    }

    /** The class folder or jar of flotilla.model as the test runtime installed it, for the child's class path. */
    private static String modelBundleClasses() throws IOException, URISyntaxException {
        List<Path> candidates = new ArrayList<>();
        var codeSource = AtomicFile.class.getProtectionDomain().getCodeSource();
        if (codeSource != null && codeSource.getLocation() != null
                && "file".equals(codeSource.getLocation().getProtocol())) {
            candidates.add(Path.of(codeSource.getLocation().toURI()));
        }
        String location = FrameworkUtil.getBundle(AtomicFile.class).getLocation()
                .replaceFirst("^(reference:|initial@)+", "");
        if (location.startsWith("file:")) {
            Path bundle = Path.of(location.substring("file:".length()));
            candidates.add(bundle);
            candidates.add(bundle.resolve("target/classes"));
            candidates.add(bundle.resolve("bin"));
        }
        String entry = "flotilla/model/persistence/AtomicFile.class";
        for (Path candidate : candidates) {
            if (Files.isDirectory(candidate) && Files.isRegularFile(candidate.resolve(entry))) {
                return candidate.toString();
            }
            if (Files.isRegularFile(candidate)) {
                try (ZipFile jar = new ZipFile(candidate.toFile())) {
                    if (jar.getEntry(entry) != null) {
                        return candidate.toString();
                    }
                }
            }
        }
        throw new AssertionError("flotilla.model's classes not found in " + candidates);
    }
}
