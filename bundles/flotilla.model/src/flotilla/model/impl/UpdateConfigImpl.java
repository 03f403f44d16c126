/**
 */
package flotilla.model.impl;

import flotilla.model.FailureAction;
import flotilla.model.ModelPackage;
import flotilla.model.UpdateConfig;
import flotilla.model.UpdateOrder;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Update Config</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link flotilla.model.impl.UpdateConfigImpl#getParallelism <em>Parallelism</em>}</li>
 *   <li>{@link flotilla.model.impl.UpdateConfigImpl#getDelay <em>Delay</em>}</li>
 *   <li>{@link flotilla.model.impl.UpdateConfigImpl#getFailureAction <em>Failure Action</em>}</li>
 *   <li>{@link flotilla.model.impl.UpdateConfigImpl#getMonitor <em>Monitor</em>}</li>
 *   <li>{@link flotilla.model.impl.UpdateConfigImpl#getMaxFailureRatio <em>Max Failure Ratio</em>}</li>
 *   <li>{@link flotilla.model.impl.UpdateConfigImpl#getOrder <em>Order</em>}</li>
 * </ul>
 *
 * @generated
 */
public class UpdateConfigImpl extends ElementImpl implements UpdateConfig {
	/**
	 * The default value of the '{@link #getParallelism() <em>Parallelism</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParallelism()
	 * @generated
	 * @ordered
	 */
	protected static final int PARALLELISM_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getParallelism() <em>Parallelism</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParallelism()
	 * @generated
	 * @ordered
	 */
	protected int parallelism = PARALLELISM_EDEFAULT;

	/**
	 * The default value of the '{@link #getDelay() <em>Delay</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDelay()
	 * @generated
	 * @ordered
	 */
	protected static final long DELAY_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getDelay() <em>Delay</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDelay()
	 * @generated
	 * @ordered
	 */
	protected long delay = DELAY_EDEFAULT;

	/**
	 * The default value of the '{@link #getFailureAction() <em>Failure Action</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFailureAction()
	 * @generated
	 * @ordered
	 */
	protected static final FailureAction FAILURE_ACTION_EDEFAULT = FailureAction.PAUSE;

	/**
	 * The cached value of the '{@link #getFailureAction() <em>Failure Action</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFailureAction()
	 * @generated
	 * @ordered
	 */
	protected FailureAction failureAction = FAILURE_ACTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getMonitor() <em>Monitor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMonitor()
	 * @generated
	 * @ordered
	 */
	protected static final long MONITOR_EDEFAULT = 5000000000L;

	/**
	 * The cached value of the '{@link #getMonitor() <em>Monitor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMonitor()
	 * @generated
	 * @ordered
	 */
	protected long monitor = MONITOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getMaxFailureRatio() <em>Max Failure Ratio</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxFailureRatio()
	 * @generated
	 * @ordered
	 */
	protected static final double MAX_FAILURE_RATIO_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getMaxFailureRatio() <em>Max Failure Ratio</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxFailureRatio()
	 * @generated
	 * @ordered
	 */
	protected double maxFailureRatio = MAX_FAILURE_RATIO_EDEFAULT;

	/**
	 * The default value of the '{@link #getOrder() <em>Order</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrder()
	 * @generated
	 * @ordered
	 */
	protected static final UpdateOrder ORDER_EDEFAULT = UpdateOrder.STOP_FIRST;

	/**
	 * The cached value of the '{@link #getOrder() <em>Order</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrder()
	 * @generated
	 * @ordered
	 */
	protected UpdateOrder order = ORDER_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected UpdateConfigImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.UPDATE_CONFIG;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getParallelism() {
		return parallelism;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setParallelism(int newParallelism) {
		int oldParallelism = parallelism;
		parallelism = newParallelism;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.UPDATE_CONFIG__PARALLELISM, oldParallelism, parallelism));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getDelay() {
		return delay;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDelay(long newDelay) {
		long oldDelay = delay;
		delay = newDelay;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.UPDATE_CONFIG__DELAY, oldDelay, delay));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FailureAction getFailureAction() {
		return failureAction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFailureAction(FailureAction newFailureAction) {
		FailureAction oldFailureAction = failureAction;
		failureAction = newFailureAction == null ? FAILURE_ACTION_EDEFAULT : newFailureAction;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.UPDATE_CONFIG__FAILURE_ACTION, oldFailureAction, failureAction));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getMonitor() {
		return monitor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMonitor(long newMonitor) {
		long oldMonitor = monitor;
		monitor = newMonitor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.UPDATE_CONFIG__MONITOR, oldMonitor, monitor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getMaxFailureRatio() {
		return maxFailureRatio;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxFailureRatio(double newMaxFailureRatio) {
		double oldMaxFailureRatio = maxFailureRatio;
		maxFailureRatio = newMaxFailureRatio;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.UPDATE_CONFIG__MAX_FAILURE_RATIO, oldMaxFailureRatio, maxFailureRatio));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public UpdateOrder getOrder() {
		return order;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOrder(UpdateOrder newOrder) {
		UpdateOrder oldOrder = order;
		order = newOrder == null ? ORDER_EDEFAULT : newOrder;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.UPDATE_CONFIG__ORDER, oldOrder, order));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.UPDATE_CONFIG__PARALLELISM:
				return getParallelism();
			case ModelPackage.UPDATE_CONFIG__DELAY:
				return getDelay();
			case ModelPackage.UPDATE_CONFIG__FAILURE_ACTION:
				return getFailureAction();
			case ModelPackage.UPDATE_CONFIG__MONITOR:
				return getMonitor();
			case ModelPackage.UPDATE_CONFIG__MAX_FAILURE_RATIO:
				return getMaxFailureRatio();
			case ModelPackage.UPDATE_CONFIG__ORDER:
				return getOrder();
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
			case ModelPackage.UPDATE_CONFIG__PARALLELISM:
				setParallelism((Integer)newValue);
				return;
			case ModelPackage.UPDATE_CONFIG__DELAY:
				setDelay((Long)newValue);
				return;
			case ModelPackage.UPDATE_CONFIG__FAILURE_ACTION:
				setFailureAction((FailureAction)newValue);
				return;
			case ModelPackage.UPDATE_CONFIG__MONITOR:
				setMonitor((Long)newValue);
				return;
			case ModelPackage.UPDATE_CONFIG__MAX_FAILURE_RATIO:
				setMaxFailureRatio((Double)newValue);
				return;
			case ModelPackage.UPDATE_CONFIG__ORDER:
				setOrder((UpdateOrder)newValue);
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
			case ModelPackage.UPDATE_CONFIG__PARALLELISM:
				setParallelism(PARALLELISM_EDEFAULT);
				return;
			case ModelPackage.UPDATE_CONFIG__DELAY:
				setDelay(DELAY_EDEFAULT);
				return;
			case ModelPackage.UPDATE_CONFIG__FAILURE_ACTION:
				setFailureAction(FAILURE_ACTION_EDEFAULT);
				return;
			case ModelPackage.UPDATE_CONFIG__MONITOR:
				setMonitor(MONITOR_EDEFAULT);
				return;
			case ModelPackage.UPDATE_CONFIG__MAX_FAILURE_RATIO:
				setMaxFailureRatio(MAX_FAILURE_RATIO_EDEFAULT);
				return;
			case ModelPackage.UPDATE_CONFIG__ORDER:
				setOrder(ORDER_EDEFAULT);
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
			case ModelPackage.UPDATE_CONFIG__PARALLELISM:
				return parallelism != PARALLELISM_EDEFAULT;
			case ModelPackage.UPDATE_CONFIG__DELAY:
				return delay != DELAY_EDEFAULT;
			case ModelPackage.UPDATE_CONFIG__FAILURE_ACTION:
				return failureAction != FAILURE_ACTION_EDEFAULT;
			case ModelPackage.UPDATE_CONFIG__MONITOR:
				return monitor != MONITOR_EDEFAULT;
			case ModelPackage.UPDATE_CONFIG__MAX_FAILURE_RATIO:
				return maxFailureRatio != MAX_FAILURE_RATIO_EDEFAULT;
			case ModelPackage.UPDATE_CONFIG__ORDER:
				return order != ORDER_EDEFAULT;
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
		result.append(" (parallelism: ");
		result.append(parallelism);
		result.append(", delay: ");
		result.append(delay);
		result.append(", failureAction: ");
		result.append(failureAction);
		result.append(", monitor: ");
		result.append(monitor);
		result.append(", maxFailureRatio: ");
		result.append(maxFailureRatio);
		result.append(", order: ");
		result.append(order);
		result.append(')');
		return result.toString();
	}

} //UpdateConfigImpl
