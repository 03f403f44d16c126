/**
 */
package flotilla.model.impl;

import flotilla.model.Label;
import flotilla.model.ModelPackage;
import flotilla.model.Network;
import flotilla.model.NetworkAttachment;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.notify.NotificationChain;
import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Network Attachment</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link flotilla.model.impl.NetworkAttachmentImpl#getNetwork <em>Network</em>}</li>
 *   <li>{@link flotilla.model.impl.NetworkAttachmentImpl#getAliases <em>Aliases</em>}</li>
 *   <li>{@link flotilla.model.impl.NetworkAttachmentImpl#getDriverOptions <em>Driver Options</em>}</li>
 * </ul>
 *
 * @generated
 */
public class NetworkAttachmentImpl extends ElementImpl implements NetworkAttachment {
	/**
	 * The cached value of the '{@link #getNetwork() <em>Network</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNetwork()
	 * @generated
	 * @ordered
	 */
	protected Network network;

	/**
	 * The cached value of the '{@link #getAliases() <em>Aliases</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAliases()
	 * @generated
	 * @ordered
	 */
	protected EList<String> aliases;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected NetworkAttachmentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.NETWORK_ATTACHMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Network getNetwork() {
		if (network != null && network.eIsProxy()) {
			InternalEObject oldNetwork = (InternalEObject)network;
			network = (Network)eResolveProxy(oldNetwork);
			if (network != oldNetwork) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ModelPackage.NETWORK_ATTACHMENT__NETWORK, oldNetwork, network));
			}
		}
		return network;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Network basicGetNetwork() {
		return network;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNetwork(Network newNetwork) {
		Network oldNetwork = network;
		network = newNetwork;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.NETWORK_ATTACHMENT__NETWORK, oldNetwork, network));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getAliases() {
		if (aliases == null) {
			aliases = new EDataTypeUniqueEList<String>(String.class, this, ModelPackage.NETWORK_ATTACHMENT__ALIASES);
		}
		return aliases;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Label> getDriverOptions() {
		if (driverOptions == null) {
			driverOptions = new EObjectContainmentEList<Label>(Label.class, this, ModelPackage.NETWORK_ATTACHMENT__DRIVER_OPTIONS);
		}
		return driverOptions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ModelPackage.NETWORK_ATTACHMENT__DRIVER_OPTIONS:
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
			case ModelPackage.NETWORK_ATTACHMENT__NETWORK:
				if (resolve) return getNetwork();
				return basicGetNetwork();
			case ModelPackage.NETWORK_ATTACHMENT__ALIASES:
				return getAliases();
			case ModelPackage.NETWORK_ATTACHMENT__DRIVER_OPTIONS:
				return getDriverOptions();
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
			case ModelPackage.NETWORK_ATTACHMENT__NETWORK:
				setNetwork((Network)newValue);
				return;
			case ModelPackage.NETWORK_ATTACHMENT__ALIASES:
				getAliases().clear();
				getAliases().addAll((Collection<? extends String>)newValue);
				return;
			case ModelPackage.NETWORK_ATTACHMENT__DRIVER_OPTIONS:
				getDriverOptions().clear();
				getDriverOptions().addAll((Collection<? extends Label>)newValue);
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
			case ModelPackage.NETWORK_ATTACHMENT__NETWORK:
				setNetwork((Network)null);
				return;
			case ModelPackage.NETWORK_ATTACHMENT__ALIASES:
				getAliases().clear();
				return;
			case ModelPackage.NETWORK_ATTACHMENT__DRIVER_OPTIONS:
				getDriverOptions().clear();
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
			case ModelPackage.NETWORK_ATTACHMENT__NETWORK:
				return network != null;
			case ModelPackage.NETWORK_ATTACHMENT__ALIASES:
				return aliases != null && !aliases.isEmpty();
			case ModelPackage.NETWORK_ATTACHMENT__DRIVER_OPTIONS:
				return driverOptions != null && !driverOptions.isEmpty();
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
		result.append(" (aliases: ");
		result.append(aliases);
		result.append(')');
		return result.toString();
	}

} //NetworkAttachmentImpl
