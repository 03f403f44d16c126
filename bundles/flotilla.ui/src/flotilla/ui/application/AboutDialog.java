package flotilla.ui.application;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;

/** Names the product and its exact build, which is what a bug report needs. */
public final class AboutDialog extends Dialog {

    private Image logo;

    public AboutDialog(Shell parent) {
        super(parent);
    }

    /** {@code Flotilla 0.1.0 (build 202611300312)}, from the bundle that carries the product. */
    public static String versionText() {
        Version version = FrameworkUtil.getBundle(AboutDialog.class).getVersion();
        return "Flotilla " + version.getMajor() + "." + version.getMinor() + "." + version.getMicro()
                + (version.getQualifier().isEmpty() ? "" : " (build " + version.getQualifier() + ")");
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("About Flotilla");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        ((GridLayout) area.getLayout()).numColumns = 2;
        logo = AbstractUIPlugin.imageDescriptorFromPlugin("flotilla.ui", "icons/flotilla48.png").createImage();
        Label image = new Label(area, SWT.NONE);
        image.setImage(logo);
        image.setLayoutData(new GridData(SWT.BEGINNING, SWT.BEGINNING, false, false));
        Label text = new Label(area, SWT.WRAP);
        text.setText(versionText() + "\n\n"
                + "A desktop modeler for Docker Swarm clusters: describe nodes, services and networks,\n"
                + "see where swarm would schedule them and what a failure would do, then deploy.");
        text.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
    }

    @Override
    public boolean close() {
        boolean closed = super.close();
        if (closed && logo != null) {
            logo.dispose();
        }
        return closed;
    }
}
