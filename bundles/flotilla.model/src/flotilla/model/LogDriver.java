/**
 */
package flotilla.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Log Driver</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The logging driver of the service's tasks and its options.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link flotilla.model.LogDriver#getName <em>Name</em>}</li>
 *   <li>{@link flotilla.model.LogDriver#getOptions <em>Options</em>}</li>
 * </ul>
 *
 * @see flotilla.model.ModelPackage#getLogDriver()
 * @model
 * @generated
 */
public interface LogDriver extends Element {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see flotilla.model.ModelPackage#getLogDriver_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link flotilla.model.LogDriver#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Options</b></em>' containment reference list.
	 * The list contents are of type {@link flotilla.model.Label}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Options</em>' containment reference list.
	 * @see flotilla.model.ModelPackage#getLogDriver_Options()
	 * @model containment="true"
	 * @generated
	 */
	EList<Label> getOptions();

} // LogDriver
