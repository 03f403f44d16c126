package flotilla.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import flotilla.model.Cluster;
import flotilla.model.Network;
import flotilla.model.Service;
import flotilla.model.persistence.AtomicFile;
import flotilla.model.persistence.ModelLoadException;
import flotilla.model.persistence.Models;
import flotilla.observed.ClusterState;
import flotilla.observed.ObservedFactory;
import flotilla.observed.Task;
import flotilla.observed.TaskState;

class PersistenceTest {
    @TempDir
    Path directory;

    @Test
    void idsAreTheXmiIdsAndReferencesSurviveARename() throws Exception {
        Cluster cluster = Fixtures.cluster();
        Network net = cluster.getNetworks().get(2);
        Path file = directory.resolve("test.flotilla");
        Models.save(cluster, file);
        String xml = Files.readString(file);
        assertTrue(xml.contains("xmi:id=\"" + net.getId() + "\""), xml);
        assertTrue(xml.contains("network=\"" + net.getId() + "\""), "references are written as ids");
        assertFalse(xml.contains(" id=\""), "the id is written once, as the xmi:id");

        net.setName("renamed");
        Models.save(cluster.eResource());
        Cluster loaded = Models.load(file);
        Network loadedNet = loaded.getNetworks().get(2);
        assertEquals(net.getId(), loadedNet.getId());
        assertEquals("renamed", loadedNet.getName());
        assertSame(loadedNet, loaded.getServices().get(0).getNetworks().get(0).getNetwork());
        assertEquals(cluster.getId(), loaded.getId());
    }

    @Test
    void newElementsGetDistinctIdsAtCreation() {
        Service first = Fixtures.FACTORY.createService();
        Service second = Fixtures.FACTORY.createService();
        assertEquals(36, first.getId().length(), first.getId());
        assertFalse(first.getId().equals(second.getId()));
    }

    @Test
    void saveKeepsThePreviousFileAsBackup() throws Exception {
        Cluster cluster = Fixtures.cluster();
        Path file = directory.resolve("test.flotilla");
        Models.save(cluster, file);
        byte[] first = Files.readAllBytes(file);
        cluster.setName("second");
        Models.save(cluster.eResource());
        assertArrayEquals(first, Files.readAllBytes(AtomicFile.backupOf(file)));
        assertTrue(Files.readString(file).contains("name=\"second\""));
        assertEquals(List.of("test.flotilla", "test.flotilla.bak"), fileNames(), "no temporary file is left");
    }

    @Test
    void aWriteFailingHalfWayLeavesTheFileAndItsBackupAlone() throws Exception {
        Path file = directory.resolve("test.flotilla");
        Models.save(Fixtures.cluster(), file);
        Cluster loaded = Models.load(file);
        loaded.setName("changed, so the save makes a backup");
        Models.save(loaded, file);
        byte[] before = Files.readAllBytes(file);
        byte[] backup = Files.readAllBytes(AtomicFile.backupOf(file));

        IOException failure = assertThrows(IOException.class, () -> AtomicFile.write(file, out -> {
            out.write(before, 0, before.length / 2);
            out.flush();
            throw new IOException("disk full");
        }));
        assertEquals(file + ": disk full", failure.getMessage(), "the failure names the file");
        assertArrayEquals(before, Files.readAllBytes(file));
        assertArrayEquals(backup, Files.readAllBytes(AtomicFile.backupOf(file)));
        assertEquals(List.of("test.flotilla", "test.flotilla.bak"), fileNames(), "the temporary file is removed");
    }

    @Test
    void aTruncatedFileNamesItsLineAndIsLeftUntouched() throws Exception {
        Path file = directory.resolve("truncated.flotilla");
        Models.save(Fixtures.cluster(), file);
        String xml = Files.readString(file);
        Files.writeString(file, xml.substring(0, xml.indexOf("<services")));
        ModelLoadException exception = assertUnloadable(file);
        assertTrue(exception.line() > 1, exception::getMessage);
        assertTrue(exception.problem().startsWith("not well-formed XML"), exception::getMessage);
        assertTrue(exception.getMessage().startsWith(file + ":" + exception.line() + ":"), exception::getMessage);
    }

    @Test
    void garbageIsNotWellFormedXml() throws Exception {
        Path file = directory.resolve("garbage.flotilla");
        Files.write(file, new byte[]{0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x08});
        ModelLoadException exception = assertUnloadable(file);
        assertEquals(1, exception.line(), exception::getMessage);
        assertTrue(exception.problem().startsWith("not well-formed XML"), exception::getMessage);
    }

    @Test
    void aModelWithABrokenUtf8ByteIsNamedByLineAndColumnAndNothingIsPrinted() throws Exception {
        Path file = directory.resolve("latin1.flotilla");
        Models.save(Fixtures.cluster(), file);
        String xml = Files.readString(file);
        int name = xml.indexOf("name=\"", xml.indexOf("<services")) + "name=\"".length();
        byte[] broken = (xml.substring(0, name) + "\u00e9" + xml.substring(name))
                .getBytes(StandardCharsets.ISO_8859_1);
        Files.write(file, broken);
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        PrintStream original = System.err;
        System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
        ModelLoadException exception;
        try {
            exception = assertUnloadable(file);
        } finally {
            System.setErr(original);
        }
        String before = xml.substring(0, name);
        assertEquals(before.split("\n", -1).length, exception.line(), exception::getMessage);
        assertEquals(before.length() - before.lastIndexOf('\n'), exception.column(), exception::getMessage);
        assertTrue(exception.problem().startsWith("invalid UTF-8: byte 0xe9"), exception::getMessage);
        assertEquals("", stderr.toString(StandardCharsets.UTF_8),
                "the XML parser's own \"[Fatal Error]\" line is not printed");
    }

