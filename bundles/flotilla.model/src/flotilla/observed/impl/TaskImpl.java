/**
 */
package flotilla.observed.impl;

import flotilla.model.Node;
import flotilla.model.Service;

import flotilla.model.impl.ElementImpl;

import flotilla.observed.ObservedPackage;
import flotilla.observed.Task;
import flotilla.observed.TaskAttachment;
import flotilla.observed.TaskState;

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
 * An implementation of the model object '<em><b>Task</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link flotilla.observed.impl.TaskImpl#getService <em>Service</em>}</li>
 *   <li>{@link flotilla.observed.impl.TaskImpl#getSlot <em>Slot</em>}</li>
 *   <li>{@link flotilla.observed.impl.TaskImpl#getNode <em>Node</em>}</li>
 *   <li>{@link flotilla.observed.impl.TaskImpl#getDesiredState <em>Desired State</em>}</li>
 *   <li>{@link flotilla.observed.impl.TaskImpl#getCurrentState <em>Current State</em>}</li>
 *   <li>{@link flotilla.observed.impl.TaskImpl#getError <em>Error</em>}</li>
 *   <li>{@link flotilla.observed.impl.TaskImpl#getContainerId <em>Container Id</em>}</li>
 *   <li>{@link flotilla.observed.impl.TaskImpl#getAttachments <em>Attachments</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TaskImpl extends ElementImpl implements Task {
	/**
	 * The cached value of the '{@link #getService() <em>Service</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getService()
	 * @generated
	 * @ordered
	 */
	protected Service service;

	/**
	 * The default value of the '{@link #getSlot() <em>Slot</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSlot()
	 * @generated
	 * @ordered
	 */
	protected static final int SLOT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getSlot() <em>Slot</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSlot()
	 * @generated
	 * @ordered
	 */
	protected int slot = SLOT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getNode() <em>Node</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNode()
	 * @generated
	 * @ordered
	 */
	protected Node node;

	/**
	 * The default value of the '{@link #getDesiredState() <em>Desired State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDesiredState()
	 * @generated
	 * @ordered
	 */
	protected static final TaskState DESIRED_STATE_EDEFAULT = TaskState.NEW;

	/**
	 * The cached value of the '{@link #getDesiredState() <em>Desired State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDesiredState()
	 * @generated
	 * @ordered
	 */
	protected TaskState desiredState = DESIRED_STATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getCurrentState() <em>Current State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCurrentState()
	 * @generated
	 * @ordered
	 */
	protected static final TaskState CURRENT_STATE_EDEFAULT = TaskState.NEW;

	/**
	 * The cached value of the '{@link #getCurrentState() <em>Current State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCurrentState()
	 * @generated
	 * @ordered
	 */
	protected TaskState currentState = CURRENT_STATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getError() <em>Error</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getError()
	 * @generated
	 * @ordered
	 */
	protected static final String ERROR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getError() <em>Error</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getError()
	 * @generated
	 * @ordered
	 */
	protected String error = ERROR_EDEFAULT;

	/**
	 * The default value of the '{@link #getContainerId() <em>Container Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContainerId()
	 * @generated
	 * @ordered
	 */
	protected static final String CONTAINER_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getContainerId() <em>Container Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContainerId()
	 * @generated
	 * @ordered
	 */
	protected String containerId = CONTAINER_ID_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAttachments() <em>Attachments</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttachments()
	 * @generated
	 * @ordered
	 */
	protected EList<TaskAttachment> attachments;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TaskImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ObservedPackage.Literals.TASK;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Service getService() {
		if (service != null && service.eIsProxy()) {
			InternalEObject oldService = (InternalEObject)service;
			service = (Service)eResolveProxy(oldService);
			if (service != oldService) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ObservedPackage.TASK__SERVICE, oldService, service));
			}
		}
		return service;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Service basicGetService() {
		return service;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setService(Service newService) {
		Service oldService = service;
		service = newService;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ObservedPackage.TASK__SERVICE, oldService, service));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSlot() {
		return slot;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSlot(int newSlot) {
		int oldSlot = slot;
		slot = newSlot;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ObservedPackage.TASK__SLOT, oldSlot, slot));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Node getNode() {
		if (node != null && node.eIsProxy()) {
			InternalEObject oldNode = (InternalEObject)node;
			node = (Node)eResolveProxy(oldNode);
			if (node != oldNode) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ObservedPackage.TASK__NODE, oldNode, node));
			}
		}
		return node;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Node basicGetNode() {
		return node;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNode(Node newNode) {
		Node oldNode = node;
		node = newNode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ObservedPackage.TASK__NODE, oldNode, node));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TaskState getDesiredState() {
		return desiredState;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDesiredState(TaskState newDesiredState) {
		TaskState oldDesiredState = desiredState;
		desiredState = newDesiredState == null ? DESIRED_STATE_EDEFAULT : newDesiredState;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ObservedPackage.TASK__DESIRED_STATE, oldDesiredState, desiredState));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TaskState getCurrentState() {
		return currentState;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCurrentState(TaskState newCurrentState) {
		TaskState oldCurrentState = currentState;
		currentState = newCurrentState == null ? CURRENT_STATE_EDEFAULT : newCurrentState;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ObservedPackage.TASK__CURRENT_STATE, oldCurrentState, currentState));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getError() {
		return error;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setError(String newError) {
		String oldError = error;
		error = newError;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ObservedPackage.TASK__ERROR, oldError, error));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getContainerId() {
		return containerId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setContainerId(String newContainerId) {
		String oldContainerId = containerId;
		containerId = newContainerId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ObservedPackage.TASK__CONTAINER_ID, oldContainerId, containerId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<TaskAttachment> getAttachments() {
		if (attachments == null) {
			attachments = new EObjectContainmentEList<TaskAttachment>(TaskAttachment.class, this, ObservedPackage.TASK__ATTACHMENTS);
		}
		return attachments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ObservedPackage.TASK__ATTACHMENTS:
				return ((InternalEList<?>)getAttachments()).basicRemove(otherEnd, msgs);
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
			case ObservedPackage.TASK__SERVICE:
				if (resolve) return getService();
				return basicGetService();
			case ObservedPackage.TASK__SLOT:
				return getSlot();
			case ObservedPackage.TASK__NODE:
				if (resolve) return getNode();
				return basicGetNode();
			case ObservedPackage.TASK__DESIRED_STATE:
				return getDesiredState();
			case ObservedPackage.TASK__CURRENT_STATE:
				return getCurrentState();
			case ObservedPackage.TASK__ERROR:
				return getError();
			case ObservedPackage.TASK__CONTAINER_ID:
				return getContainerId();
			case ObservedPackage.TASK__ATTACHMENTS:
				return getAttachments();
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
			case ObservedPackage.TASK__SERVICE:
				setService((Service)newValue);
				return;
			case ObservedPackage.TASK__SLOT:
				setSlot((Integer)newValue);
				return;
			case ObservedPackage.TASK__NODE:
				setNode((Node)newValue);
				return;
			case ObservedPackage.TASK__DESIRED_STATE:
				setDesiredState((TaskState)newValue);
				return;
			case ObservedPackage.TASK__CURRENT_STATE:
				setCurrentState((TaskState)newValue);
				return;
			case ObservedPackage.TASK__ERROR:
				setError((String)newValue);
				return;
			case ObservedPackage.TASK__CONTAINER_ID:
				setContainerId((String)newValue);
				return;
			case ObservedPackage.TASK__ATTACHMENTS:
				getAttachments().clear();
				getAttachments().addAll((Collection<? extends TaskAttachment>)newValue);
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
			case ObservedPackage.TASK__SERVICE:
				setService((Service)null);
				return;
			case ObservedPackage.TASK__SLOT:
				setSlot(SLOT_EDEFAULT);
				return;
			case ObservedPackage.TASK__NODE:
				setNode((Node)null);
				return;
			case ObservedPackage.TASK__DESIRED_STATE:
				setDesiredState(DESIRED_STATE_EDEFAULT);
				return;
			case ObservedPackage.TASK__CURRENT_STATE:
				setCurrentState(CURRENT_STATE_EDEFAULT);
				return;
			case ObservedPackage.TASK__ERROR:
				setError(ERROR_EDEFAULT);
				return;
			case ObservedPackage.TASK__CONTAINER_ID:
				setContainerId(CONTAINER_ID_EDEFAULT);
				return;
			case ObservedPackage.TASK__ATTACHMENTS:
				getAttachments().clear();
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
			case ObservedPackage.TASK__SERVICE:
				return service != null;
			case ObservedPackage.TASK__SLOT:
				return slot != SLOT_EDEFAULT;
			case ObservedPackage.TASK__NODE:
				return node != null;
			case ObservedPackage.TASK__DESIRED_STATE:
				return desiredState != DESIRED_STATE_EDEFAULT;
			case ObservedPackage.TASK__CURRENT_STATE:
				return currentState != CURRENT_STATE_EDEFAULT;
			case ObservedPackage.TASK__ERROR:
				return ERROR_EDEFAULT == null ? error != null : !ERROR_EDEFAULT.equals(error);
			case ObservedPackage.TASK__CONTAINER_ID:
				return CONTAINER_ID_EDEFAULT == null ? containerId != null : !CONTAINER_ID_EDEFAULT.equals(containerId);
			case ObservedPackage.TASK__ATTACHMENTS:
				return attachments != null && !attachments.isEmpty();
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
		result.append(" (slot: ");
		result.append(slot);
		result.append(", desiredState: ");
		result.append(desiredState);
		result.append(", currentState: ");
		result.append(currentState);
		result.append(", error: ");
		result.append(error);
		result.append(", containerId: ");
		result.append(containerId);
		result.append(')');
		return result.toString();
	}

} //TaskImpl
