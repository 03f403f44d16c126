/**
 */
package flotilla.model.impl;

import flotilla.model.ModelPackage;
import flotilla.model.Mount;
import flotilla.model.MountType;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Mount</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link flotilla.model.impl.MountImpl#getType <em>Type</em>}</li>
 *   <li>{@link flotilla.model.impl.MountImpl#getSource <em>Source</em>}</li>
 *   <li>{@link flotilla.model.impl.MountImpl#getTarget <em>Target</em>}</li>
 *   <li>{@link flotilla.model.impl.MountImpl#isReadOnly <em>Read Only</em>}</li>
 *   <li>{@link flotilla.model.impl.MountImpl#isNoCopy <em>No Copy</em>}</li>
 *   <li>{@link flotilla.model.impl.MountImpl#getPropagation <em>Propagation</em>}</li>
 *   <li>{@link flotilla.model.impl.MountImpl#getTmpfsSize <em>Tmpfs Size</em>}</li>
 *   <li>{@link flotilla.model.impl.MountImpl#getConsistency <em>Consistency</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MountImpl extends ElementImpl implements Mount {
	/**
	 * The default value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected static final MountType TYPE_EDEFAULT = MountType.VOLUME;

	/**
	 * The cached value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected MountType type = TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected static final String SOURCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected String source = SOURCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getTarget() <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTarget()
	 * @generated
	 * @ordered
	 */
	protected static final String TARGET_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTarget() <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTarget()
	 * @generated
	 * @ordered
	 */
	protected String target = TARGET_EDEFAULT;

	/**
	 * The default value of the '{@link #isReadOnly() <em>Read Only</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isReadOnly()
	 * @generated
	 * @ordered
	 */
	protected static final boolean READ_ONLY_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isReadOnly() <em>Read Only</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isReadOnly()
	 * @generated
	 * @ordered
	 */
	protected boolean readOnly = READ_ONLY_EDEFAULT;

	/**
	 * The default value of the '{@link #isNoCopy() <em>No Copy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isNoCopy()
	 * @generated
	 * @ordered
	 */
	protected static final boolean NO_COPY_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isNoCopy() <em>No Copy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isNoCopy()
	 * @generated
	 * @ordered
	 */
	protected boolean noCopy = NO_COPY_EDEFAULT;

	/**
	 * The default value of the '{@link #getPropagation() <em>Propagation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPropagation()
	 * @generated
	 * @ordered
	 */
	protected static final String PROPAGATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPropagation() <em>Propagation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPropagation()
	 * @generated
	 * @ordered
	 */
	protected String propagation = PROPAGATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getTmpfsSize() <em>Tmpfs Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTmpfsSize()
	 * @generated
	 * @ordered
	 */
	protected static final long TMPFS_SIZE_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getTmpfsSize() <em>Tmpfs Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTmpfsSize()
	 * @generated
	 * @ordered
	 */
	protected long tmpfsSize = TMPFS_SIZE_EDEFAULT;

	/**
	 * The default value of the '{@link #getConsistency() <em>Consistency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConsistency()
	 * @generated
	 * @ordered
	 */
	protected static final String CONSISTENCY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getConsistency() <em>Consistency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConsistency()
	 * @generated
	 * @ordered
	 */
	protected String consistency = CONSISTENCY_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MountImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.MOUNT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MountType getType() {
		return type;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setType(MountType newType) {
		MountType oldType = type;
		type = newType == null ? TYPE_EDEFAULT : newType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.MOUNT__TYPE, oldType, type));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSource() {
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSource(String newSource) {
		String oldSource = source;
		source = newSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.MOUNT__SOURCE, oldSource, source));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTarget() {
		return target;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTarget(String newTarget) {
		String oldTarget = target;
		target = newTarget;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.MOUNT__TARGET, oldTarget, target));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isReadOnly() {
		return readOnly;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReadOnly(boolean newReadOnly) {
		boolean oldReadOnly = readOnly;
		readOnly = newReadOnly;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.MOUNT__READ_ONLY, oldReadOnly, readOnly));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isNoCopy() {
		return noCopy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNoCopy(boolean newNoCopy) {
		boolean oldNoCopy = noCopy;
		noCopy = newNoCopy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.MOUNT__NO_COPY, oldNoCopy, noCopy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPropagation() {
		return propagation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPropagation(String newPropagation) {
		String oldPropagation = propagation;
		propagation = newPropagation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.MOUNT__PROPAGATION, oldPropagation, propagation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getTmpfsSize() {
		return tmpfsSize;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTmpfsSize(long newTmpfsSize) {
		long oldTmpfsSize = tmpfsSize;
		tmpfsSize = newTmpfsSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.MOUNT__TMPFS_SIZE, oldTmpfsSize, tmpfsSize));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getConsistency() {
		return consistency;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConsistency(String newConsistency) {
		String oldConsistency = consistency;
		consistency = newConsistency;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.MOUNT__CONSISTENCY, oldConsistency, consistency));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.MOUNT__TYPE:
				return getType();
			case ModelPackage.MOUNT__SOURCE:
				return getSource();
			case ModelPackage.MOUNT__TARGET:
				return getTarget();
			case ModelPackage.MOUNT__READ_ONLY:
				return isReadOnly();
			case ModelPackage.MOUNT__NO_COPY:
				return isNoCopy();
			case ModelPackage.MOUNT__PROPAGATION:
				return getPropagation();
			case ModelPackage.MOUNT__TMPFS_SIZE:
				return getTmpfsSize();
			case ModelPackage.MOUNT__CONSISTENCY:
				return getConsistency();
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
			case ModelPackage.MOUNT__TYPE:
				setType((MountType)newValue);
				return;
			case ModelPackage.MOUNT__SOURCE:
				setSource((String)newValue);
				return;
			case ModelPackage.MOUNT__TARGET:
				setTarget((String)newValue);
				return;
			case ModelPackage.MOUNT__READ_ONLY:
				setReadOnly((Boolean)newValue);
				return;
			case ModelPackage.MOUNT__NO_COPY:
				setNoCopy((Boolean)newValue);
				return;
			case ModelPackage.MOUNT__PROPAGATION:
				setPropagation((String)newValue);
				return;
			case ModelPackage.MOUNT__TMPFS_SIZE:
				setTmpfsSize((Long)newValue);
				return;
			case ModelPackage.MOUNT__CONSISTENCY:
				setConsistency((String)newValue);
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
			case ModelPackage.MOUNT__TYPE:
				setType(TYPE_EDEFAULT);
				return;
			case ModelPackage.MOUNT__SOURCE:
				setSource(SOURCE_EDEFAULT);
				return;
			case ModelPackage.MOUNT__TARGET:
				setTarget(TARGET_EDEFAULT);
				return;
			case ModelPackage.MOUNT__READ_ONLY:
				setReadOnly(READ_ONLY_EDEFAULT);
				return;
			case ModelPackage.MOUNT__NO_COPY:
				setNoCopy(NO_COPY_EDEFAULT);
				return;
			case ModelPackage.MOUNT__PROPAGATION:
				setPropagation(PROPAGATION_EDEFAULT);
				return;
			case ModelPackage.MOUNT__TMPFS_SIZE:
				setTmpfsSize(TMPFS_SIZE_EDEFAULT);
				return;
			case ModelPackage.MOUNT__CONSISTENCY:
				setConsistency(CONSISTENCY_EDEFAULT);
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
			case ModelPackage.MOUNT__TYPE:
				return type != TYPE_EDEFAULT;
			case ModelPackage.MOUNT__SOURCE:
				return SOURCE_EDEFAULT == null ? source != null : !SOURCE_EDEFAULT.equals(source);
			case ModelPackage.MOUNT__TARGET:
				return TARGET_EDEFAULT == null ? target != null : !TARGET_EDEFAULT.equals(target);
			case ModelPackage.MOUNT__READ_ONLY:
				return readOnly != READ_ONLY_EDEFAULT;
			case ModelPackage.MOUNT__NO_COPY:
				return noCopy != NO_COPY_EDEFAULT;
			case ModelPackage.MOUNT__PROPAGATION:
				return PROPAGATION_EDEFAULT == null ? propagation != null : !PROPAGATION_EDEFAULT.equals(propagation);
			case ModelPackage.MOUNT__TMPFS_SIZE:
				return tmpfsSize != TMPFS_SIZE_EDEFAULT;
			case ModelPackage.MOUNT__CONSISTENCY:
				return CONSISTENCY_EDEFAULT == null ? consistency != null : !CONSISTENCY_EDEFAULT.equals(consistency);
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
		result.append(" (type: ");
		result.append(type);
		result.append(", source: ");
		result.append(source);
		result.append(", target: ");
		result.append(target);
		result.append(", readOnly: ");
		result.append(readOnly);
		result.append(", noCopy: ");
		result.append(noCopy);
		result.append(", propagation: ");
		result.append(propagation);
		result.append(", tmpfsSize: ");
		result.append(tmpfsSize);
		result.append(", consistency: ");
		result.append(consistency);
		result.append(')');
		return result.toString();
	}

} //MountImpl
