/**
 */
package flotilla.model;

import org.eclipse.emf.common.util.EList;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Network</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link flotilla.model.Network#getDriver <em>Driver</em>}</li>
 *   <li>{@link flotilla.model.Network#getScope <em>Scope</em>}</li>
 *   <li>{@link flotilla.model.Network#isAttachable <em>Attachable</em>}</li>
 *   <li>{@link flotilla.model.Network#isInternal <em>Internal</em>}</li>
 *   <li>{@link flotilla.model.Network#isEncrypted <em>Encrypted</em>}</li>
 *   <li>{@link flotilla.model.Network#isIngress <em>Ingress</em>}</li>
 *   <li>{@link flotilla.model.Network#isImplicit <em>Implicit</em>}</li>
 *   <li>{@link flotilla.model.Network#getSubnet <em>Subnet</em>}</li>
 *   <li>{@link flotilla.model.Network#getGateway <em>Gateway</em>}</li>
 *   <li>{@link flotilla.model.Network#isExternal <em>External</em>}</li>
 *   <li>{@link flotilla.model.Network#getSwarmName <em>Swarm Name</em>}</li>
 *   <li>{@link flotilla.model.Network#getLabels <em>Labels</em>}</li>
 *   <li>{@link flotilla.model.Network#getDriverOptions <em>Driver Options</em>}</li>
 *   <li>{@link flotilla.model.Network#getIpamDriver <em>Ipam Driver</em>}</li>
 *   <li>{@link flotilla.model.Network#getIpamOptions <em>Ipam Options</em>}</li>
 * </ul>
 *
 * @see flotilla.model.ModelPackage#getNetwork()
 * @model
 * @generated
 */
public interface Network extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Driver</b></em>' attribute.
	 * The literals are from the enumeration {@link flotilla.model.NetworkDriver}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Driver</em>' attribute.
	 * @see flotilla.model.NetworkDriver
	 * @see #setDriver(NetworkDriver)
	 * @see flotilla.model.ModelPackage#getNetwork_Driver()
	 * @model
	 * @generated
	 */
	NetworkDriver getDriver();

	/**
	 * Sets the value of the '{@link flotilla.model.Network#getDriver <em>Driver</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Driver</em>' attribute.
	 * @see flotilla.model.NetworkDriver
	 * @see #getDriver()
	 * @generated
	 */
	void setDriver(NetworkDriver value);

	/**
	 * Returns the value of the '<em><b>Scope</b></em>' attribute.
	 * The literals are from the enumeration {@link flotilla.model.NetworkScope}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scope</em>' attribute.
	 * @see flotilla.model.NetworkScope
	 * @see #setScope(NetworkScope)
	 * @see flotilla.model.ModelPackage#getNetwork_Scope()
	 * @model
	 * @generated
	 */
	NetworkScope getScope();

	/**
	 * Sets the value of the '{@link flotilla.model.Network#getScope <em>Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scope</em>' attribute.
	 * @see flotilla.model.NetworkScope
	 * @see #getScope()
	 * @generated
	 */
	void setScope(NetworkScope value);

	/**
	 * Returns the value of the '<em><b>Attachable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Attachable</em>' attribute.
	 * @see #setAttachable(boolean)
	 * @see flotilla.model.ModelPackage#getNetwork_Attachable()
	 * @model
	 * @generated
	 */
	boolean isAttachable();

	/**
	 * Sets the value of the '{@link flotilla.model.Network#isAttachable <em>Attachable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Attachable</em>' attribute.
	 * @see #isAttachable()
	 * @generated
	 */
	void setAttachable(boolean value);

	/**
	 * Returns the value of the '<em><b>Internal</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Internal</em>' attribute.
	 * @see #setInternal(boolean)
	 * @see flotilla.model.ModelPackage#getNetwork_Internal()
	 * @model
	 * @generated
	 */
	boolean isInternal();

	/**
	 * Sets the value of the '{@link flotilla.model.Network#isInternal <em>Internal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Internal</em>' attribute.
	 * @see #isInternal()
	 * @generated
	 */
	void setInternal(boolean value);

	/**
	 * Returns the value of the '<em><b>Encrypted</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Encrypted</em>' attribute.
	 * @see #setEncrypted(boolean)
	 * @see flotilla.model.ModelPackage#getNetwork_Encrypted()
	 * @model
	 * @generated
	 */
	boolean isEncrypted();

	/**
	 * Sets the value of the '{@link flotilla.model.Network#isEncrypted <em>Encrypted</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Encrypted</em>' attribute.
	 * @see #isEncrypted()
	 * @generated
	 */
	void setEncrypted(boolean value);

	/**
	 * Returns the value of the '<em><b>Ingress</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ingress</em>' attribute.
	 * @see #setIngress(boolean)
	 * @see flotilla.model.ModelPackage#getNetwork_Ingress()
	 * @model
	 * @generated
	 */
	boolean isIngress();

	/**
	 * Sets the value of the '{@link flotilla.model.Network#isIngress <em>Ingress</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ingress</em>' attribute.
	 * @see #isIngress()
	 * @generated
	 */
	void setIngress(boolean value);

	/**
	 * Returns the value of the '<em><b>Implicit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Created by swarm itself on every node (ingress, docker_gwbridge): shown, never deployed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Implicit</em>' attribute.
	 * @see #setImplicit(boolean)
	 * @see flotilla.model.ModelPackage#getNetwork_Implicit()
	 * @model
	 * @generated
	 */
	boolean isImplicit();

	/**
	 * Sets the value of the '{@link flotilla.model.Network#isImplicit <em>Implicit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Implicit</em>' attribute.
	 * @see #isImplicit()
	 * @generated
	 */
	void setImplicit(boolean value);

	/**
	 * Returns the value of the '<em><b>Subnet</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Subnet</em>' attribute.
	 * @see #setSubnet(String)
	 * @see flotilla.model.ModelPackage#getNetwork_Subnet()
	 * @model
	 * @generated
	 */
	String getSubnet();

	/**
	 * Sets the value of the '{@link flotilla.model.Network#getSubnet <em>Subnet</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Subnet</em>' attribute.
	 * @see #getSubnet()
	 * @generated
	 */
	void setSubnet(String value);

	/**
	 * Returns the value of the '<em><b>Gateway</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Gateway</em>' attribute.
	 * @see #setGateway(String)
	 * @see flotilla.model.ModelPackage#getNetwork_Gateway()
	 * @model
	 * @generated
	 */
	String getGateway();

	/**
	 * Sets the value of the '{@link flotilla.model.Network#getGateway <em>Gateway</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Gateway</em>' attribute.
	 * @see #getGateway()
	 * @generated
	 */
	void setGateway(String value);

	/**
	 * Returns the value of the '<em><b>External</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Created outside the stack or Flotilla (docker network create); only referenced, never created or removed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>External</em>' attribute.
	 * @see #setExternal(boolean)
	 * @see flotilla.model.ModelPackage#getNetwork_External()
	 * @model
	 * @generated
	 */
	boolean isExternal();

	/**
	 * Sets the value of the '{@link flotilla.model.Network#isExternal <em>External</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>External</em>' attribute.
	 * @see #isExternal()
	 * @generated
	 */
	void setExternal(boolean value);

	/**
	 * Returns the value of the '<em><b>Swarm Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The name given with name: in the compose file, which swarm uses as is (never prefixed with the stack); empty means the name derived from the key.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Swarm Name</em>' attribute.
	 * @see #setSwarmName(String)
	 * @see flotilla.model.ModelPackage#getNetwork_SwarmName()
	 * @model
	 * @generated
	 */
	String getSwarmName();

	/**
	 * Sets the value of the '{@link flotilla.model.Network#getSwarmName <em>Swarm Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Swarm Name</em>' attribute.
	 * @see #getSwarmName()
	 * @generated
	 */
	void setSwarmName(String value);

	/**
	 * Returns the value of the '<em><b>Labels</b></em>' containment reference list.
	 * The list contents are of type {@link flotilla.model.Label}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Labels</em>' containment reference list.
	 * @see flotilla.model.ModelPackage#getNetwork_Labels()
	 * @model containment="true"
	 * @generated
	 */
	EList<Label> getLabels();

	/**
	 * Returns the value of the '<em><b>Driver Options</b></em>' containment reference list.
	 * The list contents are of type {@link flotilla.model.Label}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * driver_opts as given (encrypted among them for an encrypted overlay).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Driver Options</em>' containment reference list.
	 * @see flotilla.model.ModelPackage#getNetwork_DriverOptions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Label> getDriverOptions();

	/**
	 * Returns the value of the '<em><b>Ipam Driver</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The IPAM driver; empty means the default one.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Ipam Driver</em>' attribute.
	 * @see #setIpamDriver(String)
	 * @see flotilla.model.ModelPackage#getNetwork_IpamDriver()
	 * @model
	 * @generated
	 */
	String getIpamDriver();

	/**
	 * Sets the value of the '{@link flotilla.model.Network#getIpamDriver <em>Ipam Driver</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ipam Driver</em>' attribute.
	 * @see #getIpamDriver()
	 * @generated
	 */
	void setIpamDriver(String value);

	/**
	 * Returns the value of the '<em><b>Ipam Options</b></em>' containment reference list.
	 * The list contents are of type {@link flotilla.model.Label}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ipam Options</em>' containment reference list.
	 * @see flotilla.model.ModelPackage#getNetwork_IpamOptions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Label> getIpamOptions();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The name swarm gives the network: STACK_NAME inside a stack, else the name.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	String qualifiedName();

} // Network
