/**
 */
package flotilla.model.impl;

import flotilla.model.Label;
import flotilla.model.ModelPackage;
import flotilla.model.Network;
import flotilla.model.NetworkDriver;
import flotilla.model.NetworkScope;
import flotilla.model.Stack;

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
 * An implementation of the model object '<em><b>Network</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link flotilla.model.impl.NetworkImpl#getDriver <em>Driver</em>}</li>
 *   <li>{@link flotilla.model.impl.NetworkImpl#getScope <em>Scope</em>}</li>
 *   <li>{@link flotilla.model.impl.NetworkImpl#isAttachable <em>Attachable</em>}</li>
 *   <li>{@link flotilla.model.impl.NetworkImpl#isInternal <em>Internal</em>}</li>
 *   <li>{@link flotilla.model.impl.NetworkImpl#isEncrypted <em>Encrypted</em>}</li>
 *   <li>{@link flotilla.model.impl.NetworkImpl#isIngress <em>Ingress</em>}</li>
 *   <li>{@link flotilla.model.impl.NetworkImpl#isImplicit <em>Implicit</em>}</li>
 *   <li>{@link flotilla.model.impl.NetworkImpl#getSubnet <em>Subnet</em>}</li>
 *   <li>{@link flotilla.model.impl.NetworkImpl#getGateway <em>Gateway</em>}</li>
 *   <li>{@link flotilla.model.impl.NetworkImpl#isExternal <em>External</em>}</li>
 *   <li>{@link flotilla.model.impl.NetworkImpl#getSwarmName <em>Swarm Name</em>}</li>
 *   <li>{@link flotilla.model.impl.NetworkImpl#getLabels <em>Labels</em>}</li>
 *   <li>{@link flotilla.model.impl.NetworkImpl#getDriverOptions <em>Driver Options</em>}</li>
 *   <li>{@link flotilla.model.impl.NetworkImpl#getIpamDriver <em>Ipam Driver</em>}</li>
 *   <li>{@link flotilla.model.impl.NetworkImpl#getIpamOptions <em>Ipam Options</em>}</li>
 * </ul>
 *
 * @generated
 */
public class NetworkImpl extends NamedElementImpl implements Network {
	/**
	 * The default value of the '{@link #getDriver() <em>Driver</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDriver()
	 * @generated
	 * @ordered
	 */
	protected static final NetworkDriver DRIVER_EDEFAULT = NetworkDriver.OVERLAY;

	/**
	 * The cached value of the '{@link #getDriver() <em>Driver</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDriver()
	 * @generated
	 * @ordered
	 */
	protected NetworkDriver driver = DRIVER_EDEFAULT;

	/**
	 * The default value of the '{@link #getScope() <em>Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScope()
	 * @generated
	 * @ordered
	 */
	protected static final NetworkScope SCOPE_EDEFAULT = NetworkScope.SWARM;

	/**
	 * The cached value of the '{@link #getScope() <em>Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScope()
	 * @generated
	 * @ordered
	 */
	protected NetworkScope scope = SCOPE_EDEFAULT;

	/**
	 * The default value of the '{@link #isAttachable() <em>Attachable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAttachable()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ATTACHABLE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isAttachable() <em>Attachable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAttachable()
	 * @generated
	 * @ordered
	 */
	protected boolean attachable = ATTACHABLE_EDEFAULT;

	/**
	 * The default value of the '{@link #isInternal() <em>Internal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isInternal()
	 * @generated
	 * @ordered
	 */
	protected static final boolean INTERNAL_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isInternal() <em>Internal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isInternal()
	 * @generated
	 * @ordered
	 */
	protected boolean internal = INTERNAL_EDEFAULT;

	/**
	 * The default value of the '{@link #isEncrypted() <em>Encrypted</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEncrypted()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ENCRYPTED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isEncrypted() <em>Encrypted</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEncrypted()
	 * @generated
	 * @ordered
	 */
	protected boolean encrypted = ENCRYPTED_EDEFAULT;

	/**
	 * The default value of the '{@link #isIngress() <em>Ingress</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isIngress()
	 * @generated
	 * @ordered
	 */
	protected static final boolean INGRESS_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isIngress() <em>Ingress</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isIngress()
	 * @generated
	 * @ordered
	 */
	protected boolean ingress = INGRESS_EDEFAULT;

	/**
	 * The default value of the '{@link #isImplicit() <em>Implicit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isImplicit()
	 * @generated
	 * @ordered
	 */
	protected static final boolean IMPLICIT_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isImplicit() <em>Implicit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isImplicit()
	 * @generated
	 * @ordered
	 */
	protected boolean implicit = IMPLICIT_EDEFAULT;

	/**
	 * The default value of the '{@link #getSubnet() <em>Subnet</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubnet()
	 * @generated
	 * @ordered
	 */
	protected static final String SUBNET_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSubnet() <em>Subnet</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubnet()
	 * @generated
	 * @ordered
	 */
	protected String subnet = SUBNET_EDEFAULT;

	/**
	 * The default value of the '{@link #getGateway() <em>Gateway</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGateway()
	 * @generated
	 * @ordered
	 */
	protected static final String GATEWAY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getGateway() <em>Gateway</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGateway()
	 * @generated
	 * @ordered
	 */
	protected String gateway = GATEWAY_EDEFAULT;

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
	 * The cached value of the '{@link #getDriverOptions() <em>Driver Options</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDriverOptions()
	 * @generated
	 * @ordered
	 */
	protected EList<Label> driverOptions;

	/**
	 * The default value of the '{@link #getIpamDriver() <em>Ipam Driver</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIpamDriver()
	 * @generated
	 * @ordered
	 */
	protected static final String IPAM_DRIVER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getIpamDriver() <em>Ipam Driver</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIpamDriver()
	 * @generated
	 * @ordered
	 */
	protected String ipamDriver = IPAM_DRIVER_EDEFAULT;

	/**
	 * The cached value of the '{@link #getIpamOptions() <em>Ipam Options</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIpamOptions()
	 * @generated
	 * @ordered
	 */
	protected EList<Label> ipamOptions;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected NetworkImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.NETWORK;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NetworkDriver getDriver() {
		return driver;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDriver(NetworkDriver newDriver) {
		NetworkDriver oldDriver = driver;
		driver = newDriver == null ? DRIVER_EDEFAULT : newDriver;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.NETWORK__DRIVER, oldDriver, driver));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NetworkScope getScope() {
		return scope;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScope(NetworkScope newScope) {
		NetworkScope oldScope = scope;
		scope = newScope == null ? SCOPE_EDEFAULT : newScope;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.NETWORK__SCOPE, oldScope, scope));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isAttachable() {
		return attachable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAttachable(boolean newAttachable) {
		boolean oldAttachable = attachable;
		attachable = newAttachable;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.NETWORK__ATTACHABLE, oldAttachable, attachable));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isInternal() {
		return internal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInternal(boolean newInternal) {
		boolean oldInternal = internal;
		internal = newInternal;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.NETWORK__INTERNAL, oldInternal, internal));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isEncrypted() {
		return encrypted;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEncrypted(boolean newEncrypted) {
		boolean oldEncrypted = encrypted;
		encrypted = newEncrypted;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.NETWORK__ENCRYPTED, oldEncrypted, encrypted));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isIngress() {
		return ingress;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIngress(boolean newIngress) {
		boolean oldIngress = ingress;
		ingress = newIngress;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.NETWORK__INGRESS, oldIngress, ingress));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isImplicit() {
		return implicit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setImplicit(boolean newImplicit) {
		boolean oldImplicit = implicit;
		implicit = newImplicit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.NETWORK__IMPLICIT, oldImplicit, implicit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSubnet() {
		return subnet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSubnet(String newSubnet) {
		String oldSubnet = subnet;
		subnet = newSubnet;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.NETWORK__SUBNET, oldSubnet, subnet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getGateway() {
		return gateway;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGateway(String newGateway) {
		String oldGateway = gateway;
		gateway = newGateway;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.NETWORK__GATEWAY, oldGateway, gateway));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.NETWORK__EXTERNAL, oldExternal, external));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.NETWORK__SWARM_NAME, oldSwarmName, swarmName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Label> getLabels() {
		if (labels == null) {
			labels = new EObjectContainmentEList<Label>(Label.class, this, ModelPackage.NETWORK__LABELS);
		}
		return labels;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Label> getDriverOptions() {
		if (driverOptions == null) {
			driverOptions = new EObjectContainmentEList<Label>(Label.class, this, ModelPackage.NETWORK__DRIVER_OPTIONS);
		}
		return driverOptions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getIpamDriver() {
		return ipamDriver;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIpamDriver(String newIpamDriver) {
		String oldIpamDriver = ipamDriver;
		ipamDriver = newIpamDriver;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.NETWORK__IPAM_DRIVER, oldIpamDriver, ipamDriver));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Label> getIpamOptions() {
		if (ipamOptions == null) {
			ipamOptions = new EObjectContainmentEList<Label>(Label.class, this, ModelPackage.NETWORK__IPAM_OPTIONS);
		}
		return ipamOptions;
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
		return eContainer() instanceof Stack stack ? stack.getName() + "_" + getName() : getName();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ModelPackage.NETWORK__LABELS:
				return ((InternalEList<?>)getLabels()).basicRemove(otherEnd, msgs);
			case ModelPackage.NETWORK__DRIVER_OPTIONS:
				return ((InternalEList<?>)getDriverOptions()).basicRemove(otherEnd, msgs);
			case ModelPackage.NETWORK__IPAM_OPTIONS:
				return ((InternalEList<?>)getIpamOptions()).basicRemove(otherEnd, msgs);
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
			case ModelPackage.NETWORK__DRIVER:
				return getDriver();
			case ModelPackage.NETWORK__SCOPE:
				return getScope();
			case ModelPackage.NETWORK__ATTACHABLE:
				return isAttachable();
			case ModelPackage.NETWORK__INTERNAL:
				return isInternal();
			case ModelPackage.NETWORK__ENCRYPTED:
				return isEncrypted();
			case ModelPackage.NETWORK__INGRESS:
				return isIngress();
			case ModelPackage.NETWORK__IMPLICIT:
				return isImplicit();
			case ModelPackage.NETWORK__SUBNET:
				return getSubnet();
			case ModelPackage.NETWORK__GATEWAY:
				return getGateway();
			case ModelPackage.NETWORK__EXTERNAL:
				return isExternal();
			case ModelPackage.NETWORK__SWARM_NAME:
				return getSwarmName();
			case ModelPackage.NETWORK__LABELS:
				return getLabels();
			case ModelPackage.NETWORK__DRIVER_OPTIONS:
				return getDriverOptions();
			case ModelPackage.NETWORK__IPAM_DRIVER:
				return getIpamDriver();
			case ModelPackage.NETWORK__IPAM_OPTIONS:
				return getIpamOptions();
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
			case ModelPackage.NETWORK__DRIVER:
				setDriver((NetworkDriver)newValue);
				return;
			case ModelPackage.NETWORK__SCOPE:
				setScope((NetworkScope)newValue);
				return;
			case ModelPackage.NETWORK__ATTACHABLE:
				setAttachable((Boolean)newValue);
				return;
			case ModelPackage.NETWORK__INTERNAL:
				setInternal((Boolean)newValue);
				return;
			case ModelPackage.NETWORK__ENCRYPTED:
				setEncrypted((Boolean)newValue);
				return;
			case ModelPackage.NETWORK__INGRESS:
				setIngress((Boolean)newValue);
				return;
			case ModelPackage.NETWORK__IMPLICIT:
				setImplicit((Boolean)newValue);
				return;
			case ModelPackage.NETWORK__SUBNET:
				setSubnet((String)newValue);
				return;
			case ModelPackage.NETWORK__GATEWAY:
				setGateway((String)newValue);
				return;
			case ModelPackage.NETWORK__EXTERNAL:
				setExternal((Boolean)newValue);
				return;
			case ModelPackage.NETWORK__SWARM_NAME:
				setSwarmName((String)newValue);
				return;
			case ModelPackage.NETWORK__LABELS:
				getLabels().clear();
				getLabels().addAll((Collection<? extends Label>)newValue);
				return;
			case ModelPackage.NETWORK__DRIVER_OPTIONS:
				getDriverOptions().clear();
				getDriverOptions().addAll((Collection<? extends Label>)newValue);
				return;
			case ModelPackage.NETWORK__IPAM_DRIVER:
				setIpamDriver((String)newValue);
				return;
			case ModelPackage.NETWORK__IPAM_OPTIONS:
				getIpamOptions().clear();
				getIpamOptions().addAll((Collection<? extends Label>)newValue);
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
			case ModelPackage.NETWORK__DRIVER:
				setDriver(DRIVER_EDEFAULT);
				return;
			case ModelPackage.NETWORK__SCOPE:
				setScope(SCOPE_EDEFAULT);
				return;
			case ModelPackage.NETWORK__ATTACHABLE:
				setAttachable(ATTACHABLE_EDEFAULT);
				return;
			case ModelPackage.NETWORK__INTERNAL:
				setInternal(INTERNAL_EDEFAULT);
				return;
			case ModelPackage.NETWORK__ENCRYPTED:
				setEncrypted(ENCRYPTED_EDEFAULT);
				return;
			case ModelPackage.NETWORK__INGRESS:
				setIngress(INGRESS_EDEFAULT);
				return;
			case ModelPackage.NETWORK__IMPLICIT:
				setImplicit(IMPLICIT_EDEFAULT);
				return;
			case ModelPackage.NETWORK__SUBNET:
				setSubnet(SUBNET_EDEFAULT);
				return;
			case ModelPackage.NETWORK__GATEWAY:
				setGateway(GATEWAY_EDEFAULT);
				return;
			case ModelPackage.NETWORK__EXTERNAL:
				setExternal(EXTERNAL_EDEFAULT);
				return;
			case ModelPackage.NETWORK__SWARM_NAME:
				setSwarmName(SWARM_NAME_EDEFAULT);
				return;
			case ModelPackage.NETWORK__LABELS:
				getLabels().clear();
				return;
			case ModelPackage.NETWORK__DRIVER_OPTIONS:
				getDriverOptions().clear();
				return;
			case ModelPackage.NETWORK__IPAM_DRIVER:
				setIpamDriver(IPAM_DRIVER_EDEFAULT);
				return;
			case ModelPackage.NETWORK__IPAM_OPTIONS:
				getIpamOptions().clear();
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
			case ModelPackage.NETWORK__DRIVER:
				return driver != DRIVER_EDEFAULT;
			case ModelPackage.NETWORK__SCOPE:
				return scope != SCOPE_EDEFAULT;
			case ModelPackage.NETWORK__ATTACHABLE:
				return attachable != ATTACHABLE_EDEFAULT;
			case ModelPackage.NETWORK__INTERNAL:
				return internal != INTERNAL_EDEFAULT;
			case ModelPackage.NETWORK__ENCRYPTED:
				return encrypted != ENCRYPTED_EDEFAULT;
			case ModelPackage.NETWORK__INGRESS:
				return ingress != INGRESS_EDEFAULT;
			case ModelPackage.NETWORK__IMPLICIT:
				return implicit != IMPLICIT_EDEFAULT;
			case ModelPackage.NETWORK__SUBNET:
				return SUBNET_EDEFAULT == null ? subnet != null : !SUBNET_EDEFAULT.equals(subnet);
			case ModelPackage.NETWORK__GATEWAY:
				return GATEWAY_EDEFAULT == null ? gateway != null : !GATEWAY_EDEFAULT.equals(gateway);
			case ModelPackage.NETWORK__EXTERNAL:
				return external != EXTERNAL_EDEFAULT;
			case ModelPackage.NETWORK__SWARM_NAME:
				return SWARM_NAME_EDEFAULT == null ? swarmName != null : !SWARM_NAME_EDEFAULT.equals(swarmName);
			case ModelPackage.NETWORK__LABELS:
				return labels != null && !labels.isEmpty();
			case ModelPackage.NETWORK__DRIVER_OPTIONS:
				return driverOptions != null && !driverOptions.isEmpty();
			case ModelPackage.NETWORK__IPAM_DRIVER:
				return IPAM_DRIVER_EDEFAULT == null ? ipamDriver != null : !IPAM_DRIVER_EDEFAULT.equals(ipamDriver);
			case ModelPackage.NETWORK__IPAM_OPTIONS:
				return ipamOptions != null && !ipamOptions.isEmpty();
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
			case ModelPackage.NETWORK___QUALIFIED_NAME:
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
		result.append(" (driver: ");
		result.append(driver);
		result.append(", scope: ");
		result.append(scope);
		result.append(", attachable: ");
		result.append(attachable);
		result.append(", internal: ");
		result.append(internal);
		result.append(", encrypted: ");
		result.append(encrypted);
		result.append(", ingress: ");
		result.append(ingress);
		result.append(", implicit: ");
		result.append(implicit);
		result.append(", subnet: ");
		result.append(subnet);
		result.append(", gateway: ");
		result.append(gateway);
		result.append(", external: ");
		result.append(external);
		result.append(", swarmName: ");
		result.append(swarmName);
		result.append(", ipamDriver: ");
		result.append(ipamDriver);
		result.append(')');
		return result.toString();
	}

} //NetworkImpl
