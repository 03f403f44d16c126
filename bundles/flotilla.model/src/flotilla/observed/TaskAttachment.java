/**
 */
package flotilla.observed;

import flotilla.model.Element;
import flotilla.model.Network;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Task Attachment</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link flotilla.observed.TaskAttachment#getNetwork <em>Network</em>}</li>
 *   <li>{@link flotilla.observed.TaskAttachment#getAddresses <em>Addresses</em>}</li>
 * </ul>
 *
 * @see flotilla.observed.ObservedPackage#getTaskAttachment()
 * @model
 * @generated
 */
public interface TaskAttachment extends Element {
	/**
	 * Returns the value of the '<em><b>Network</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Network</em>' reference.
	 * @see #setNetwork(Network)
	 * @see flotilla.observed.ObservedPackage#getTaskAttachment_Network()
	 * @model
	 * @generated
	 */
	Network getNetwork();

	/**
	 * Sets the value of the '{@link flotilla.observed.TaskAttachment#getNetwork <em>Network</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Network</em>' reference.
	 * @see #getNetwork()
	 * @generated
	 */
	void setNetwork(Network value);

	/**
	 * Returns the value of the '<em><b>Addresses</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The task's addresses on that network, in CIDR form (10.0.1.5/24).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Addresses</em>' attribute list.
	 * @see flotilla.observed.ObservedPackage#getTaskAttachment_Addresses()
	 * @model
	 * @generated
	 */
	EList<String> getAddresses();

} // TaskAttachment
