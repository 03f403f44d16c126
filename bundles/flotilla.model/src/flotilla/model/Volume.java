/**
 */
package flotilla.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Volume</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A named volume mounts use by name; swarm creates it on each node a task runs on, with its driver.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link flotilla.model.Volume#getDriver <em>Driver</em>}</li>
 *   <li>{@link flotilla.model.Volume#getDriverOptions <em>Driver Options</em>}</li>
 *   <li>{@link flotilla.model.Volume#getLabels <em>Labels</em>}</li>
 *   <li>{@link flotilla.model.Volume#isExternal <em>External</em>}</li>
 *   <li>{@link flotilla.model.Volume#getSwarmName <em>Swarm Name</em>}</li>
 * </ul>
 *
 * @see flotilla.model.ModelPackage#getVolume()
 * @model
 * @generated
 */
public interface Volume extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Driver</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Empty means local.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Driver</em>' attribute.
	 * @see #setDriver(String)
	 * @see flotilla.model.ModelPackage#getVolume_Driver()
	 * @model
	 * @generated
	 */
	String getDriver();

	/**
	 * Sets the value of the '{@link flotilla.model.Volume#getDriver <em>Driver</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Driver</em>' attribute.
	 * @see #getDriver()
	 * @generated
	 */
	void setDriver(String value);

	/**
	 * Returns the value of the '<em><b>Driver Options</b></em>' containment reference list.
	 * The list contents are of type {@link flotilla.model.Label}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Driver Options</em>' containment reference list.
	 * @see flotilla.model.ModelPackage#getVolume_DriverOptions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Label> getDriverOptions();

	/**
	 * Returns the value of the '<em><b>Labels</b></em>' containment reference list.
	 * The list contents are of type {@link flotilla.model.Label}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Labels</em>' containment reference list.
	 * @see flotilla.model.ModelPackage#getVolume_Labels()
	 * @model containment="true"
	 * @generated
	 */
	EList<Label> getLabels();

	/**
	 * Returns the value of the '<em><b>External</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Created outside the stack; used by its name as is.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>External</em>' attribute.
	 * @see #setExternal(boolean)
	 * @see flotilla.model.ModelPackage#getVolume_External()
	 * @model
	 * @generated
	 */
	boolean isExternal();

	/**
	 * Sets the value of the '{@link flotilla.model.Volume#isExternal <em>External</em>}' attribute.
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
	 * @see flotilla.model.ModelPackage#getVolume_SwarmName()
	 * @model
	 * @generated
	 */
	String getSwarmName();

	/**
	 * Sets the value of the '{@link flotilla.model.Volume#getSwarmName <em>Swarm Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Swarm Name</em>' attribute.
	 * @see #getSwarmName()
	 * @generated
	 */
	void setSwarmName(String value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The name swarm gives the volume: the name: given, else STACK_NAME inside a stack unless external, else the name.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	String qualifiedName();

} // Volume
