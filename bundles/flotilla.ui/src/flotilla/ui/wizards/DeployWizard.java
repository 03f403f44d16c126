package flotilla.ui.wizards;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWizard;

import flotilla.deploy.engine.Engine;
import flotilla.deploy.engine.EngineException;
import flotilla.deploy.live.LiveSwarm;
import flotilla.deploy.plan.Applier;
import flotilla.deploy.plan.Change;
import flotilla.deploy.plan.Plan;
import flotilla.deploy.plan.Planner;
import flotilla.model.Cluster;
import flotilla.model.persistence.ModelLoadException;
import flotilla.model.persistence.Models;

/**
 * File &gt; Deploy to Swarm...: the daemon to deploy to, then the plan in a table, then Apply,
 * the way {@code flotilla deploy} does it; talking to the daemon never blocks the UI thread.
 */
public final class DeployWizard extends Wizard implements IWorkbenchWizard {

    private final Path modelFile;
    private final DeployHostPage hostPage = new DeployHostPage();
    private final DeployPlanPage planPage = new DeployPlanPage(this);
    private Cluster cluster;
    private Plan plan;

    /** Deploys the model saved in {@code modelFile} (the file, not an editor's unsaved changes). */
    public DeployWizard(Path modelFile) {
        this.modelFile = modelFile;
        setWindowTitle("Deploy " + modelFile.getFileName());
        setNeedsProgressMonitor(true);
    }

    /** Nothing to take from the workbench: the model file is given to the constructor. */
    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
    }

    @Override
    public void addPages() {
        addPage(hostPage);
        addPage(planPage);
    }

    @Override
    public boolean canFinish() {
        return getContainer().getCurrentPage() == planPage && plan != null && plan.problems().isEmpty();
    }

    /** The plan for the host page's daemon, computed off the UI thread; null (and the reason shown) when it fails. */
    Plan computePlan() {
        plan = null;
        String host = hostPage.host();
        Path tlsDir = hostPage.tlsDir();
        try {
            getContainer().run(true, false, monitor -> {
                monitor.beginTask("Reading the swarm at " + host, IProgressMonitor.UNKNOWN);
                try (Engine engine = Engine.connect(host, tlsDir)) {
                    cluster = Models.load(modelFile);
                    plan = Planner.plan(cluster, LiveSwarm.read(engine), modelFile.toAbsolutePath().getParent());
                } catch (EngineException | ModelLoadException e) {
                    throw new InvocationTargetException(e, e.getMessage());
                } finally {
                    monitor.done();
                }
            });
            planPage.setErrorMessage(null);
        } catch (InvocationTargetException e) {
            planPage.setErrorMessage(e.getCause().getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return plan;
    }

    @Override
    public boolean performFinish() {
        if (plan == null || plan.isEmpty()) {
            return true;
        }
        String host = hostPage.host();
        Path tlsDir = hostPage.tlsDir();
        Plan toApply = plan;
        try {
            getContainer().run(true, true, monitor -> {
                monitor.beginTask("Deploying to " + host, toApply.changes().size());
                try (Engine engine = Engine.connect(host, tlsDir)) {
                    new Applier(engine, cluster, modelFile.toAbsolutePath().getParent()).apply(toApply,
                            new Applier.Listener() {
                                @Override
                                public void applying(Change change, int index, int total) {
                                    if (monitor.isCanceled()) {
                                        // What is applied stays; the next deploy plans the rest.
                                        throw new OperationCanceledException();
                                    }
                                    monitor.subTask(
                                            change.action().verb + " " + change.kind().noun() + " " + change.name());
                                }

                                @Override
                                public void applied(Change change, int index, int total) {
                                    monitor.worked(1);
                                }
                            });
                } catch (EngineException e) {
                    throw new InvocationTargetException(e, e.getMessage());
                } catch (OperationCanceledException e) {
                    throw new InterruptedException("cancelled");
                } finally {
                    monitor.done();
                }
            });
            return true;
        } catch (InvocationTargetException e) {
            planPage.setErrorMessage(e.getCause().getMessage());
            return false;
        } catch (InterruptedException e) {
            planPage.setErrorMessage("Cancelled; what was applied stays, and the next deploy plans the rest.");
            return false;
        }
    }

    @Override
    public IWizardPage getNextPage(IWizardPage page) {
        return page == hostPage ? planPage : null;
    }
}
