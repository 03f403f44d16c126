/**
 */
package flotilla.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Node</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link flotilla.model.Node#getHostname <em>Hostname</em>}</li>
 *   <li>{@link flotilla.model.Node#getRole <em>Role</em>}</li>
 *   <li>{@link flotilla.model.Node#getAvailability <em>Availability</em>}</li>
 *   <li>{@link flotilla.model.Node#getLabels <em>Labels</em>}</li>
 *   <li>{@link flotilla.model.Node#getEngineLabels <em>Engine Labels</em>}</li>
 *   <li>{@link flotilla.model.Node#getOs <em>Os</em>}</li>
 *   <li>{@link flotilla.model.Node#getArch <em>Arch</em>}</li>
 *   <li>{@link flotilla.model.Node#getResources <em>Resources</em>}</li>
 *   <li>{@link flotilla.model.Node#getAddress <em>Address</em>}</li>
 *   <li>{@link flotilla.model.Node#getEngine <em>Engine</em>}</li>
 * </ul>
 *
 * @see flotilla.model.ModelPackage#getNode()
 * @model
 * @generated
 */
public interface Node extends Element {
	/**
	 * Returns the value of the '<em><b>Hostname</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hostname</em>' attribute.
	 * @see #setHostname(String)
	 * @see flotilla.model.ModelPackage#getNode_Hostname()
	 * @model
	 * @generated
	 */
	String getHostname();

	/**
	 * Sets the value of the '{@link flotilla.model.Node#getHostname <em>Hostname</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hostname</em>' attribute.
	 * @see #getHostname()
	 * @generated
	 */
	void setHostname(String value);

	/**
	 * Returns the value of the '<em><b>Role</b></em>' attribute.
	 * The default value is <code>"worker"</code>.
	 * The literals are from the enumeration {@link flotilla.model.NodeRole}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Role</em>' attribute.
	 * @see flotilla.model.NodeRole
	 * @see #setRole(NodeRole)
	 * @see flotilla.model.ModelPackage#getNode_Role()
	 * @model default="worker"
	 * @generated
	 */
	NodeRole getRole();

	/**
	 * Sets the value of the '{@link flotilla.model.Node#getRole <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Role</em>' attribute.
	 * @see flotilla.model.NodeRole
	 * @see #getRole()
	 * @generated
	 */
	void setRole(NodeRole value);

	/**
	 * Returns the value of the '<em><b>Availability</b></em>' attribute.
	 * The literals are from the enumeration {@link flotilla.model.NodeAvailability}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Availability</em>' attribute.
	 * @see flotilla.model.NodeAvailability
	 * @see #setAvailability(NodeAvailability)
	 * @see flotilla.model.ModelPackage#getNode_Availability()
	 * @model
	 * @generated
	 */
	NodeAvailability getAvailability();

	/**
	 * Sets the value of the '{@link flotilla.model.Node#getAvailability <em>Availability</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Availability</em>' attribute.
	 * @see flotilla.model.NodeAvailability
	 * @see #getAvailability()
	 * @generated
	 */
	void setAvailability(NodeAvailability value);

	/**
	 * Returns the value of the '<em><b>Labels</b></em>' containment reference list.
	 * The list contents are of type {@link flotilla.model.Label}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Node labels set by an operator (docker node update --label-add), matched by node.labels.KEY.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Labels</em>' containment reference list.
	 * @see flotilla.model.ModelPackage#getNode_Labels()
	 * @model containment="true"
	 * @generated
	 */
	EList<Label> getLabels();

	/**
	 * Returns the value of the '<em><b>Engine Labels</b></em>' containment reference list.
	 * The list contents are of type {@link flotilla.model.Label}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Labels of the node's Docker engine (daemon.json), matched by engine.labels.KEY.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Engine Labels</em>' containment reference list.
	 * @see flotilla.model.ModelPackage#getNode_EngineLabels()
	 * @model containment="true"
	 * @generated
	 */
	EList<Label> getEngineLabels();

	/**
	 * Returns the value of the '<em><b>Os</b></em>' attribute.
	 * The default value is <code>"linux"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Os</em>' attribute.
	 * @see #setOs(String)
	 * @see flotilla.model.ModelPackage#getNode_Os()
	 * @model default="linux"
	 * @generated
	 */
	String getOs();

	/**
	 * Sets the value of the '{@link flotilla.model.Node#getOs <em>Os</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Os</em>' attribute.
	 * @see #getOs()
	 * @generated
	 */
	void setOs(String value);

	/**
	 * Returns the value of the '<em><b>Arch</b></em>' attribute.
	 * The default value is <code>"x86_64"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Arch</em>' attribute.
	 * @see #setArch(String)
	 * @see flotilla.model.ModelPackage#getNode_Arch()
	 * @model default="x86_64"
	 * @generated
	 */
	String getArch();

	/**
	 * Sets the value of the '{@link flotilla.model.Node#getArch <em>Arch</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Arch</em>' attribute.
	 * @see #getArch()
	 * @generated
	 */
	void setArch(String value);

	/**
	 * Returns the value of the '<em><b>Resources</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the node offers to tasks; reservations of its tasks must fit into it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Resources</em>' containment reference.
	 * @see #setResources(Resources)
	 * @see flotilla.model.ModelPackage#getNode_Resources()
	 * @model containment="true"
	 * @generated
	 */
	Resources getResources();

	/**
	 * Sets the value of the '{@link flotilla.model.Node#getResources <em>Resources</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Resources</em>' containment reference.
	 * @see #getResources()
	 * @generated
	 */
	void setResources(Resources value);

	/**
	 * Returns the value of the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Address</em>' attribute.
	 * @see #setAddress(String)
	 * @see flotilla.model.ModelPackage#getNode_Address()
	 * @model
	 * @generated
	 */
	String getAddress();

	/**
	 * Sets the value of the '{@link flotilla.model.Node#getAddress <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Address</em>' attribute.
	 * @see #getAddress()
	 * @generated
	 */
	void setAddress(String value);

	/**
	 * Returns the value of the '<em><b>Engine</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the deployer reaches this node's Docker engine.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Engine</em>' containment reference.
	 * @see #setEngine(EngineEndpoint)
	 * @see flotilla.model.ModelPackage#getNode_Engine()
	 * @model containment="true"
	 * @generated
	 */
	EngineEndpoint getEngine();

	/**
	 * Sets the value of the '{@link flotilla.model.Node#getEngine <em>Engine</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Engine</em>' containment reference.
	 * @see #getEngine()
	 * @generated
	 */
	void setEngine(EngineEndpoint value);

} // Node
