/**
 */
package flotilla.model.impl;

import flotilla.model.ModelPackage;
import flotilla.model.Ulimit;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Ulimit</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link flotilla.model.impl.UlimitImpl#getName <em>Name</em>}</li>
 *   <li>{@link flotilla.model.impl.UlimitImpl#getSoft <em>Soft</em>}</li>
 *   <li>{@link flotilla.model.impl.UlimitImpl#getHard <em>Hard</em>}</li>
 * </ul>
 *
 * @generated
 */
public class UlimitImpl extends ElementImpl implements Ulimit {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getSoft() <em>Soft</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSoft()
	 * @generated
	 * @ordered
	 */
	protected static final long SOFT_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getSoft() <em>Soft</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSoft()
	 * @generated
	 * @ordered
	 */
	protected long soft = SOFT_EDEFAULT;

	/**
	 * The default value of the '{@link #getHard() <em>Hard</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHard()
	 * @generated
	 * @ordered
	 */
	protected static final long HARD_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getHard() <em>Hard</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHard()
	 * @generated
	 * @ordered
	 */
	protected long hard = HARD_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected UlimitImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.ULIMIT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.ULIMIT__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getSoft() {
		return soft;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSoft(long newSoft) {
		long oldSoft = soft;
		soft = newSoft;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.ULIMIT__SOFT, oldSoft, soft));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getHard() {
		return hard;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHard(long newHard) {
		long oldHard = hard;
		hard = newHard;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.ULIMIT__HARD, oldHard, hard));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.ULIMIT__NAME:
				return getName();
			case ModelPackage.ULIMIT__SOFT:
				return getSoft();
			case ModelPackage.ULIMIT__HARD:
				return getHard();
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
			case ModelPackage.ULIMIT__NAME:
				setName((String)newValue);
				return;
			case ModelPackage.ULIMIT__SOFT:
				setSoft((Long)newValue);
				return;
			case ModelPackage.ULIMIT__HARD:
				setHard((Long)newValue);
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
			case ModelPackage.ULIMIT__NAME:
				setName(NAME_EDEFAULT);
				return;
			case ModelPackage.ULIMIT__SOFT:
				setSoft(SOFT_EDEFAULT);
				return;
			case ModelPackage.ULIMIT__HARD:
				setHard(HARD_EDEFAULT);
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
			case ModelPackage.ULIMIT__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case ModelPackage.ULIMIT__SOFT:
				return soft != SOFT_EDEFAULT;
			case ModelPackage.ULIMIT__HARD:
				return hard != HARD_EDEFAULT;
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
		result.append(" (name: ");
		result.append(name);
		result.append(", soft: ");
		result.append(soft);
		result.append(", hard: ");
		result.append(hard);
		result.append(')');
		return result.toString();
	}

} //UlimitImpl
