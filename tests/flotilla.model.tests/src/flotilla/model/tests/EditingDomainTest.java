package flotilla.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import flotilla.model.Cluster;
import flotilla.model.Constraint;
import flotilla.model.ModelFactory;
import flotilla.model.ModelPackage;
import flotilla.model.Node;
import flotilla.model.PublishMode;
import flotilla.model.Resources;
import flotilla.model.Service;
import flotilla.model.persistence.Models;
import flotilla.model.provider.ModelItemProviderAdapterFactory;
import flotilla.observed.ObservedFactory;
import flotilla.observed.Task;
import flotilla.observed.TaskState;
import flotilla.observed.provider.ObservedItemProviderAdapterFactory;

class EditingDomainTest {
    private ComposedAdapterFactory adapterFactory;

    private AdapterFactoryEditingDomain domain;

    private Cluster cluster;

    @BeforeEach
    void setUp() {
        adapterFactory = new ComposedAdapterFactory(
                List.of(new ModelItemProviderAdapterFactory(), new ObservedItemProviderAdapterFactory(),
                        new ReflectiveItemProviderAdapterFactory()));
        domain = new AdapterFactoryEditingDomain(adapterFactory, new BasicCommandStack(), Models.newResourceSet());
        cluster = Fixtures.cluster();
        Resource resource = domain.getResourceSet().createResource(URI.createURI("editing.flotilla"));
        resource.getContents().add(cluster);
    }

    @Test
    void setIsUndoneAndRedone() {
        Service web = Fixtures.web(cluster);
        execute(SetCommand.create(domain, web, ModelPackage.Literals.NAMED_ELEMENT__NAME, "frontend"));
        assertEquals("frontend", web.getName());
        domain.getCommandStack().undo();
        assertEquals("web", web.getName());
        domain.getCommandStack().redo();
        assertEquals("frontend", web.getName());
    }

    @Test
    void addIsUndoneAndRedone() {
        Node node = Fixtures.node("worker3", "east", 2, 4);
        execute(AddCommand.create(domain, cluster, ModelPackage.Literals.CLUSTER__NODES, node));
        assertSame(cluster, node.eContainer());
        domain.getCommandStack().undo();
        assertEquals(2, cluster.getNodes().size());
        assertEquals(null, node.eContainer());
        domain.getCommandStack().redo();
        assertEquals(node, cluster.getNodes().get(2));
    }

    @Test
    void removeIsUndoneToTheSamePlace() {
        Node first = cluster.getNodes().get(0);
        execute(RemoveCommand.create(domain, cluster, ModelPackage.Literals.CLUSTER__NODES, first));
        assertEquals(List.of("worker2"), cluster.getNodes().stream().map(Node::getHostname).toList());
        domain.getCommandStack().undo();
        assertSame(first, cluster.getNodes().get(0));
        domain.getCommandStack().redo();
        assertFalse(cluster.getNodes().contains(first));
    }

    @Test
    void editingAConstraintExpressionChangesItsParsedForm() {
        Constraint constraint = Fixtures.constraint("node.labels.zone == east");
        execute(AddCommand.create(domain, Fixtures.web(cluster), ModelPackage.Literals.SERVICE__CONSTRAINTS,
                constraint));
        execute(SetCommand.create(domain, constraint, ModelPackage.Literals.CONSTRAINT__EXPRESSION,
                "node.role != manager"));
        assertEquals("node.role", constraint.getKey());
        domain.getCommandStack().undo();
        assertEquals("node.labels.zone", constraint.getKey());
    }

    @Test
    void theTreeShowsNamesAndContainment() {
        ITreeItemContentProvider tree = (ITreeItemContentProvider) adapterFactory.adapt(cluster,
                ITreeItemContentProvider.class);
        Collection<?> children = tree.getChildren(cluster);
        assertTrue(children.containsAll(cluster.getNodes()) && children.containsAll(cluster.getNetworks())
                && children.containsAll(cluster.getServices()));
        assertEquals("Node worker1", label(cluster.getNodes().get(0)));
        assertEquals("Service web", label(Fixtures.web(cluster)));
        assertEquals("Network ingress", label(cluster.getNetworks().get(0)));
        assertEquals("Cluster test", label(cluster));
    }

