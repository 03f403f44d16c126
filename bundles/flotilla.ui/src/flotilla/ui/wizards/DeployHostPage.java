package flotilla.ui.wizards;

import java.nio.file.Path;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** The swarm manager's daemon to deploy to, as docker's --host and --tlsverify with a certificate folder. */
final class DeployHostPage extends WizardPage {

    private Text host;
    private Text tlsDir;

    DeployHostPage() {
        super("host", "Swarm manager", null);
        setDescription("The Docker daemon of a swarm manager: unix:///PATH or tcp://HOST:2376.");
    }

    @Override
    public void createControl(Composite parent) {
        Composite composite = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(composite);
        new Label(composite, SWT.NONE).setText("&Host:");
        host = new Text(composite, SWT.BORDER);
        host.setText("unix:///var/run/docker.sock");
        host.setData("name", "host");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(host);
        new Label(composite, SWT.NONE).setText("&TLS folder:");
        tlsDir = new Text(composite, SWT.BORDER);
        tlsDir.setMessage("ca.pem, cert.pem and key.pem (empty: no TLS)");
        tlsDir.setData("name", "tlsDir");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(tlsDir);
        host.addModifyListener(event -> setPageComplete(!host.getText().isBlank()));
        setControl(composite);
    }

    String host() {
        return host.getText().strip();
    }

    Path tlsDir() {
        return tlsDir.getText().isBlank() ? null : Path.of(tlsDir.getText().strip());
    }
}
