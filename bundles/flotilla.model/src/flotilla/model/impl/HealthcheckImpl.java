/**
 */
package flotilla.model.impl;

import flotilla.model.Healthcheck;
import flotilla.model.ModelPackage;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Healthcheck</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link flotilla.model.impl.HealthcheckImpl#getTest <em>Test</em>}</li>
 *   <li>{@link flotilla.model.impl.HealthcheckImpl#getInterval <em>Interval</em>}</li>
 *   <li>{@link flotilla.model.impl.HealthcheckImpl#getTimeout <em>Timeout</em>}</li>
 *   <li>{@link flotilla.model.impl.HealthcheckImpl#getStartPeriod <em>Start Period</em>}</li>
 *   <li>{@link flotilla.model.impl.HealthcheckImpl#getRetries <em>Retries</em>}</li>
 *   <li>{@link flotilla.model.impl.HealthcheckImpl#getStartInterval <em>Start Interval</em>}</li>
 * </ul>
 *
 * @generated
 */
public class HealthcheckImpl extends ElementImpl implements Healthcheck {
	/**
	 * The cached value of the '{@link #getTest() <em>Test</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTest()
	 * @generated
	 * @ordered
	 */
	protected EList<String> test;

	/**
	 * The default value of the '{@link #getInterval() <em>Interval</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInterval()
	 * @generated
	 * @ordered
	 */
	protected static final long INTERVAL_EDEFAULT = 30000000000L;

	/**
	 * The cached value of the '{@link #getInterval() <em>Interval</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInterval()
	 * @generated
	 * @ordered
	 */
	protected long interval = INTERVAL_EDEFAULT;

	/**
	 * The default value of the '{@link #getTimeout() <em>Timeout</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeout()
	 * @generated
	 * @ordered
	 */
	protected static final long TIMEOUT_EDEFAULT = 30000000000L;

	/**
	 * The cached value of the '{@link #getTimeout() <em>Timeout</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeout()
	 * @generated
	 * @ordered
	 */
	protected long timeout = TIMEOUT_EDEFAULT;

	/**
	 * The default value of the '{@link #getStartPeriod() <em>Start Period</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartPeriod()
	 * @generated
	 * @ordered
	 */
	protected static final long START_PERIOD_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getStartPeriod() <em>Start Period</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartPeriod()
	 * @generated
	 * @ordered
	 */
	protected long startPeriod = START_PERIOD_EDEFAULT;

	/**
	 * The default value of the '{@link #getRetries() <em>Retries</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRetries()
	 * @generated
	 * @ordered
	 */
	protected static final int RETRIES_EDEFAULT = 3;

	/**
	 * The cached value of the '{@link #getRetries() <em>Retries</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRetries()
	 * @generated
	 * @ordered
	 */
	protected int retries = RETRIES_EDEFAULT;

	/**
	 * The default value of the '{@link #getStartInterval() <em>Start Interval</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartInterval()
	 * @generated
	 * @ordered
	 */
	protected static final long START_INTERVAL_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getStartInterval() <em>Start Interval</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartInterval()
	 * @generated
	 * @ordered
	 */
	protected long startInterval = START_INTERVAL_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected HealthcheckImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.HEALTHCHECK;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getTest() {
		if (test == null) {
			test = new EDataTypeEList<String>(String.class, this, ModelPackage.HEALTHCHECK__TEST);
		}
		return test;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getInterval() {
		return interval;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInterval(long newInterval) {
		long oldInterval = interval;
		interval = newInterval;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.HEALTHCHECK__INTERVAL, oldInterval, interval));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getTimeout() {
		return timeout;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTimeout(long newTimeout) {
		long oldTimeout = timeout;
		timeout = newTimeout;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.HEALTHCHECK__TIMEOUT, oldTimeout, timeout));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getStartPeriod() {
		return startPeriod;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStartPeriod(long newStartPeriod) {
		long oldStartPeriod = startPeriod;
		startPeriod = newStartPeriod;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.HEALTHCHECK__START_PERIOD, oldStartPeriod, startPeriod));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getRetries() {
		return retries;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRetries(int newRetries) {
		int oldRetries = retries;
		retries = newRetries;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.HEALTHCHECK__RETRIES, oldRetries, retries));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getStartInterval() {
		return startInterval;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStartInterval(long newStartInterval) {
		long oldStartInterval = startInterval;
		startInterval = newStartInterval;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.HEALTHCHECK__START_INTERVAL, oldStartInterval, startInterval));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.HEALTHCHECK__TEST:
				return getTest();
			case ModelPackage.HEALTHCHECK__INTERVAL:
				return getInterval();
			case ModelPackage.HEALTHCHECK__TIMEOUT:
				return getTimeout();
			case ModelPackage.HEALTHCHECK__START_PERIOD:
				return getStartPeriod();
			case ModelPackage.HEALTHCHECK__RETRIES:
				return getRetries();
			case ModelPackage.HEALTHCHECK__START_INTERVAL:
				return getStartInterval();
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
			case ModelPackage.HEALTHCHECK__TEST:
				getTest().clear();
				getTest().addAll((Collection<? extends String>)newValue);
				return;
			case ModelPackage.HEALTHCHECK__INTERVAL:
				setInterval((Long)newValue);
				return;
			case ModelPackage.HEALTHCHECK__TIMEOUT:
				setTimeout((Long)newValue);
				return;
			case ModelPackage.HEALTHCHECK__START_PERIOD:
				setStartPeriod((Long)newValue);
				return;
			case ModelPackage.HEALTHCHECK__RETRIES:
				setRetries((Integer)newValue);
				return;
			case ModelPackage.HEALTHCHECK__START_INTERVAL:
				setStartInterval((Long)newValue);
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
			case ModelPackage.HEALTHCHECK__TEST:
				getTest().clear();
				return;
			case ModelPackage.HEALTHCHECK__INTERVAL:
				setInterval(INTERVAL_EDEFAULT);
				return;
			case ModelPackage.HEALTHCHECK__TIMEOUT:
				setTimeout(TIMEOUT_EDEFAULT);
				return;
			case ModelPackage.HEALTHCHECK__START_PERIOD:
				setStartPeriod(START_PERIOD_EDEFAULT);
				return;
			case ModelPackage.HEALTHCHECK__RETRIES:
				setRetries(RETRIES_EDEFAULT);
				return;
			case ModelPackage.HEALTHCHECK__START_INTERVAL:
				setStartInterval(START_INTERVAL_EDEFAULT);
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
			case ModelPackage.HEALTHCHECK__TEST:
				return test != null && !test.isEmpty();
			case ModelPackage.HEALTHCHECK__INTERVAL:
				return interval != INTERVAL_EDEFAULT;
			case ModelPackage.HEALTHCHECK__TIMEOUT:
				return timeout != TIMEOUT_EDEFAULT;
			case ModelPackage.HEALTHCHECK__START_PERIOD:
				return startPeriod != START_PERIOD_EDEFAULT;
			case ModelPackage.HEALTHCHECK__RETRIES:
				return retries != RETRIES_EDEFAULT;
			case ModelPackage.HEALTHCHECK__START_INTERVAL:
				return startInterval != START_INTERVAL_EDEFAULT;
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
		result.append(" (test: ");
		result.append(test);
		result.append(", interval: ");
		result.append(interval);
		result.append(", timeout: ");
		result.append(timeout);
		result.append(", startPeriod: ");
		result.append(startPeriod);
		result.append(", retries: ");
		result.append(retries);
		result.append(", startInterval: ");
		result.append(startInterval);
		result.append(')');
		return result.toString();
	}

} //HealthcheckImpl
