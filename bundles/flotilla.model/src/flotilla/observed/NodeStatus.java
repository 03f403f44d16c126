/**
 */
package flotilla.observed;

import flotilla.model.Element;
import flotilla.model.Node;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Node Status</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link flotilla.observed.NodeStatus#getNode <em>Node</em>}</li>
 *   <li>{@link flotilla.observed.NodeStatus#getState <em>State</em>}</li>
 *   <li>{@link flotilla.observed.NodeStatus#isLeader <em>Leader</em>}</li>
 *   <li>{@link flotilla.observed.NodeStatus#getMessage <em>Message</em>}</li>
 * </ul>
 *
 * @see flotilla.observed.ObservedPackage#getNodeStatus()
 * @model
 * @generated
 */
public interface NodeStatus extends Element {
	/**
	 * Returns the value of the '<em><b>Node</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Node</em>' reference.
	 * @see #setNode(Node)
	 * @see flotilla.observed.ObservedPackage#getNodeStatus_Node()
	 * @model
	 * @generated
	 */
	Node getNode();

	/**
	 * Sets the value of the '{@link flotilla.observed.NodeStatus#getNode <em>Node</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Node</em>' reference.
	 * @see #getNode()
	 * @generated
	 */
	void setNode(Node value);

	/**
	 * Returns the value of the '<em><b>State</b></em>' attribute.
	 * The literals are from the enumeration {@link flotilla.observed.NodeState}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>State</em>' attribute.
	 * @see flotilla.observed.NodeState
	 * @see #setState(NodeState)
	 * @see flotilla.observed.ObservedPackage#getNodeStatus_State()
	 * @model
	 * @generated
	 */
	NodeState getState();

	/**
	 * Sets the value of the '{@link flotilla.observed.NodeStatus#getState <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>State</em>' attribute.
	 * @see flotilla.observed.NodeState
	 * @see #getState()
	 * @generated
	 */
	void setState(NodeState value);

	/**
	 * Returns the value of the '<em><b>Leader</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Leader</em>' attribute.
	 * @see #setLeader(boolean)
	 * @see flotilla.observed.ObservedPackage#getNodeStatus_Leader()
	 * @model
	 * @generated
	 */
	boolean isLeader();

	/**
	 * Sets the value of the '{@link flotilla.observed.NodeStatus#isLeader <em>Leader</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Leader</em>' attribute.
	 * @see #isLeader()
	 * @generated
	 */
	void setLeader(boolean value);

	/**
	 * Returns the value of the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Message</em>' attribute.
	 * @see #setMessage(String)
	 * @see flotilla.observed.ObservedPackage#getNodeStatus_Message()
	 * @model
	 * @generated
	 */
	String getMessage();

	/**
	 * Sets the value of the '{@link flotilla.observed.NodeStatus#getMessage <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Message</em>' attribute.
	 * @see #getMessage()
	 * @generated
	 */
	void setMessage(String value);

} // NodeStatus
