/**
 */
package flotilla.model.impl;

import flotilla.model.GenericResource;
import flotilla.model.ModelPackage;
import flotilla.model.Resources;

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
 * An implementation of the model object '<em><b>Resources</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link flotilla.model.impl.ResourcesImpl#getNanoCPUs <em>Nano CP Us</em>}</li>
 *   <li>{@link flotilla.model.impl.ResourcesImpl#getMemoryBytes <em>Memory Bytes</em>}</li>
 *   <li>{@link flotilla.model.impl.ResourcesImpl#getPids <em>Pids</em>}</li>
 *   <li>{@link flotilla.model.impl.ResourcesImpl#getGenericResources <em>Generic Resources</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ResourcesImpl extends ElementImpl implements Resources {
	/**
	 * The default value of the '{@link #getNanoCPUs() <em>Nano CP Us</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNanoCPUs()
	 * @generated
	 * @ordered
	 */
	protected static final long NANO_CP_US_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getNanoCPUs() <em>Nano CP Us</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNanoCPUs()
	 * @generated
	 * @ordered
	 */
	protected long nanoCPUs = NANO_CP_US_EDEFAULT;

	/**
	 * The default value of the '{@link #getMemoryBytes() <em>Memory Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMemoryBytes()
	 * @generated
	 * @ordered
	 */
	protected static final long MEMORY_BYTES_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getMemoryBytes() <em>Memory Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMemoryBytes()
	 * @generated
	 * @ordered
	 */
	protected long memoryBytes = MEMORY_BYTES_EDEFAULT;

	/**
	 * The default value of the '{@link #getPids() <em>Pids</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPids()
	 * @generated
	 * @ordered
	 */
	protected static final long PIDS_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getPids() <em>Pids</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPids()
	 * @generated
	 * @ordered
	 */
	protected long pids = PIDS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getGenericResources() <em>Generic Resources</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGenericResources()
	 * @generated
	 * @ordered
	 */
	protected EList<GenericResource> genericResources;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ResourcesImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.RESOURCES;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getNanoCPUs() {
		return nanoCPUs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNanoCPUs(long newNanoCPUs) {
		long oldNanoCPUs = nanoCPUs;
		nanoCPUs = newNanoCPUs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.RESOURCES__NANO_CP_US, oldNanoCPUs, nanoCPUs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getMemoryBytes() {
		return memoryBytes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMemoryBytes(long newMemoryBytes) {
		long oldMemoryBytes = memoryBytes;
		memoryBytes = newMemoryBytes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.RESOURCES__MEMORY_BYTES, oldMemoryBytes, memoryBytes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getPids() {
		return pids;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPids(long newPids) {
		long oldPids = pids;
		pids = newPids;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.RESOURCES__PIDS, oldPids, pids));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<GenericResource> getGenericResources() {
		if (genericResources == null) {
			genericResources = new EObjectContainmentEList<GenericResource>(GenericResource.class, this, ModelPackage.RESOURCES__GENERIC_RESOURCES);
		}
		return genericResources;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ModelPackage.RESOURCES__GENERIC_RESOURCES:
				return ((InternalEList<?>)getGenericResources()).basicRemove(otherEnd, msgs);
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
			case ModelPackage.RESOURCES__NANO_CP_US:
				return getNanoCPUs();
			case ModelPackage.RESOURCES__MEMORY_BYTES:
				return getMemoryBytes();
			case ModelPackage.RESOURCES__PIDS:
				return getPids();
			case ModelPackage.RESOURCES__GENERIC_RESOURCES:
				return getGenericResources();
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
			case ModelPackage.RESOURCES__NANO_CP_US:
				setNanoCPUs((Long)newValue);
				return;
			case ModelPackage.RESOURCES__MEMORY_BYTES:
				setMemoryBytes((Long)newValue);
				return;
			case ModelPackage.RESOURCES__PIDS:
				setPids((Long)newValue);
				return;
			case ModelPackage.RESOURCES__GENERIC_RESOURCES:
				getGenericResources().clear();
				getGenericResources().addAll((Collection<? extends GenericResource>)newValue);
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
			case ModelPackage.RESOURCES__NANO_CP_US:
				setNanoCPUs(NANO_CP_US_EDEFAULT);
				return;
			case ModelPackage.RESOURCES__MEMORY_BYTES:
				setMemoryBytes(MEMORY_BYTES_EDEFAULT);
				return;
			case ModelPackage.RESOURCES__PIDS:
				setPids(PIDS_EDEFAULT);
				return;
			case ModelPackage.RESOURCES__GENERIC_RESOURCES:
				getGenericResources().clear();
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
			case ModelPackage.RESOURCES__NANO_CP_US:
				return nanoCPUs != NANO_CP_US_EDEFAULT;
			case ModelPackage.RESOURCES__MEMORY_BYTES:
				return memoryBytes != MEMORY_BYTES_EDEFAULT;
			case ModelPackage.RESOURCES__PIDS:
				return pids != PIDS_EDEFAULT;
			case ModelPackage.RESOURCES__GENERIC_RESOURCES:
				return genericResources != null && !genericResources.isEmpty();
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
		result.append(" (nanoCPUs: ");
		result.append(nanoCPUs);
		result.append(", memoryBytes: ");
		result.append(memoryBytes);
		result.append(", pids: ");
		result.append(pids);
		result.append(')');
		return result.toString();
	}

} //ResourcesImpl
