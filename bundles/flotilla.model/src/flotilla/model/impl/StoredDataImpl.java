/**
 */
package flotilla.model.impl;

import flotilla.model.Label;
import flotilla.model.ModelPackage;
import flotilla.model.StoredData;

import java.lang.reflect.InvocationTargetException;
import java.util.Collection;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.notify.NotificationChain;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Stored Data</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link flotilla.model.impl.StoredDataImpl#getFile <em>File</em>}</li>
 *   <li>{@link flotilla.model.impl.StoredDataImpl#isExternal <em>External</em>}</li>
 *   <li>{@link flotilla.model.impl.StoredDataImpl#getSwarmName <em>Swarm Name</em>}</li>
 *   <li>{@link flotilla.model.impl.StoredDataImpl#getLabels <em>Labels</em>}</li>
 *   <li>{@link flotilla.model.impl.StoredDataImpl#getDriver <em>Driver</em>}</li>
 *   <li>{@link flotilla.model.impl.StoredDataImpl#getDriverOptions <em>Driver Options</em>}</li>
 *   <li>{@link flotilla.model.impl.StoredDataImpl#getTemplateDriver <em>Template Driver</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class StoredDataImpl extends NamedElementImpl implements StoredData {
	/**
	 * The default value of the '{@link #getFile() <em>File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFile()
	 * @generated
	 * @ordered
	 */
	protected static final String FILE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFile() <em>File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFile()
	 * @generated
	 * @ordered
	 */
	protected String file = FILE_EDEFAULT;

	/**
	 * The default value of the '{@link #isExternal() <em>External</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isExternal()
	 * @generated
	 * @ordered
	 */
	protected static final boolean EXTERNAL_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isExternal() <em>External</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isExternal()
	 * @generated
	 * @ordered
	 */
	protected boolean external = EXTERNAL_EDEFAULT;

	/**
	 * The default value of the '{@link #getSwarmName() <em>Swarm Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSwarmName()
	 * @generated
	 * @ordered
	 */
	protected static final String SWARM_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSwarmName() <em>Swarm Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSwarmName()
	 * @generated
	 * @ordered
	 */
	protected String swarmName = SWARM_NAME_EDEFAULT;

	/**
	 * The cached value of the '{@link #getLabels() <em>Labels</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabels()
	 * @generated
	 * @ordered
	 */
	protected EList<Label> labels;

	/**
	 * The default value of the '{@link #getDriver() <em>Driver</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDriver()
	 * @generated
	 * @ordered
	 */
	protected static final String DRIVER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDriver() <em>Driver</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDriver()
	 * @generated
	 * @ordered
	 */
	protected String driver = DRIVER_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDriverOptions() <em>Driver Options</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDriverOptions()
	 * @generated
	 * @ordered
	 */
	protected EList<Label> driverOptions;

	/**
	 * The default value of the '{@link #getTemplateDriver() <em>Template Driver</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTemplateDriver()
	 * @generated
	 * @ordered
	 */
	protected static final String TEMPLATE_DRIVER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTemplateDriver() <em>Template Driver</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTemplateDriver()
	 * @generated
	 * @ordered
	 */
	protected String templateDriver = TEMPLATE_DRIVER_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StoredDataImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.STORED_DATA;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFile() {
		return file;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFile(String newFile) {
		String oldFile = file;
		file = newFile;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.STORED_DATA__FILE, oldFile, file));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isExternal() {
		return external;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExternal(boolean newExternal) {
		boolean oldExternal = external;
		external = newExternal;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.STORED_DATA__EXTERNAL, oldExternal, external));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSwarmName() {
		return swarmName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSwarmName(String newSwarmName) {
		String oldSwarmName = swarmName;
		swarmName = newSwarmName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.STORED_DATA__SWARM_NAME, oldSwarmName, swarmName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Label> getLabels() {
		if (labels == null) {
			labels = new EObjectContainmentEList<Label>(Label.class, this, ModelPackage.STORED_DATA__LABELS);
		}
		return labels;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDriver() {
		return driver;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDriver(String newDriver) {
		String oldDriver = driver;
		driver = newDriver;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.STORED_DATA__DRIVER, oldDriver, driver));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Label> getDriverOptions() {
		if (driverOptions == null) {
			driverOptions = new EObjectContainmentEList<Label>(Label.class, this, ModelPackage.STORED_DATA__DRIVER_OPTIONS);
		}
		return driverOptions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTemplateDriver() {
		return templateDriver;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTemplateDriver(String newTemplateDriver) {
		String oldTemplateDriver = templateDriver;
		templateDriver = newTemplateDriver;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.STORED_DATA__TEMPLATE_DRIVER, oldTemplateDriver, templateDriver));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String qualifiedName() {
		if (getSwarmName() != null && !getSwarmName().isEmpty()) {
			return getSwarmName();
		}
		return getName();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ModelPackage.STORED_DATA__LABELS:
				return ((InternalEList<?>)getLabels()).basicRemove(otherEnd, msgs);
			case ModelPackage.STORED_DATA__DRIVER_OPTIONS:
				return ((InternalEList<?>)getDriverOptions()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.STORED_DATA__FILE:
				return getFile();
			case ModelPackage.STORED_DATA__EXTERNAL:
				return isExternal();
			case ModelPackage.STORED_DATA__SWARM_NAME:
				return getSwarmName();
			case ModelPackage.STORED_DATA__LABELS:
				return getLabels();
			case ModelPackage.STORED_DATA__DRIVER:
				return getDriver();
			case ModelPackage.STORED_DATA__DRIVER_OPTIONS:
				return getDriverOptions();
			case ModelPackage.STORED_DATA__TEMPLATE_DRIVER:
				return getTemplateDriver();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ModelPackage.STORED_DATA__FILE:
				setFile((String)newValue);
				return;
			case ModelPackage.STORED_DATA__EXTERNAL:
				setExternal((Boolean)newValue);
				return;
			case ModelPackage.STORED_DATA__SWARM_NAME:
				setSwarmName((String)newValue);
				return;
			case ModelPackage.STORED_DATA__LABELS:
				getLabels().clear();
				getLabels().addAll((Collection<? extends Label>)newValue);
				return;
			case ModelPackage.STORED_DATA__DRIVER:
				setDriver((String)newValue);
				return;
			case ModelPackage.STORED_DATA__DRIVER_OPTIONS:
				getDriverOptions().clear();
				getDriverOptions().addAll((Collection<? extends Label>)newValue);
				return;
			case ModelPackage.STORED_DATA__TEMPLATE_DRIVER:
				setTemplateDriver((String)newValue);
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
			case ModelPackage.STORED_DATA__FILE:
				setFile(FILE_EDEFAULT);
				return;
			case ModelPackage.STORED_DATA__EXTERNAL:
				setExternal(EXTERNAL_EDEFAULT);
				return;
			case ModelPackage.STORED_DATA__SWARM_NAME:
				setSwarmName(SWARM_NAME_EDEFAULT);
				return;
			case ModelPackage.STORED_DATA__LABELS:
				getLabels().clear();
				return;
			case ModelPackage.STORED_DATA__DRIVER:
				setDriver(DRIVER_EDEFAULT);
				return;
			case ModelPackage.STORED_DATA__DRIVER_OPTIONS:
				getDriverOptions().clear();
				return;
			case ModelPackage.STORED_DATA__TEMPLATE_DRIVER:
				setTemplateDriver(TEMPLATE_DRIVER_EDEFAULT);
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
			case ModelPackage.STORED_DATA__FILE:
				return FILE_EDEFAULT == null ? file != null : !FILE_EDEFAULT.equals(file);
			case ModelPackage.STORED_DATA__EXTERNAL:
				return external != EXTERNAL_EDEFAULT;
			case ModelPackage.STORED_DATA__SWARM_NAME:
				return SWARM_NAME_EDEFAULT == null ? swarmName != null : !SWARM_NAME_EDEFAULT.equals(swarmName);
			case ModelPackage.STORED_DATA__LABELS:
				return labels != null && !labels.isEmpty();
			case ModelPackage.STORED_DATA__DRIVER:
				return DRIVER_EDEFAULT == null ? driver != null : !DRIVER_EDEFAULT.equals(driver);
			case ModelPackage.STORED_DATA__DRIVER_OPTIONS:
				return driverOptions != null && !driverOptions.isEmpty();
			case ModelPackage.STORED_DATA__TEMPLATE_DRIVER:
				return TEMPLATE_DRIVER_EDEFAULT == null ? templateDriver != null : !TEMPLATE_DRIVER_EDEFAULT.equals(templateDriver);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eInvoke(int operationID, EList<?> arguments) throws InvocationTargetException {
		switch (operationID) {
			case ModelPackage.STORED_DATA___QUALIFIED_NAME:
				return qualifiedName();
		}
		return super.eInvoke(operationID, arguments);
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
		result.append(" (file: ");
		result.append(file);
		result.append(", external: ");
		result.append(external);
		result.append(", swarmName: ");
		result.append(swarmName);
		result.append(", driver: ");
		result.append(driver);
		result.append(", templateDriver: ");
		result.append(templateDriver);
		result.append(')');
		return result.toString();
	}

} //StoredDataImpl
