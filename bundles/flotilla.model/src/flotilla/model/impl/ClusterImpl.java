/**
 */
package flotilla.model.impl;

import flotilla.model.Cluster;
import flotilla.model.Config;
import flotilla.model.ModelPackage;
import flotilla.model.Network;
import flotilla.model.Node;
import flotilla.model.Secret;
import flotilla.model.Service;
import flotilla.model.Stack;

import flotilla.model.Volume;
import java.lang.reflect.InvocationTargetException;
import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.BasicEList;
import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Cluster</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link flotilla.model.impl.ClusterImpl#getAddressPools <em>Address Pools</em>}</li>
 *   <li>{@link flotilla.model.impl.ClusterImpl#getSubnetSize <em>Subnet Size</em>}</li>
 *   <li>{@link flotilla.model.impl.ClusterImpl#getNodes <em>Nodes</em>}</li>
 *   <li>{@link flotilla.model.impl.ClusterImpl#getNetworks <em>Networks</em>}</li>
 *   <li>{@link flotilla.model.impl.ClusterImpl#getServices <em>Services</em>}</li>
 *   <li>{@link flotilla.model.impl.ClusterImpl#getStacks <em>Stacks</em>}</li>
 *   <li>{@link flotilla.model.impl.ClusterImpl#getSecrets <em>Secrets</em>}</li>
 *   <li>{@link flotilla.model.impl.ClusterImpl#getConfigs <em>Configs</em>}</li>
 *   <li>{@link flotilla.model.impl.ClusterImpl#getVolumes <em>Volumes</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ClusterImpl extends NamedElementImpl implements Cluster {
	/**
	 * The cached value of the '{@link #getAddressPools() <em>Address Pools</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddressPools()
	 * @generated
	 * @ordered
	 */
	protected EList<String> addressPools;

	/**
	 * The default value of the '{@link #getSubnetSize() <em>Subnet Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubnetSize()
	 * @generated
	 * @ordered
	 */
	protected static final int SUBNET_SIZE_EDEFAULT = 24;

	/**
	 * The cached value of the '{@link #getSubnetSize() <em>Subnet Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubnetSize()
	 * @generated
	 * @ordered
	 */
	protected int subnetSize = SUBNET_SIZE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getNodes() <em>Nodes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNodes()
	 * @generated
	 * @ordered
	 */
	protected EList<Node> nodes;

	/**
	 * The cached value of the '{@link #getNetworks() <em>Networks</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNetworks()
	 * @generated
	 * @ordered
	 */
	protected EList<Network> networks;

	/**
	 * The cached value of the '{@link #getServices() <em>Services</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServices()
	 * @generated
	 * @ordered
	 */
	protected EList<Service> services;

	/**
	 * The cached value of the '{@link #getStacks() <em>Stacks</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStacks()
	 * @generated
	 * @ordered
	 */
	protected EList<Stack> stacks;

	/**
	 * The cached value of the '{@link #getSecrets() <em>Secrets</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSecrets()
	 * @generated
	 * @ordered
	 */
	protected EList<Secret> secrets;

	/**
	 * The cached value of the '{@link #getConfigs() <em>Configs</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConfigs()
	 * @generated
	 * @ordered
	 */
	protected EList<Config> configs;

	/**
	 * The cached value of the '{@link #getVolumes() <em>Volumes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVolumes()
	 * @generated
	 * @ordered
	 */
	protected EList<Volume> volumes;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ClusterImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.CLUSTER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getAddressPools() {
		if (addressPools == null) {
			addressPools = new EDataTypeUniqueEList<String>(String.class, this, ModelPackage.CLUSTER__ADDRESS_POOLS);
		}
		return addressPools;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSubnetSize() {
		return subnetSize;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSubnetSize(int newSubnetSize) {
		int oldSubnetSize = subnetSize;
		subnetSize = newSubnetSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.CLUSTER__SUBNET_SIZE, oldSubnetSize, subnetSize));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Node> getNodes() {
		if (nodes == null) {
			nodes = new EObjectContainmentEList<Node>(Node.class, this, ModelPackage.CLUSTER__NODES);
		}
		return nodes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Network> getNetworks() {
		if (networks == null) {
			networks = new EObjectContainmentEList<Network>(Network.class, this, ModelPackage.CLUSTER__NETWORKS);
		}
		return networks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Service> getServices() {
		if (services == null) {
			services = new EObjectContainmentEList<Service>(Service.class, this, ModelPackage.CLUSTER__SERVICES);
		}
		return services;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Stack> getStacks() {
		if (stacks == null) {
			stacks = new EObjectContainmentEList<Stack>(Stack.class, this, ModelPackage.CLUSTER__STACKS);
		}
		return stacks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Secret> getSecrets() {
		if (secrets == null) {
			secrets = new EObjectContainmentEList<Secret>(Secret.class, this, ModelPackage.CLUSTER__SECRETS);
		}
		return secrets;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Config> getConfigs() {
		if (configs == null) {
			configs = new EObjectContainmentEList<Config>(Config.class, this, ModelPackage.CLUSTER__CONFIGS);
		}
		return configs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Volume> getVolumes() {
		if (volumes == null) {
			volumes = new EObjectContainmentEList<Volume>(Volume.class, this, ModelPackage.CLUSTER__VOLUMES);
		}
		return volumes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Service> allServices() {
		EList<Service> result = new BasicEList<Service>(getServices());
		for (Stack stack : getStacks()) {
			result.addAll(stack.getServices());
		}
		return ECollections.unmodifiableEList(result);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Network> allNetworks() {
		EList<Network> result = new BasicEList<Network>(getNetworks());
		for (Stack stack : getStacks()) {
			result.addAll(stack.getNetworks());
		}
		return ECollections.unmodifiableEList(result);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ModelPackage.CLUSTER__NODES:
				return ((InternalEList<?>)getNodes()).basicRemove(otherEnd, msgs);
			case ModelPackage.CLUSTER__NETWORKS:
				return ((InternalEList<?>)getNetworks()).basicRemove(otherEnd, msgs);
			case ModelPackage.CLUSTER__SERVICES:
				return ((InternalEList<?>)getServices()).basicRemove(otherEnd, msgs);
			case ModelPackage.CLUSTER__STACKS:
				return ((InternalEList<?>)getStacks()).basicRemove(otherEnd, msgs);
			case ModelPackage.CLUSTER__SECRETS:
				return ((InternalEList<?>)getSecrets()).basicRemove(otherEnd, msgs);
			case ModelPackage.CLUSTER__CONFIGS:
				return ((InternalEList<?>)getConfigs()).basicRemove(otherEnd, msgs);
			case ModelPackage.CLUSTER__VOLUMES:
				return ((InternalEList<?>)getVolumes()).basicRemove(otherEnd, msgs);
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
			case ModelPackage.CLUSTER__ADDRESS_POOLS:
				return getAddressPools();
			case ModelPackage.CLUSTER__SUBNET_SIZE:
				return getSubnetSize();
			case ModelPackage.CLUSTER__NODES:
				return getNodes();
			case ModelPackage.CLUSTER__NETWORKS:
				return getNetworks();
			case ModelPackage.CLUSTER__SERVICES:
				return getServices();
			case ModelPackage.CLUSTER__STACKS:
				return getStacks();
			case ModelPackage.CLUSTER__SECRETS:
				return getSecrets();
			case ModelPackage.CLUSTER__CONFIGS:
				return getConfigs();
			case ModelPackage.CLUSTER__VOLUMES:
				return getVolumes();
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
			case ModelPackage.CLUSTER__ADDRESS_POOLS:
				getAddressPools().clear();
				getAddressPools().addAll((Collection<? extends String>)newValue);
				return;
			case ModelPackage.CLUSTER__SUBNET_SIZE:
				setSubnetSize((Integer)newValue);
				return;
			case ModelPackage.CLUSTER__NODES:
				getNodes().clear();
				getNodes().addAll((Collection<? extends Node>)newValue);
				return;
			case ModelPackage.CLUSTER__NETWORKS:
				getNetworks().clear();
				getNetworks().addAll((Collection<? extends Network>)newValue);
				return;
			case ModelPackage.CLUSTER__SERVICES:
				getServices().clear();
				getServices().addAll((Collection<? extends Service>)newValue);
				return;
			case ModelPackage.CLUSTER__STACKS:
				getStacks().clear();
				getStacks().addAll((Collection<? extends Stack>)newValue);
				return;
			case ModelPackage.CLUSTER__SECRETS:
				getSecrets().clear();
				getSecrets().addAll((Collection<? extends Secret>)newValue);
				return;
			case ModelPackage.CLUSTER__CONFIGS:
				getConfigs().clear();
				getConfigs().addAll((Collection<? extends Config>)newValue);
				return;
			case ModelPackage.CLUSTER__VOLUMES:
				getVolumes().clear();
				getVolumes().addAll((Collection<? extends Volume>)newValue);
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
			case ModelPackage.CLUSTER__ADDRESS_POOLS:
				getAddressPools().clear();
				return;
			case ModelPackage.CLUSTER__SUBNET_SIZE:
				setSubnetSize(SUBNET_SIZE_EDEFAULT);
				return;
			case ModelPackage.CLUSTER__NODES:
				getNodes().clear();
				return;
			case ModelPackage.CLUSTER__NETWORKS:
				getNetworks().clear();
				return;
			case ModelPackage.CLUSTER__SERVICES:
				getServices().clear();
				return;
			case ModelPackage.CLUSTER__STACKS:
				getStacks().clear();
				return;
			case ModelPackage.CLUSTER__SECRETS:
				getSecrets().clear();
				return;
			case ModelPackage.CLUSTER__CONFIGS:
				getConfigs().clear();
				return;
			case ModelPackage.CLUSTER__VOLUMES:
				getVolumes().clear();
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
			case ModelPackage.CLUSTER__ADDRESS_POOLS:
				return addressPools != null && !addressPools.isEmpty();
			case ModelPackage.CLUSTER__SUBNET_SIZE:
				return subnetSize != SUBNET_SIZE_EDEFAULT;
			case ModelPackage.CLUSTER__NODES:
				return nodes != null && !nodes.isEmpty();
			case ModelPackage.CLUSTER__NETWORKS:
				return networks != null && !networks.isEmpty();
			case ModelPackage.CLUSTER__SERVICES:
				return services != null && !services.isEmpty();
			case ModelPackage.CLUSTER__STACKS:
				return stacks != null && !stacks.isEmpty();
			case ModelPackage.CLUSTER__SECRETS:
				return secrets != null && !secrets.isEmpty();
			case ModelPackage.CLUSTER__CONFIGS:
				return configs != null && !configs.isEmpty();
			case ModelPackage.CLUSTER__VOLUMES:
				return volumes != null && !volumes.isEmpty();
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
			case ModelPackage.CLUSTER___ALL_SERVICES:
				return allServices();
			case ModelPackage.CLUSTER___ALL_NETWORKS:
				return allNetworks();
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
		result.append(" (addressPools: ");
		result.append(addressPools);
		result.append(", subnetSize: ");
		result.append(subnetSize);
		result.append(')');
		return result.toString();
	}

} //ClusterImpl
