/**
 */
package flotilla.model.impl;

import flotilla.model.ModelPackage;
import flotilla.model.TcpEndpoint;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Tcp Endpoint</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link flotilla.model.impl.TcpEndpointImpl#getHost <em>Host</em>}</li>
 *   <li>{@link flotilla.model.impl.TcpEndpointImpl#getPort <em>Port</em>}</li>
 *   <li>{@link flotilla.model.impl.TcpEndpointImpl#isTls <em>Tls</em>}</li>
 *   <li>{@link flotilla.model.impl.TcpEndpointImpl#getCaCertPath <em>Ca Cert Path</em>}</li>
 *   <li>{@link flotilla.model.impl.TcpEndpointImpl#getCertPath <em>Cert Path</em>}</li>
 *   <li>{@link flotilla.model.impl.TcpEndpointImpl#getKeyPath <em>Key Path</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TcpEndpointImpl extends EngineEndpointImpl implements TcpEndpoint {
	/**
	 * The default value of the '{@link #getHost() <em>Host</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHost()
	 * @generated
	 * @ordered
	 */
	protected static final String HOST_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHost() <em>Host</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHost()
	 * @generated
	 * @ordered
	 */
	protected String host = HOST_EDEFAULT;

	/**
	 * The default value of the '{@link #getPort() <em>Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPort()
	 * @generated
	 * @ordered
	 */
	protected static final int PORT_EDEFAULT = 2376;

	/**
	 * The cached value of the '{@link #getPort() <em>Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPort()
	 * @generated
	 * @ordered
	 */
	protected int port = PORT_EDEFAULT;

	/**
	 * The default value of the '{@link #isTls() <em>Tls</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isTls()
	 * @generated
	 * @ordered
	 */
	protected static final boolean TLS_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isTls() <em>Tls</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isTls()
	 * @generated
	 * @ordered
	 */
	protected boolean tls = TLS_EDEFAULT;

	/**
	 * The default value of the '{@link #getCaCertPath() <em>Ca Cert Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCaCertPath()
	 * @generated
	 * @ordered
	 */
	protected static final String CA_CERT_PATH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCaCertPath() <em>Ca Cert Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCaCertPath()
	 * @generated
	 * @ordered
	 */
	protected String caCertPath = CA_CERT_PATH_EDEFAULT;

	/**
	 * The default value of the '{@link #getCertPath() <em>Cert Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCertPath()
	 * @generated
	 * @ordered
	 */
	protected static final String CERT_PATH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCertPath() <em>Cert Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCertPath()
	 * @generated
	 * @ordered
	 */
	protected String certPath = CERT_PATH_EDEFAULT;

	/**
	 * The default value of the '{@link #getKeyPath() <em>Key Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKeyPath()
	 * @generated
	 * @ordered
	 */
	protected static final String KEY_PATH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getKeyPath() <em>Key Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKeyPath()
	 * @generated
	 * @ordered
	 */
	protected String keyPath = KEY_PATH_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TcpEndpointImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.TCP_ENDPOINT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getHost() {
		return host;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHost(String newHost) {
		String oldHost = host;
		host = newHost;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.TCP_ENDPOINT__HOST, oldHost, host));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPort() {
		return port;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPort(int newPort) {
		int oldPort = port;
		port = newPort;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.TCP_ENDPOINT__PORT, oldPort, port));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isTls() {
		return tls;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTls(boolean newTls) {
		boolean oldTls = tls;
		tls = newTls;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.TCP_ENDPOINT__TLS, oldTls, tls));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCaCertPath() {
		return caCertPath;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCaCertPath(String newCaCertPath) {
		String oldCaCertPath = caCertPath;
		caCertPath = newCaCertPath;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.TCP_ENDPOINT__CA_CERT_PATH, oldCaCertPath, caCertPath));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCertPath() {
		return certPath;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCertPath(String newCertPath) {
		String oldCertPath = certPath;
		certPath = newCertPath;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.TCP_ENDPOINT__CERT_PATH, oldCertPath, certPath));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getKeyPath() {
		return keyPath;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKeyPath(String newKeyPath) {
		String oldKeyPath = keyPath;
		keyPath = newKeyPath;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.TCP_ENDPOINT__KEY_PATH, oldKeyPath, keyPath));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.TCP_ENDPOINT__HOST:
				return getHost();
			case ModelPackage.TCP_ENDPOINT__PORT:
				return getPort();
			case ModelPackage.TCP_ENDPOINT__TLS:
				return isTls();
			case ModelPackage.TCP_ENDPOINT__CA_CERT_PATH:
				return getCaCertPath();
			case ModelPackage.TCP_ENDPOINT__CERT_PATH:
				return getCertPath();
			case ModelPackage.TCP_ENDPOINT__KEY_PATH:
				return getKeyPath();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ModelPackage.TCP_ENDPOINT__HOST:
				setHost((String)newValue);
				return;
			case ModelPackage.TCP_ENDPOINT__PORT:
				setPort((Integer)newValue);
				return;
			case ModelPackage.TCP_ENDPOINT__TLS:
				setTls((Boolean)newValue);
				return;
			case ModelPackage.TCP_ENDPOINT__CA_CERT_PATH:
				setCaCertPath((String)newValue);
				return;
			case ModelPackage.TCP_ENDPOINT__CERT_PATH:
				setCertPath((String)newValue);
				return;
			case ModelPackage.TCP_ENDPOINT__KEY_PATH:
				setKeyPath((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case ModelPackage.TCP_ENDPOINT__HOST:
				setHost(HOST_EDEFAULT);
				return;
			case ModelPackage.TCP_ENDPOINT__PORT:
				setPort(PORT_EDEFAULT);
				return;
			case ModelPackage.TCP_ENDPOINT__TLS:
				setTls(TLS_EDEFAULT);
				return;
			case ModelPackage.TCP_ENDPOINT__CA_CERT_PATH:
				setCaCertPath(CA_CERT_PATH_EDEFAULT);
				return;
			case ModelPackage.TCP_ENDPOINT__CERT_PATH:
				setCertPath(CERT_PATH_EDEFAULT);
				return;
			case ModelPackage.TCP_ENDPOINT__KEY_PATH:
				setKeyPath(KEY_PATH_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case ModelPackage.TCP_ENDPOINT__HOST:
				return HOST_EDEFAULT == null ? host != null : !HOST_EDEFAULT.equals(host);
			case ModelPackage.TCP_ENDPOINT__PORT:
				return port != PORT_EDEFAULT;
			case ModelPackage.TCP_ENDPOINT__TLS:
				return tls != TLS_EDEFAULT;
			case ModelPackage.TCP_ENDPOINT__CA_CERT_PATH:
				return CA_CERT_PATH_EDEFAULT == null ? caCertPath != null : !CA_CERT_PATH_EDEFAULT.equals(caCertPath);
			case ModelPackage.TCP_ENDPOINT__CERT_PATH:
				return CERT_PATH_EDEFAULT == null ? certPath != null : !CERT_PATH_EDEFAULT.equals(certPath);
			case ModelPackage.TCP_ENDPOINT__KEY_PATH:
				return KEY_PATH_EDEFAULT == null ? keyPath != null : !KEY_PATH_EDEFAULT.equals(keyPath);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (host: ");
		result.append(host);
		result.append(", port: ");
		result.append(port);
		result.append(", tls: ");
		result.append(tls);
		result.append(", caCertPath: ");
		result.append(caCertPath);
		result.append(", certPath: ");
		result.append(certPath);
		result.append(", keyPath: ");
		result.append(keyPath);
		result.append(')');
		return result.toString();
	}

} //TcpEndpointImpl