    @Test
    void labelsSayWhatTheElementIs() {
        Service web = Fixtures.web(cluster);
        assertEquals("Published Port 8080->80/tcp", label(web.getPorts().get(0)));
        web.getPorts().get(0).setPublished(0);
        web.getPorts().get(0).setMode(PublishMode.HOST);
        assertEquals("Published Port *:80/tcp (host)", label(web.getPorts().get(0)));
        assertEquals("Network Attachment net", label(web.getNetworks().get(0)));
        web.getNetworks().get(0).getAliases().add("www");
        assertEquals("Network Attachment net as www", label(web.getNetworks().get(0)));
        assertEquals("Label zone=east", label(cluster.getNodes().get(0).getLabels().get(0)));
        assertEquals("Resources 2 CPUs and 4GiB", label(cluster.getNodes().get(0).getResources()));

        web.setRollbackConfig(ModelFactory.eINSTANCE.createUpdateConfig());
        web.getRollbackConfig().setDelay(1_500_000_000L);
        assertEquals("Update Config rollback: 1 at a time, delay 1500ms, stop-first, on failure pause",
                label(web.getRollbackConfig()));
        web.setRestartPolicy(ModelFactory.eINSTANCE.createRestartPolicy());
        web.getRestartPolicy().setMaxAttempts(3);
        assertEquals("Restart Policy any, delay 5s, at most 3 attempts", label(web.getRestartPolicy()));
        web.setHealthcheck(ModelFactory.eINSTANCE.createHealthcheck());
        web.getHealthcheck().getTest().addAll(List.of("CMD", "curl", "-f", "http://localhost/"));
        assertEquals("Healthcheck CMD curl -f http://localhost/ every 30s", label(web.getHealthcheck()));

        Task task = ObservedFactory.eINSTANCE.createTask();
        task.setService(web);
        task.setSlot(2);
        task.setNode(cluster.getNodes().get(1));
        task.setCurrentState(TaskState.RUNNING);
        assertEquals("Task web.2 running on worker2", label(task));
    }

    @Test
    void thePropertySheetNamesUnitsAndKeepsIdsAndParsedFormsReadOnly() {
        Constraint constraint = Fixtures.constraint("node.labels.zone == east");
        Fixtures.web(cluster).getConstraints().add(constraint);
        IItemPropertySource properties = (IItemPropertySource) adapterFactory.adapt(constraint,
                IItemPropertySource.class);
        assertTrue(descriptor(properties, constraint, "expression").canSetProperty(constraint));
        assertFalse(descriptor(properties, constraint, "key").canSetProperty(constraint));
        assertFalse(descriptor(properties, constraint, "id").canSetProperty(constraint));
        Resources resources = cluster.getNodes().get(0).getResources();
        IItemPropertySource resourceProperties = (IItemPropertySource) adapterFactory.adapt(resources,
                IItemPropertySource.class);
        assertEquals("Nano CPUs (10^9 = 1 CPU)",
                descriptor(resourceProperties, resources, "nanoCPUs").getDisplayName(resources), "units are named");
        IItemPropertyDescriptor key = descriptor(properties, constraint, "key");
        assertEquals("node.labels.zone", key.getLabelProvider(constraint).getText(key.getPropertyValue(constraint)));
    }

    private void execute(Command command) {
        assertTrue(command.canExecute(), command::toString);
        domain.getCommandStack().execute(command);
    }

    private String label(Object object) {
        return ((IItemLabelProvider) adapterFactory.adapt(object, IItemLabelProvider.class)).getText(object);
    }

    private static IItemPropertyDescriptor descriptor(IItemPropertySource properties, Object object, String feature) {
        return properties.getPropertyDescriptors(object).stream()
                .filter(descriptor -> feature.equals(((EStructuralFeature) descriptor.getFeature(object)).getName()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no property " + feature));
    }
}