    @Test
    void aForeignXmlFileIsNotAModel() throws Exception {
        Path file = directory.resolve("pom.flotilla");
        Files.writeString(file,
                "<?xml version=\"1.0\"?>\n<project xmlns=\"http://maven.apache.org/POM/4.0.0\">\n</project>\n");
        ModelLoadException exception = assertUnloadable(file);
        assertEquals(2, exception.line());
        assertEquals(
                "not a Flotilla model: the root element <project> is in namespace http://maven.apache.org/POM/4.0.0, expected "
                        + "http://flotilla.dev/model/1.0",
                exception.problem());

        Files.writeString(file, "<html><body/></html>");
        assertTrue(assertUnloadable(file).problem().contains("<html> has no namespace"));
    }

    @Test
    void anUnknownElementInOurNamespaceIsNamedWithItsLine() throws Exception {
        Path file = directory.resolve("unknown.flotilla");
        Models.save(Fixtures.cluster(), file);
        String xml = Files.readString(file);
        Files.writeString(file, xml.replaceFirst("<services ", "<bogus/>\n  <services "));
        ModelLoadException exception = assertUnloadable(file);
        int line = (int) xml.substring(0, xml.indexOf("<services ")).lines().count();
        assertEquals(line, exception.line(), exception::getMessage);
        assertTrue(exception.problem().contains("bogus"), exception::getMessage);
    }

    @Test
    void anotherMetamodelVersionSaysWhy() throws Exception {
        Path file = directory.resolve("old.flotilla");
        Models.save(Fixtures.cluster(), file);
        String xml = Files.readString(file);

        Files.writeString(file, xml.replace("http://flotilla.dev/model/1.0", "http://flotilla.dev/model/0.9"));
        assertEquals(
                "was saved with Flotilla model metamodel 0.9, but this Flotilla reads version 1.0 and has no migration from 0.9",
                assertUnloadable(file).problem());

        Files.writeString(file, xml.replace("http://flotilla.dev/model/1.0", "http://flotilla.dev/model/2.0"));
        assertTrue(assertUnloadable(file).problem()
                .endsWith("(the file comes from a newer Flotilla: update Flotilla to open it)"));
    }

    @Test
    void aMissingFileIsNamed() {
        Path file = directory.resolve("missing.flotilla");
        ModelLoadException exception = assertThrows(ModelLoadException.class, () -> Models.load(file));
        assertEquals(file + ": no such file", exception.getMessage());
        assertFalse(Files.exists(file));
    }

    @Test
    void theObservedStateIsSavedInItsOwnResource() throws Exception {
        Cluster cluster = Fixtures.cluster();
        Path model = directory.resolve("test.flotilla");
        Path state = directory.resolve("test.flotillastate");
        Resource modelResource = Models.save(cluster, model);
        ClusterState observed = ObservedFactory.eINSTANCE.createClusterState();
        observed.setCluster(cluster);
        Task task = ObservedFactory.eINSTANCE.createTask();
        task.setService(cluster.getServices().get(0));
        task.setSlot(1);
        task.setNode(cluster.getNodes().get(0));
        task.setCurrentState(TaskState.RUNNING);
        observed.getTasks().add(task);
        Resource stateResource = modelResource.getResourceSet().createResource(URI.createFileURI(state.toString()));
        stateResource.getContents().add(observed);
        Models.save(stateResource);

        assertFalse(Files.readString(model).contains("observed"), "the model file knows nothing of the observed state");
        ResourceSet resourceSet = Models.newResourceSet();
        Models.load(resourceSet, model);
        ClusterState loaded = (ClusterState) Models.load(resourceSet, state).getContents().get(0);
        Task loadedTask = loaded.getTasks().get(0);
        assertEquals("web", loadedTask.getService().getName(), "the task refers into the model file by id");
        assertEquals("worker1", loadedTask.getNode().getHostname());
        assertEquals(TaskState.RUNNING, loadedTask.getCurrentState());
    }

    @Test
    void aFileWithSeveralRootsIsReadThroughItsXmiWrapper() throws Exception {
        Path file = directory.resolve("two.flotilla");
        Cluster cluster = Fixtures.cluster();
        Resource resource = Models.save(cluster, file);
        resource.getContents().add(Fixtures.FACTORY.createSecret());
        Models.save(resource);
        assertTrue(Files.readString(file).contains("<xmi:XMI"));
        assertEquals(cluster.getId(), Models.load(file).getId());
    }

    @Test
    void theObservedStateIsNotACluster() throws Exception {
        Path file = directory.resolve("test.flotillastate");
        Models.save(ObservedFactory.eINSTANCE.createClusterState(), file);
        assertEquals(file + ": holds a ClusterState, not a Cluster",
                assertThrows(ModelLoadException.class, () -> Models.load(file)).getMessage());
    }

    /** Loading fails, names the file, leaves the resource set empty and does not touch the file. */
    private static ModelLoadException assertUnloadable(Path file) throws IOException {
        byte[] before = Files.readAllBytes(file);
        FileTime modified = Files.getLastModifiedTime(file);
        ResourceSet resourceSet = Models.newResourceSet();
        ModelLoadException exception = assertThrows(ModelLoadException.class, () -> Models.load(resourceSet, file));
        assertTrue(exception.getMessage().startsWith(file.toString()), exception::getMessage);
        assertEquals(file, exception.file());
        assertEquals(List.of(), resourceSet.getResources());
        assertArrayEquals(before, Files.readAllBytes(file));
        assertEquals(modified, Files.getLastModifiedTime(file));
        assertFalse(Files.exists(AtomicFile.backupOf(file)));
        return exception;
    }

    private List<String> fileNames() throws IOException {
        try (var files = Files.list(directory)) {
            return files.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }
}
