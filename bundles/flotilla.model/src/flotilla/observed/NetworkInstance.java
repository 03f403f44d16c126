/**
 */
package flotilla.observed;

import flotilla.model.Element;
import flotilla.model.Network;
import flotilla.model.Node;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Network Instance</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A network present on a node: ingress everywhere, a user overlay once a task attached to it landed there.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link flotilla.observed.NetworkInstance#getNetwork <em>Network</em>}</li>
 *   <li>{@link flotilla.observed.NetworkInstance#getNode <em>Node</em>}</li>
 * </ul>
 *
 * @see flotilla.observed.ObservedPackage#getNetworkInstance()
 * @model
 * @generated
 */
public interface NetworkInstance extends Element {
	/**
	 * Returns the value of the '<em><b>Network</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Network</em>' reference.
	 * @see #setNetwork(Network)
	 * @see flotilla.observed.ObservedPackage#getNetworkInstance_Network()
	 * @model
	 * @generated
	 */
	Network getNetwork();

	/**
	 * Sets the value of the '{@link flotilla.observed.NetworkInstance#getNetwork <em>Network</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Network</em>' reference.
	 * @see #getNetwork()
	 * @generated
	 */
	void setNetwork(Network value);

	/**
	 * Returns the value of the '<em><b>Node</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Node</em>' reference.
	 * @see #setNode(Node)
	 * @see flotilla.observed.ObservedPackage#getNetworkInstance_Node()
	 * @model
	 * @generated
	 */
	Node getNode();

	/**
	 * Sets the value of the '{@link flotilla.observed.NetworkInstance#getNode <em>Node</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Node</em>' reference.
	 * @see #getNode()
	 * @generated
	 */
	void setNode(Node value);

} // NetworkInstance
