package flotilla.ui.wizards;

import java.lang.reflect.InvocationTargetException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.wizard.IWizardContainer;

/** Work a wizard does off the UI thread, with the wizard's progress bar showing, and its failure as a message. */
final class InBackground {

    /** The work; it must not touch widgets. */
    @FunctionalInterface
    interface Work {
        void run() throws Exception;
    }

    private InBackground() {
    }

    /** Runs {@code work} in a background thread; returns why it failed, or null when it succeeded. */
    static String run(IWizardContainer container, String task, Work work) {
        try {
            container.run(true, false, monitor -> {
                monitor.beginTask(task, IProgressMonitor.UNKNOWN);
                try {
                    work.run();
                } catch (Exception e) {
                    throw new InvocationTargetException(e);
                } finally {
                    monitor.done();
                }
            });
            return null;
        } catch (InvocationTargetException e) {
            return e.getCause().getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return task + " was interrupted";
        }
    }
}
