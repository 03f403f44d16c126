/**
 */
package flotilla.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Network Attachment</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link flotilla.model.NetworkAttachment#getNetwork <em>Network</em>}</li>
 *   <li>{@link flotilla.model.NetworkAttachment#getAliases <em>Aliases</em>}</li>
 *   <li>{@link flotilla.model.NetworkAttachment#getDriverOptions <em>Driver Options</em>}</li>
 * </ul>
 *
 * @see flotilla.model.ModelPackage#getNetworkAttachment()
 * @model
 * @generated
 */
public interface NetworkAttachment extends Element {
	/**
	 * Returns the value of the '<em><b>Network</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Network</em>' reference.
	 * @see #setNetwork(Network)
	 * @see flotilla.model.ModelPackage#getNetworkAttachment_Network()
	 * @model required="true"
	 * @generated
	 */
	Network getNetwork();

	/**
	 * Sets the value of the '{@link flotilla.model.NetworkAttachment#getNetwork <em>Network</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Network</em>' reference.
	 * @see #getNetwork()
	 * @generated
	 */
	void setNetwork(Network value);

	/**
	 * Returns the value of the '<em><b>Aliases</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Aliases</em>' attribute list.
	 * @see flotilla.model.ModelPackage#getNetworkAttachment_Aliases()
	 * @model
	 * @generated
	 */
	EList<String> getAliases();

	/**
	 * Returns the value of the '<em><b>Driver Options</b></em>' containment reference list.
	 * The list contents are of type {@link flotilla.model.Label}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Options for the network driver on this attachment (driver_opts of the service's network entry).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Driver Options</em>' containment reference list.
	 * @see flotilla.model.ModelPackage#getNetworkAttachment_DriverOptions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Label> getDriverOptions();

} // NetworkAttachment
