/**
 */
package flotilla.observed;

import flotilla.model.Element;
import flotilla.model.Node;
import flotilla.model.Service;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Task</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One run of a service's container. A task never comes back to life: a restart is a new task for the same slot.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link flotilla.observed.Task#getService <em>Service</em>}</li>
 *   <li>{@link flotilla.observed.Task#getSlot <em>Slot</em>}</li>
 *   <li>{@link flotilla.observed.Task#getNode <em>Node</em>}</li>
 *   <li>{@link flotilla.observed.Task#getDesiredState <em>Desired State</em>}</li>
 *   <li>{@link flotilla.observed.Task#getCurrentState <em>Current State</em>}</li>
 *   <li>{@link flotilla.observed.Task#getError <em>Error</em>}</li>
 *   <li>{@link flotilla.observed.Task#getContainerId <em>Container Id</em>}</li>
 *   <li>{@link flotilla.observed.Task#getAttachments <em>Attachments</em>}</li>
 * </ul>
 *
 * @see flotilla.observed.ObservedPackage#getTask()
 * @model
 * @generated
 */
public interface Task extends Element {
	/**
	 * Returns the value of the '<em><b>Service</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Service</em>' reference.
	 * @see #setService(Service)
	 * @see flotilla.observed.ObservedPackage#getTask_Service()
	 * @model
	 * @generated
	 */
	Service getService();

	/**
	 * Sets the value of the '{@link flotilla.observed.Task#getService <em>Service</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Service</em>' reference.
	 * @see #getService()
	 * @generated
	 */
	void setService(Service value);

	/**
	 * Returns the value of the '<em><b>Slot</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 1..replicas for a replicated service; zero for a global one, which is identified by its node.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Slot</em>' attribute.
	 * @see #setSlot(int)
	 * @see flotilla.observed.ObservedPackage#getTask_Slot()
	 * @model
	 * @generated
	 */
	int getSlot();

	/**
	 * Sets the value of the '{@link flotilla.observed.Task#getSlot <em>Slot</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Slot</em>' attribute.
	 * @see #getSlot()
	 * @generated
	 */
	void setSlot(int value);

	/**
	 * Returns the value of the '<em><b>Node</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Node</em>' reference.
	 * @see #setNode(Node)
	 * @see flotilla.observed.ObservedPackage#getTask_Node()
	 * @model
	 * @generated
	 */
	Node getNode();

	/**
	 * Sets the value of the '{@link flotilla.observed.Task#getNode <em>Node</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Node</em>' reference.
	 * @see #getNode()
	 * @generated
	 */
	void setNode(Node value);

	/**
	 * Returns the value of the '<em><b>Desired State</b></em>' attribute.
	 * The literals are from the enumeration {@link flotilla.observed.TaskState}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Desired State</em>' attribute.
	 * @see flotilla.observed.TaskState
	 * @see #setDesiredState(TaskState)
	 * @see flotilla.observed.ObservedPackage#getTask_DesiredState()
	 * @model
	 * @generated
	 */
	TaskState getDesiredState();

	/**
	 * Sets the value of the '{@link flotilla.observed.Task#getDesiredState <em>Desired State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Desired State</em>' attribute.
	 * @see flotilla.observed.TaskState
	 * @see #getDesiredState()
	 * @generated
	 */
	void setDesiredState(TaskState value);

	/**
	 * Returns the value of the '<em><b>Current State</b></em>' attribute.
	 * The literals are from the enumeration {@link flotilla.observed.TaskState}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Current State</em>' attribute.
	 * @see flotilla.observed.TaskState
	 * @see #setCurrentState(TaskState)
	 * @see flotilla.observed.ObservedPackage#getTask_CurrentState()
	 * @model
	 * @generated
	 */
	TaskState getCurrentState();

	/**
	 * Sets the value of the '{@link flotilla.observed.Task#getCurrentState <em>Current State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Current State</em>' attribute.
	 * @see flotilla.observed.TaskState
	 * @see #getCurrentState()
	 * @generated
	 */
	void setCurrentState(TaskState value);

	/**
	 * Returns the value of the '<em><b>Error</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Error</em>' attribute.
	 * @see #setError(String)
	 * @see flotilla.observed.ObservedPackage#getTask_Error()
	 * @model
	 * @generated
	 */
	String getError();

	/**
	 * Sets the value of the '{@link flotilla.observed.Task#getError <em>Error</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Error</em>' attribute.
	 * @see #getError()
	 * @generated
	 */
	void setError(String value);

	/**
	 * Returns the value of the '<em><b>Container Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Container Id</em>' attribute.
	 * @see #setContainerId(String)
	 * @see flotilla.observed.ObservedPackage#getTask_ContainerId()
	 * @model
	 * @generated
	 */
	String getContainerId();

	/**
	 * Sets the value of the '{@link flotilla.observed.Task#getContainerId <em>Container Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Container Id</em>' attribute.
	 * @see #getContainerId()
	 * @generated
	 */
	void setContainerId(String value);

	/**
	 * Returns the value of the '<em><b>Attachments</b></em>' containment reference list.
	 * The list contents are of type {@link flotilla.observed.TaskAttachment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Attachments</em>' containment reference list.
	 * @see flotilla.observed.ObservedPackage#getTask_Attachments()
	 * @model containment="true"
	 * @generated
	 */
	EList<TaskAttachment> getAttachments();

} // Task
